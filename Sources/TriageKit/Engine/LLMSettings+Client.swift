import Foundation
import TriageLLM
import TriagePlanner

extension LLMConfiguration {
    /// The client configuration for a workspace's `llm:` section; `nil` when the section is disabled.
    ///
    /// Relative `api_key_file` and `ca_bundle` paths (and `~/`) are resolved against `directory`, the workspace
    /// folder. Settings the section leaves out keep ``LLMConfiguration``'s defaults, except the idle time-out:
    /// a reply that is not streamed may stay silent for the whole `total_timeout`.
    public init?(_ settings: LLMSettings, workspace directory: URL) {
        guard settings.enabled else { return nil }
        self.init(endpoint: settings.endpoint, model: settings.model)
        if let name = settings.apiKeyEnvironmentVariable { apiKeyEnvironmentVariable = name }
        apiKeyFile = settings.apiKeyFile.map { Self.resolve($0, against: directory) }
        if let value = settings.temperature { temperature = value }
        if let value = settings.maxTokens { maxTokens = value }
        if let value = settings.seed { seed = value }
        if let value = settings.stream { stream = value }
        if let value = settings.connectTimeoutSeconds { http.connectTimeout = value }
        if let value = settings.totalTimeoutSeconds { http.totalTimeout = value }
        // A reply that is not streamed sends no byte until it is complete (a small model on a busy CPU can take
        // minutes): only the total time-out may end it. Streams keep the idle time-out, capped by the total.
        http.idleTimeout = stream ? min(http.idleTimeout, http.totalTimeout) : http.totalTimeout
        http.caBundlePath = settings.caBundlePath.map { Self.resolve($0, against: directory) }
    }

    static func resolve(_ path: String, against directory: URL) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/") {
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            return home + path.dropFirst()
        }
        return directory.standardizedFileURL.appendingPathComponent(path).path
    }
}

extension TriageEngine {
    /// The LLM configuration drafts use: ``EngineOptions/llm`` when set, otherwise the workspace's `llm:`
    /// section; `nil` when the engine is offline (no request is ever made).
    public var llmConfiguration: LLMConfiguration? { drafter?.client.configuration }

    /// The configuration an engine over `workspace` with `options` drafts with (see ``llmConfiguration``).
    static func effectiveLLM(_ workspace: Workspace, _ options: EngineOptions) -> LLMConfiguration? {
        if let llm = options.llm { return llm }
        return workspace.policy.llm.flatMap { LLMConfiguration($0, workspace: workspace.directory) }
    }

    /// Loads the workspace at `directory` with command-line LLM settings applied over its `llm:` section.
    ///
    /// ``EngineOptions/llm``, when set, still wins over both.
    ///
    /// - Throws: ``EngineError`` as ``init(workspace:options:)``.
    public convenience init(workspace directory: URL, options: EngineOptions = .init(),
                            llm overrides: LLMOverrides) throws(EngineError) {
        var ws: Workspace
        do {
            ws = try Workspace.load(from: directory, options: .init(examples: true, priorTickets: true, gold: false))
        } catch {
            throw .workspace(error)
        }
        ws.policy.llm = overrides.applied(to: ws.policy.llm)
        try self.init(loaded: ws, options: options)
    }
}
