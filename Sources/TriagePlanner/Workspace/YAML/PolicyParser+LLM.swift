import Foundation

/// The `llm:` section of `triage.yml` (see ``LLMSettings``), with the same located errors as the rest of the file.
extension PolicyParser {
    /// Keys that would hold a credential: rejected, and their values never echoed.
    static let secretKeys: Set<String> = ["api_key", "apikey", "key", "token", "bearer", "password", "secret", "authorization"]

    static let llmKeys: Set<String> = ["enabled", "endpoint", "model", "api_key_env", "api_key_file", "temperature",
                                       "max_tokens", "seed", "connect_timeout", "total_timeout", "ca_bundle", "stream"]

    func parseLLM(_ cursor: YAMLCursor, line: Int?) throws(WorkspaceError) -> LLMSettings {
        for member in try cursor.mapping() where Self.secretKeys.contains(member.key.lowercased()) {
            throw cursor.error(.secretInWorkspace(member.key), key: member.value.path, line: member.line)
        }
        try cursor.checkKeys(Self.llmKeys)
        let enabled = try cursor.optional("enabled")?.bool() ?? true
        let endpointCursor = try cursor.required("endpoint")
        let endpoint = try endpointCursor.nonEmptyString()
        try checkEndpoint(endpoint, endpointCursor)
        var settings = LLMSettings(endpoint: endpoint, model: try cursor.required("model").nonEmptyString(),
                                   enabled: enabled, line: line ?? 0)
        if let name = try cursor.optional("api_key_env") {
            let text = try name.nonEmptyString()
            let valid = text.unicodeScalars.allSatisfy { ($0.isASCII && CharacterSet.alphanumerics.contains($0)) || $0 == "_" }
                && !(text.first?.isNumber ?? true)
            // Something that does not look like a variable name may be a pasted key: never echo it.
            guard valid else { throw name.error(.secretInWorkspace("api_key_env")) }
            settings.apiKeyEnvironmentVariable = text
        }
        if let file = try cursor.optional("api_key_file") { settings.apiKeyFile = try file.nonEmptyString() }
        if let value = try cursor.optional("temperature") { settings.temperature = try bounded(value, 0...2, "a number from 0 to 2") }
        if let value = try cursor.optional("max_tokens") {
            let n = try value.int()
            guard (1...32_768).contains(n) else { throw value.error(.invalidValue(String(n), expected: "a whole number from 1 to 32768")) }
            settings.maxTokens = n
        }
        if let value = try cursor.optional("seed") { settings.seed = try value.int() }
        if let value = try cursor.optional("connect_timeout") {
            settings.connectTimeoutSeconds = try bounded(value, 0.001...600, "seconds, more than 0 and at most 600")
        }
        if let value = try cursor.optional("total_timeout") {
            let seconds = try bounded(value, 0.001...3600, "seconds, more than 0 and at most 3600")
            if let connect = settings.connectTimeoutSeconds, seconds < connect {
                throw value.error(.invalidValue(try value.string(), expected: "at least connect_timeout (\(connect) s)"))
            }
            settings.totalTimeoutSeconds = seconds
        }
        if let value = try cursor.optional("ca_bundle") { settings.caBundlePath = try value.nonEmptyString() }
        if let value = try cursor.optional("stream") { settings.stream = try value.bool() }
        return settings
    }

    private func checkEndpoint(_ endpoint: String, _ cursor: YAMLCursor) throws(WorkspaceError) {
        guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else {
            throw cursor.error(.invalidValue(endpoint, expected: "an http:// or https:// base URL such as http://127.0.0.1:8080/v1"))
        }
        // Credentials in the URL (https://user:secret@host) are a key in the file: refuse without echoing the URL.
        if url.user != nil || url.password != nil { throw cursor.error(.secretInWorkspace("endpoint")) }
    }

    private func bounded(_ cursor: YAMLCursor, _ range: ClosedRange<Double>, _ expected: String) throws(WorkspaceError) -> Double {
        let value = try cursor.double()
        guard range.contains(value) else { throw cursor.error(.invalidValue(try cursor.string(), expected: expected)) }
        return value
    }
}
