import Foundation
import TriageLLM
import TriagePlanner

/// How a ``TriageEngine`` is assembled.
public struct EngineOptions: Sendable {
    /// The intent model file. The default, `nil`, means `Models/<workspace folder name, lower-cased>-intent.model`
    /// in the folder above the workspace (for the bundled `Corpus/`, `Models/corpus-intent.model`).
    public var modelPath: URL? = nil
    /// Train the model in memory when the model file does not exist. The default is `true`.
    public var trainIfMissing: Bool = true
    /// Knowledge-base articles retrieved as evidence. The default is 5.
    public var evidenceLimit: Int = 5
    /// Similar prior tickets attached to a decision. The default is 3.
    public var similarTicketLimit: Int = 3
    /// Intent hypotheses kept. The default is 3.
    public var hypothesisLimit: Int = 3
    /// Terms kept in the intent explanation. The default is 8.
    public var explanationTermLimit: Int = 8
    /// Planner settings.
    public var planner: PlannerOptions = .init()
    /// An OpenAI-compatible endpoint for drafting `answer` replies. The default, `nil`, uses the workspace's
    /// `llm:` section when it has one, and otherwise never touches the network.
    public var llm: LLMConfiguration? = nil

    public init() {}
}
