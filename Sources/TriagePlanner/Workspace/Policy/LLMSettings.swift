/// The optional `llm:` section of `triage.yml`: where an OpenAI-compatible server drafts `answer` replies.
///
/// A plain value: the planner never talks to a server. `TriageKit` maps it to the LLM client's configuration
/// when the engine is built without one; command-line flags override it field by field (``LLMOverrides``).
/// Fields left `nil` keep the client's documented defaults.
///
/// ```yaml
/// llm:
///   endpoint: "http://127.0.0.1:8080/v1"   # llama.cpp llama-server; Ollama: :11434/v1; vLLM: :8000/v1
///   model: "gemma-3-270m"
///   api_key_env: TRIAGE_LLM_API_KEY        # the variable's name, never the key
///   temperature: 0
///   max_tokens: 300
/// ```
///
/// The API key itself is never part of the workspace: `api_key` is rejected with
/// ``WorkspaceError/Kind/secretInWorkspace(_:)``, and neither this value nor any error carries a key.
public struct LLMSettings: Sendable, Hashable, Codable {
    /// Whether drafting is on. `false` keeps the section but makes the engine offline. The default is `true`.
    public var enabled: Bool
    /// The base URL ending in `/v1` (`http://` or `https://`).
    public var endpoint: String
    /// The model name the server expects.
    public var model: String
    /// The environment variable holding the API key. `nil` keeps the client default (`TRIAGE_LLM_API_KEY`).
    public var apiKeyEnvironmentVariable: String?
    /// A file whose first line is the API key; relative paths are relative to the workspace folder.
    public var apiKeyFile: String?
    /// Sampling temperature, 0 to 2. `nil` keeps the client default (0).
    public var temperature: Double?
    /// Largest number of generated tokens. `nil` keeps the client default (400).
    public var maxTokens: Int?
    /// Sampling seed sent to the server. `nil` keeps the client default (7).
    public var seed: Int?
    /// Seconds allowed to connect. `nil` keeps the client default (5).
    public var connectTimeoutSeconds: Double?
    /// Seconds allowed for one whole request. `nil` keeps the client default (60).
    public var totalTimeoutSeconds: Double?
    /// A PEM CA bundle to trust instead of the system store; relative to the workspace folder.
    public var caBundlePath: String?
    /// Stream replies with server-sent events. `nil` keeps the client default (off).
    public var stream: Bool?
    /// The line of the `llm:` key in `triage.yml`, 0 when built in code.
    public var line: Int

    public init(endpoint: String, model: String, enabled: Bool = true, apiKeyEnvironmentVariable: String? = nil,
                apiKeyFile: String? = nil, temperature: Double? = nil, maxTokens: Int? = nil, seed: Int? = nil,
                connectTimeoutSeconds: Double? = nil, totalTimeoutSeconds: Double? = nil, caBundlePath: String? = nil,
                stream: Bool? = nil, line: Int = 0) {
        self.enabled = enabled
        self.endpoint = endpoint
        self.model = model
        self.apiKeyEnvironmentVariable = apiKeyEnvironmentVariable
        self.apiKeyFile = apiKeyFile
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.seed = seed
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.totalTimeoutSeconds = totalTimeoutSeconds
        self.caBundlePath = caBundlePath
        self.stream = stream
        self.line = line
    }
}

/// Command-line settings that take precedence over the workspace's `llm:` section.
///
/// Precedence, highest first: ``disabled`` (no drafting at all); ``endpoint`` and ``model`` (each replaces the
/// file's value; an endpoint turns drafting on even when the file says `enabled: false` or has no section);
/// the file; the client defaults.
public struct LLMOverrides: Sendable, Hashable, Codable {
    /// A base URL that replaces the file's `endpoint`. The default is `nil`.
    public var endpoint: String?
    /// A model name that replaces the file's `model`. The default is `nil`.
    public var model: String?
    /// Turn drafting off whatever the file says. The default is `false`.
    public var disabled: Bool

    public init(endpoint: String? = nil, model: String? = nil, disabled: Bool = false) {
        self.endpoint = endpoint
        self.model = model
        self.disabled = disabled
    }

    /// No overrides: the file decides.
    public static let none = LLMOverrides()

    /// The model name used when a flag gives an endpoint and nothing gives a model.
    public static let defaultModel = "default"

    /// The effective settings: `file` with these overrides applied; `nil` means no drafting.
    ///
    /// A disabled section stays disabled unless an endpoint override is given.
    public func applied(to file: LLMSettings?) -> LLMSettings? {
        if disabled { return nil }
        var settings: LLMSettings
        if let endpoint {
            settings = file ?? LLMSettings(endpoint: endpoint, model: Self.defaultModel)
            settings.endpoint = endpoint
            settings.enabled = true
        } else {
            guard let file, file.enabled else { return nil }
            settings = file
        }
        if let model { settings.model = model }
        return settings
    }
}
