import Foundation
import Testing
import TriageKit

/// The workspace's `llm:` section reaches the engine; flags override it; without it nothing changes.
@Suite("LLM configuration from the workspace")
struct LLMWorkspaceConfigTests {
    static let corpus = repositoryRoot.appendingPathComponent("Corpus")

    static func corpusWorkspace() throws -> Workspace {
        try Workspace.load(from: corpus, options: .init(examples: true, priorTickets: true, gold: false))
    }

    static func json(_ engine: TriageEngine) throws -> [String] {
        try SampleTickets.all.map { try engine.triage($0).jsonString() }
    }

    @Test func sectionMapsToTheClientConfiguration() throws {
        let settings = LLMSettings(endpoint: "http://127.0.0.1:8080/v1", model: "m", apiKeyEnvironmentVariable: "K",
                                   apiKeyFile: "keys/llm.key", temperature: 0.3, maxTokens: 123, seed: 5,
                                   connectTimeoutSeconds: 1.5, totalTimeoutSeconds: 9, caBundlePath: "/etc/ca.pem", stream: true)
        let dir = URL(fileURLWithPath: "/srv/ws")
        let config = try #require(LLMConfiguration(settings, workspace: dir))
        #expect(config.endpoint == "http://127.0.0.1:8080/v1" && config.model == "m")
        #expect(config.apiKeyEnvironmentVariable == "K" && config.apiKeyFile == "/srv/ws/keys/llm.key")
        #expect(config.temperature == 0.3 && config.maxTokens == 123 && config.seed == 5 && config.stream)
        #expect(config.http.connectTimeout == 1.5 && config.http.totalTimeout == 9 && config.http.idleTimeout == 9)
        #expect(config.http.caBundlePath == "/etc/ca.pem")
        // Unset values keep the client defaults.
        let bare = try #require(LLMConfiguration(LLMSettings(endpoint: "http://h/v1", model: "m"), workspace: dir))
        var expected = LLMConfiguration(endpoint: "http://h/v1", model: "m")
        expected.http.idleTimeout = expected.http.totalTimeout   // a reply that is not streamed is silent until done
        #expect(bare == expected)
        #expect(LLMConfiguration(LLMSettings(endpoint: "http://h/v1", model: "m", enabled: false), workspace: dir) == nil)
    }

    @Test func flagsOverrideTheFileAndOptionsOverrideBoth() throws {
        var ws = try Self.corpusWorkspace()
        ws.policy.llm = LLMSettings(endpoint: "http://127.0.0.1:1/v1", model: "file-model", temperature: 0.7)
        let fromFile = try TriageEngine(loaded: ws)
        #expect(fromFile.llmConfiguration?.model == "file-model" && fromFile.llmConfiguration?.temperature == 0.7)

        var flagged = ws
        flagged.policy.llm = LLMOverrides(endpoint: "http://127.0.0.1:2/v1", model: "flag-model").applied(to: ws.policy.llm)
        let fromFlags = try TriageEngine(loaded: flagged)
        #expect(fromFlags.llmConfiguration?.endpoint == "http://127.0.0.1:2/v1")
        #expect(fromFlags.llmConfiguration?.model == "flag-model")
        #expect(fromFlags.llmConfiguration?.temperature == 0.7)

        var options = EngineOptions()
        options.llm = LLMConfiguration(endpoint: "http://127.0.0.1:3/v1", model: "options-model")
        #expect(try TriageEngine(loaded: flagged, options: options).llmConfiguration?.model == "options-model")

        var off = ws
        off.policy.llm = LLMOverrides(disabled: true).applied(to: ws.policy.llm)
        #expect(try TriageEngine(loaded: off).llmConfiguration == nil)
    }

    @Test func commandLineInitAppliesOverridesToTheCorpus() throws {
        let engine = try TriageEngine(workspace: Self.corpus, llm: LLMOverrides(endpoint: "http://127.0.0.1:4/v1", model: "x"))
        #expect(engine.llmConfiguration?.endpoint == "http://127.0.0.1:4/v1" && engine.llmConfiguration?.model == "x")
        #expect(try TriageEngine(workspace: Self.corpus, llm: LLMOverrides(model: "x")).llmConfiguration == nil)
    }

    @Test func defaultCorpusStaysOfflineAndByteIdentical() throws {
        let reference = try corpusEngine.get()
        let viaFlags = try TriageEngine(workspace: Self.corpus, llm: .none)
        var ws = try Self.corpusWorkspace()
        #expect(ws.policy.llm == nil)
        ws.policy.llm = LLMSettings(endpoint: "http://127.0.0.1:9/v1", model: "m", enabled: false)
        let disabled = try TriageEngine(loaded: ws)
        #expect(reference.llmConfiguration == nil && viaFlags.llmConfiguration == nil && disabled.llmConfiguration == nil)

        let before = CurlHTTPClient.requestsOnCurrentThread
        let expected = try Self.json(reference)
        #expect(try Self.json(viaFlags) == expected)
        #expect(try Self.json(disabled) == expected)
        #expect(CurlHTTPClient.requestsOnCurrentThread == before)
        #expect(expected.contains { $0.contains("\"generated_by\":\"template\"") })
    }
}
