import Foundation

/// One message of a chat-completions conversation.
public struct ChatMessage: Sendable, Hashable, Codable {
    /// `system`, `user` or `assistant`.
    public var role: String
    /// The message text.
    public var content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }
}

/// A chat-completions request in the OpenAI-compatible format.
public struct ChatRequest: Sendable, Hashable {
    /// The model name as the server knows it.
    public var model: String
    /// The conversation.
    public var messages: [ChatMessage]
    /// Sampling temperature. The default is 0 (most deterministic).
    public var temperature: Double = 0
    /// Largest number of tokens to generate. The default is 512.
    public var maxTokens: Int = 512
    /// Sampling seed, for servers that honour it. The default is 7.
    public var seed: Int? = 7
    /// A JSON schema (as JSON text) the reply must follow, sent as `response_format` when set.
    public var jsonSchema: String? = nil
    /// The schema's name in `response_format`. The default is `reply`.
    public var jsonSchemaName: String = "reply"

    public init(model: String, messages: [ChatMessage]) {
        self.model = model
        self.messages = messages
    }

    /// The request body as JSON bytes (keys sorted, so identical requests are byte-identical).
    public func body(stream: Bool) -> [UInt8] {
        var object: [String: Any] = [
            "model": model,
            "messages": messages.map { ["role": $0.role, "content": $0.content] },
            "temperature": temperature,
            "max_tokens": maxTokens,
            "stream": stream,
        ]
        if let seed { object["seed"] = seed }
        if let jsonSchema, let data = jsonSchema.data(using: .utf8),
           let schema = try? JSONSerialization.jsonObject(with: data) {
            object["response_format"] = [
                "type": "json_schema",
                "json_schema": ["name": jsonSchemaName, "schema": schema, "strict": true] as [String: Any],
            ] as [String: Any]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return Array(data)
    }
}

/// A completed chat reply.
public struct ChatReply: Sendable, Hashable {
    /// The assistant's text.
    public var content: String
    /// Why generation stopped (`stop`, `length`, …), when the server said.
    public var finishReason: String?
    /// The model that answered, when the server said.
    public var model: String?
    /// Attempts it took (1 when the first succeeded).
    public var attempts: Int

    public init(content: String, finishReason: String?, model: String?, attempts: Int) {
        self.content = content
        self.finishReason = finishReason
        self.model = model
        self.attempts = attempts
    }
}

/// Why a chat completion failed. Messages never contain the API key.
public enum ChatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The transport failed after the retry budget was spent.
    case transport(HTTPError, attempts: Int)
    /// The server answered with an error status that is not retried (4xx) or kept failing (5xx/429).
    case status(code: Int, message: String, attempts: Int)
    /// The quota is exhausted (429 with `insufficient_quota`): not retried.
    case quotaExhausted(message: String)
    /// The body was not the expected JSON, or a stream ended without `[DONE]`.
    case malformed(detail: String)
    /// The API key file could not be read.
    case apiKeyUnreadable(path: String)

    public var description: String {
        switch self {
        case let .transport(e, n): return "\(e) (after \(n) attempt\(n == 1 ? "" : "s"))"
        case let .status(c, m, n): return "server answered \(c): \(m) (after \(n) attempt\(n == 1 ? "" : "s"))"
        case let .quotaExhausted(m): return "quota exhausted: \(m)"
        case let .malformed(d): return "malformed reply: \(d)"
        case let .apiKeyUnreadable(p): return "cannot read the API key file \(p)"
        }
    }
}
