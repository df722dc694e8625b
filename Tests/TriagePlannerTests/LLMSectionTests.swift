import Foundation
import Testing
import TriagePlanner

/// The optional `llm:` section of `triage.yml`: typed values, located errors, no secrets, flag precedence.
@Suite struct LLMSectionTests {
    static let section = """
    llm:
      enabled: true
      endpoint: "http://127.0.0.1:8080/v1"
      model: "gemma-3-270m"
      api_key_env: MY_LLM_KEY
      api_key_file: secrets/llm.key
      temperature: 0.2
      max_tokens: 300
      seed: 42
      connect_timeout: 2
      total_timeout: 30
      ca_bundle: certs/ca.pem
      stream: true

    """

    /// The fixture policy with `section` inserted before `intents:`.
    private func yaml(_ section: String) -> String {
        Fixtures.policyYAML.replacingOccurrences(of: "intents:\n", with: section + "intents:\n")
    }

    private func load(_ section: String) throws -> Workspace {
        try Workspace.load(from: try Fixtures.validWorkspace(["triage.yml": yaml(section)]))
    }

    private func error(_ section: String) throws -> (WorkspaceError, String) {
        let text = yaml(section)
        let error = try #require(Fixtures.loadError(try Fixtures.validWorkspace(["triage.yml": text])))
        return (error, text)
    }

