import Foundation
import TriageText

/// A client for OpenAI-compatible `/chat/completions` endpoints, over ``CurlHTTPClient``.
///
/// Retry policy: `429` with `Retry-After` waits that long (within the retry budget) and retries; `429`
/// whose error says the quota is exhausted is not retried; `5xx`, time-outs and connection failures back
/// off exponentially with jitter; other `4xx` are not retried. The API key is sent as a bearer token and
/// never appears in errors or logs.
public struct ChatCompletionsClient: Sendable {
    /// The configuration.
    public let configuration: LLMConfiguration
    private let http: CurlHTTPClient
    private let sleeper: @Sendable (Double) -> Void

    /// Creates a client. `sleeper` performs back-off waits (tests pass one that records instead of sleeping).
    public init(
        configuration: LLMConfiguration, http: CurlHTTPClient? = nil,
        sleeper: @escaping @Sendable (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }
    ) {
        self.configuration = configuration
        self.http = http ?? CurlHTTPClient(options: configuration.http)
        self.sleeper = sleeper
    }

    /// Sends `request` and returns the reply, streaming it when the configuration says so.
    ///
    /// - Parameter onDelta: called with each streamed text fragment, in order.
    public func complete(
        _ request: ChatRequest, cancellation: CancellationFlag? = nil, onDelta: ((String) -> Void)? = nil
    ) throws(ChatError) -> ChatReply {
        let key = try configuration.apiKey()
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json"), ("Accept", configuration.stream ? "text/event-stream" : "application/json")]
        if let key { headers.append(("Authorization", "Bearer \(key)")) }
        let httpRequest = HTTPRequest(url: configuration.completionsURL, method: "POST", headers: headers,
                                      body: request.body(stream: configuration.stream))
        var waited = 0.0
        var jitter = SplitMix64(seed: UInt64(truncatingIfNeeded: configuration.seed) &+ 0x9E37_79B9)
        var attempt = 0
        while true {
            attempt += 1
            let delay: Double
            do {
                let outcome = try once(httpRequest, cancellation: cancellation, onDelta: onDelta)
                switch outcome {
                case .reply(var reply):
                    reply.attempts = attempt
                    return reply
                case let .retryAfter(seconds, status, message):
                    guard attempt < configuration.maxAttempts, waited + seconds <= configuration.retryBudgetSeconds else {
                        throw ChatError.status(code: status, message: message, attempts: attempt)
                    }
                    delay = seconds
                case let .backoff(status, message):
                    let d = backoff(attempt: attempt, jitter: &jitter)
                    guard attempt < configuration.maxAttempts, waited + d <= configuration.retryBudgetSeconds else {
                        throw ChatError.status(code: status, message: message, attempts: attempt)
                    }
                    delay = d
                }
            } catch let error as HTTPError {
                if case .cancelled = error { throw ChatError.transport(error, attempts: attempt) }
                if case .responseTooLarge = error { throw ChatError.transport(error, attempts: attempt) }
                let d = backoff(attempt: attempt, jitter: &jitter)
                guard attempt < configuration.maxAttempts, waited + d <= configuration.retryBudgetSeconds else {
                    throw ChatError.transport(error, attempts: attempt)
                }
                delay = d
            } catch let error as ChatError {
                throw error
            } catch {
                throw ChatError.malformed(detail: "\(error)")
            }
            waited += delay
            sleeper(delay)
        }
    }

    private func backoff(attempt: Int, jitter: inout SplitMix64) -> Double {
        let base = min(configuration.backoffMaxSeconds, configuration.backoffBaseSeconds * pow(2, Double(attempt - 1)))
        // "Equal jitter": half fixed, half random, so retries from many workers spread out.
        return base / 2 + jitter.nextUnit() * base / 2
    }

    private enum Outcome {
        case reply(ChatReply)
        case retryAfter(Double, status: Int, message: String)
        case backoff(status: Int, message: String)
    }

    private func once(_ request: HTTPRequest, cancellation: CancellationFlag?, onDelta: ((String) -> Void)?) throws -> Outcome {
        if configuration.stream {
            let collector = StreamCollector(onDelta: onDelta)
            let response = try http.stream(request, cancellation: cancellation) { collector.feed($0) }
            if (200..<300).contains(response.status) {
                return .reply(try collector.finish())
            }
            return try classify(response)
        }
        let response = try http.perform(request, cancellation: cancellation)
        if (200..<300).contains(response.status) {
            return .reply(try ChatResponseDecoding.decodeCompletion(response.body))
        }
        return try classify(response)
    }

    private func classify(_ response: HTTPResponse) throws -> Outcome {
        let message = ChatResponseDecoding.errorMessage(response.body)
        if response.status == 429 {
            if ChatResponseDecoding.isQuotaExhausted(response.body) { throw ChatError.quotaExhausted(message: message) }
            if let after = response.headers["retry-after"].flatMap(RetryAfter.seconds) {
                return .retryAfter(after, status: 429, message: message)
            }
            return .backoff(status: 429, message: message)
        }
        if response.status >= 500 { return .backoff(status: response.status, message: message) }
        throw ChatError.status(code: response.status, message: message, attempts: 1)
    }
}

/// Collects a streamed reply from server-sent `data:` events.
final class StreamCollector: @unchecked Sendable {
    private var parser = ServerSentEventParser()
    private var text = ""
    private var finishReason: String?
    private var model: String?
    private var done = false
    private var failure: ChatError?
    private let onDelta: ((String) -> Void)?

    init(onDelta: ((String) -> Void)?) { self.onDelta = onDelta }

    func feed(_ bytes: [UInt8]) {
        for event in parser.feed(bytes) { handle(event) }
    }

    private func handle(_ event: String) {
        if done { return }
        if event.trimmingCharacters(in: .whitespaces) == "[DONE]" { done = true; return }
        switch ChatResponseDecoding.decodeChunk(event) {
        case let .success(chunk):
            if let m = chunk.model { model = m }
            if let r = chunk.finishReason { finishReason = r }
            if !chunk.delta.isEmpty {
                text += chunk.delta
                onDelta?(chunk.delta)
            }
        case let .failure(error):
            if failure == nil { failure = error }
        }
    }

    func finish() throws(ChatError) -> ChatReply {
        if let tail = parser.finish() { handle(tail) }
        if let failure { throw failure }
        guard done else { throw .malformed(detail: "stream ended without [DONE]") }
        return ChatReply(content: text, finishReason: finishReason, model: model, attempts: 1)
    }
}
