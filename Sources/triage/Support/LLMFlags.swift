import ArgumentParser
import Foundation
import TriageKit

/// The LLM flags `resolve` and `batch` share; they override the workspace's `llm:` section field by field.
struct LLMFlags: ParsableArguments {
    @Option(help: "OpenAI-compatible base URL for drafting answers (overrides triage.yml's llm.endpoint), e.g. http://127.0.0.1:8080/v1.")
    var llmEndpoint: String?

    @Option(help: "Model name (overrides triage.yml's llm.model).")
    var llmModel: String?

    @Flag(help: "Never call an LLM, whatever triage.yml says.")
    var noLlm = false

    func validate() throws {
        if noLlm, llmEndpoint != nil || llmModel != nil {
            throw ValidationError("--no-llm cannot be combined with --llm-endpoint or --llm-model.")
        }
        if let llmEndpoint, !(llmEndpoint.hasPrefix("http://") || llmEndpoint.hasPrefix("https://")) {
            throw ValidationError("--llm-endpoint must be an http:// or https:// base URL such as http://127.0.0.1:8080/v1.")
        }
    }

    var overrides: LLMOverrides { LLMOverrides(endpoint: llmEndpoint, model: llmModel, disabled: noLlm) }

    /// One stderr line on what the engine drafts with (never the key), or why `--llm-model` had no effect.
    func report(_ engine: TriageEngine, command: String) {
        var line: String?
        if let config = engine.llmConfiguration {
            line = "\(command): drafting answers with model \(config.model) at \(config.endpoint)"
        } else if llmModel != nil {
            line = "\(command): --llm-model has no effect without --llm-endpoint or an llm section in triage.yml"
        }
        if let line { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}