    @Test func fullSectionParsesIntoTypedSettings() throws {
        let settings = try #require(try load(Self.section).policy.llm)
        #expect(settings == LLMSettings(
            endpoint: "http://127.0.0.1:8080/v1", model: "gemma-3-270m", enabled: true, apiKeyEnvironmentVariable: "MY_LLM_KEY",
            apiKeyFile: "secrets/llm.key", temperature: 0.2, maxTokens: 300, seed: 42, connectTimeoutSeconds: 2,
            totalTimeoutSeconds: 30, caBundlePath: "certs/ca.pem", stream: true,
            line: Fixtures.line(of: "llm:", in: yaml(Self.section)) ?? -1))
    }

    @Test func minimalSectionLeavesClientDefaults() throws {
        let settings = try #require(try load("llm:\n  endpoint: http://localhost:11434/v1\n  model: llama3.2\n").policy.llm)
        #expect(settings.enabled)
        #expect(settings.temperature == nil && settings.maxTokens == nil && settings.seed == nil)
        #expect(settings.apiKeyEnvironmentVariable == nil && settings.apiKeyFile == nil && settings.caBundlePath == nil)
    }

    @Test func noSectionMeansOffline() throws {
        #expect(try Workspace.load(from: try Fixtures.validWorkspace()).policy.llm == nil)
        let corpus = try Workspace.load(from: Fixtures.corpusDirectory, options: .init(examples: false, priorTickets: false, gold: false))
        #expect(corpus.policy.llm == nil)
    }

    @Test func misspelledKeyIsLocated() throws {
        let (error, text) = try error(Self.section.replacingOccurrences(of: "temperature:", with: "temprature:"))
        #expect(error.kind == .unknownKey("temprature"))
        #expect(error.file == "triage.yml")
        #expect(error.key == "llm.temprature")
        #expect(error.line == Fixtures.line(of: "temprature", in: text))
    }

    @Test func anAPIKeyInTheFileIsRefusedWithoutEchoingIt() throws {
        let secret = "sk-live-0123456789abcdef"
        let (error, text) = try error(Self.section.replacingOccurrences(of: "  seed: 42\n", with: "  seed: 42\n  api_key: \(secret)\n"))
        #expect(error.kind == .secretInWorkspace("api_key"))
        #expect(error.key == "llm.api_key")
        #expect(error.line == Fixtures.line(of: "api_key:", in: text))
        #expect(!error.description.contains(secret))
        #expect(error.description.contains("api_key_env"))
    }

    @Test func aKeyPastedAsTheVariableNameIsRefusedWithoutEchoingIt() throws {
        let secret = "sk-proj-AbC123-xyz"
        let (error, text) = try error(Self.section.replacingOccurrences(of: "MY_LLM_KEY", with: secret))
        #expect(error.kind == .secretInWorkspace("api_key_env"))
        #expect(error.line == Fixtures.line(of: secret, in: text))
        #expect(!error.description.contains(secret))
    }

    @Test func credentialsInTheEndpointAreRefusedWithoutEchoingThem() throws {
        let (error, _) = try error(Self.section.replacingOccurrences(of: "http://127.0.0.1", with: "https://bob:hunter22@llm.example"))
        #expect(error.kind == .secretInWorkspace("endpoint"))
        #expect(error.key == "llm.endpoint")
        #expect(!error.description.contains("hunter22"))
    }

    @Test(arguments: [
        ("temperature: 0.2", "temperature: 3", "llm.temperature"),
        ("max_tokens: 300", "max_tokens: lots", "llm.max_tokens"),
        ("max_tokens: 300", "max_tokens: 0", "llm.max_tokens"),
        ("seed: 42", "seed: 4.5", "llm.seed"),
        ("enabled: true", "enabled: maybe", "llm.enabled"),
        ("stream: true", "stream: sometimes", "llm.stream"),
        ("connect_timeout: 2", "connect_timeout: -1", "llm.connect_timeout"),
        ("total_timeout: 30", "total_timeout: 1", "llm.total_timeout"),
        ("\"http://127.0.0.1:8080/v1\"", "\"ftp://127.0.0.1/v1\"", "llm.endpoint"),
    ])
    func invalidValuesAreTypedAndLocated(old: String, new: String, key: String) throws {
        let (error, text) = try error(Self.section.replacingOccurrences(of: old, with: new))
        guard case .invalidValue = error.kind else { Issue.record("expected invalidValue, got \(error)"); return }
        #expect(error.file == "triage.yml")
        #expect(error.key == key)
        #expect(error.line == Fixtures.line(of: new, in: text))
    }

    @Test func missingModelIsAMissingKeyOnTheSection() throws {
        let (error, text) = try error(Self.section.replacingOccurrences(of: "  model: \"gemma-3-270m\"\n", with: ""))
        #expect(error.kind == .missingKey("model"))
        #expect(error.key == "llm")
        #expect(error.line == Fixtures.line(of: "enabled: true", in: text))
    }

    @Test func aSectionThatIsNotAMappingIsAWrongType() throws {
        let (error, text) = try error("llm: http://127.0.0.1:8080/v1\n")
        guard case .wrongType = error.kind else { Issue.record("expected wrongType, got \(error)"); return }
        #expect(error.key == "llm")
        #expect(error.line == Fixtures.line(of: "llm:", in: text))
    }

    // MARK: Precedence: flags over the file

    @Test func flagsOverrideTheFileFieldByField() {
        let file = LLMSettings(endpoint: "http://127.0.0.1:8080/v1", model: "file-model", temperature: 0.5, maxTokens: 99)
        let both = LLMOverrides(endpoint: "http://127.0.0.1:9999/v1", model: "flag-model").applied(to: file)
        #expect(both?.endpoint == "http://127.0.0.1:9999/v1")
        #expect(both?.model == "flag-model")
        #expect(both?.temperature == 0.5 && both?.maxTokens == 99)
        #expect(LLMOverrides(model: "flag-model").applied(to: file)?.endpoint == "http://127.0.0.1:8080/v1")
        #expect(LLMOverrides(model: "flag-model").applied(to: file)?.model == "flag-model")
        #expect(LLMOverrides.none.applied(to: file) == file)
    }

    @Test func disabledAndAbsentSections() {
        var file = LLMSettings(endpoint: "http://127.0.0.1:8080/v1", model: "m")
        #expect(LLMOverrides(disabled: true).applied(to: file) == nil)
        file.enabled = false
        #expect(LLMOverrides.none.applied(to: file) == nil)
        #expect(LLMOverrides(model: "x").applied(to: file) == nil)
        let on = LLMOverrides(endpoint: "http://127.0.0.1:1/v1").applied(to: file)
        #expect(on?.enabled == true && on?.model == "m")
        #expect(LLMOverrides.none.applied(to: nil) == nil)
        #expect(LLMOverrides(model: "x").applied(to: nil) == nil)
        let flagsOnly = LLMOverrides(endpoint: "http://127.0.0.1:1/v1").applied(to: nil)
        #expect(flagsOnly?.model == LLMOverrides.defaultModel && flagsOnly?.temperature == nil)
    }
}
