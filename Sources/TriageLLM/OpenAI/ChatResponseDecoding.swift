import Foundation

/// Decoding of chat-completions response bodies, stream chunks and error bodies.
enum ChatResponseDecoding {
    struct Chunk { var delta: String; var finishReason: String?; var model: String? }

    private struct Completion: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable { var content: String? }
            var message: Message?
            var finish_reason: String?
        }
        var choices: [Choice]
        var model: String?
    }

    private struct StreamChunk: Decodable {
        struct Choice: Decodable {
            struct Delta: Decodable { var content: String? }
            var delta: Delta?
            var finish_reason: String?
        }
        var choices: [Choice]?
        var model: String?
    }

    private struct ErrorBody: Decodable {
        struct Detail: Decodable { var message: String?; var type: String?; var code: String? }
        var error: Detail?
    }

    static func decodeCompletion(_ body: [UInt8]) throws(ChatError) -> ChatReply {
        guard let c = try? JSONDecoder().decode(Completion.self, from: Data(body)) else {
            throw .malformed(detail: "response is not a chat completion (\(body.count) bytes)")
        }
        guard let first = c.choices.first, let content = first.message?.content else {
            throw .malformed(detail: "completion has no choices[0].message.content")
        }
        return ChatReply(content: content, finishReason: first.finish_reason, model: c.model, attempts: 1)
    }

    static func decodeChunk(_ event: String) -> Result<Chunk, ChatError> {
        guard let c = try? JSONDecoder().decode(StreamChunk.self, from: Data(event.utf8)) else {
            return .failure(.malformed(detail: "stream event is not JSON: \(event.prefix(80))"))
        }
        let choice = c.choices?.first
        return .success(Chunk(delta: choice?.delta?.content ?? "", finishReason: choice?.finish_reason, model: c.model))
    }

    static func errorMessage(_ body: [UInt8]) -> String {
        if let e = try? JSONDecoder().decode(ErrorBody.self, from: Data(body)), let m = e.error?.message { return m }
        return String(decoding: body.prefix(200), as: UTF8.self)
    }

    static func isQuotaExhausted(_ body: [UInt8]) -> Bool {
        guard let e = try? JSONDecoder().decode(ErrorBody.self, from: Data(body)) else { return false }
        return e.error?.code == "insufficient_quota" || e.error?.type == "insufficient_quota"
    }
}

/// Parses an HTTP `Retry-After` value: delta-seconds or an HTTP date.
enum RetryAfter {
    static func seconds(_ value: String) -> Double? {
        let v = value.trimmingCharacters(in: .whitespaces)
        if let s = Double(v), s >= 0 { return s }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "GMT")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = f.date(from: v) else { return nil }
        return max(0, date.timeIntervalSinceNow)
    }
}
