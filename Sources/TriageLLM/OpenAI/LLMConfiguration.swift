import Foundation

/// Where and how to reach an OpenAI-compatible chat-completions server.
///
/// Base URLs that work: llama.cpp's `llama-server` → `http://127.0.0.1:8080/v1`; Ollama →
/// `http://127.0.0.1:11434/v1`; vLLM → `http://127.0.0.1:8000/v1`. The client appends `/chat/completions`.
public struct LLMConfiguration: Sendable, Hashable, Codable {
    /// The base URL, ending in `/v1` (a trailing slash is ignored).
    public var endpoint: String
    /// The model name the server expects.
    public var model: String
    /// The environment variable holding the API key, if any. The default is `TRIAGE_LLM_API_KEY`.
    public var apiKeyEnvironmentVariable: String = "TRIAGE_LLM_API_KEY"
    /// A file holding the API key (first line), used when the variable is unset. The default is `nil`.
    public var apiKeyFile: String? = nil
    /// Stream the reply with server-sent events. The default is `false`.
    public var stream: Bool = false
    /// Send `response_format` with a JSON schema (servers that support structured output). The default is `false`.
    public var structuredOutput: Bool = false
    /// Sampling temperature. The default is 0.
    public var temperature: Double = 0
    /// Largest number of generated tokens. The default is 400.
    public var maxTokens: Int = 400
    /// Sampling seed sent to the server. The default is 7.
    public var seed: Int = 7
    /// Attempts per request, the first included. The default is 4.
    public var maxAttempts: Int = 4
    /// Total seconds that waiting between retries may take. The default is 20.
    public var retryBudgetSeconds: Double = 20
    /// First back-off delay in seconds; doubles each retry, with jitter. The default is 0.25.
    public var backoffBaseSeconds: Double = 0.25
    /// Largest back-off delay in seconds. The default is 4.
    public var backoffMaxSeconds: Double = 4
    /// Transport settings (time-outs, CA bundle, size cap, HTTP version).
    public var http: HTTPClientOptions = .init()

    public init(endpoint: String, model: String) {
        self.endpoint = endpoint
        self.model = model
    }

    /// The chat-completions URL.
    public var completionsURL: String {
        var base = endpoint
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/chat/completions"
    }

    /// Reads the API key: the environment variable first, then the file; `nil` when neither is set.
    public func apiKey(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ChatError) -> String? {
        if let v = environment[apiKeyEnvironmentVariable], !v.isEmpty { return v }
        guard let path = apiKeyFile else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw .apiKeyUnreadable(path: path) }
        let key = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return key.trimmingCharacters(in: .whitespaces).isEmpty ? nil : key.trimmingCharacters(in: .whitespaces)
    }
}
