/// The whole policy of a workspace (`triage.yml`), typed and validated.
public struct TriagePolicy: Sendable, Hashable {
    /// The format version (1).
    public var version: Int
    /// The product the workspace supports (used in replies).
    public var product: String
    /// Working hours for the SLA clock.
    public var businessHours: BusinessHours
    /// Values for intents without their own.
    public var defaults: IntentDefaults
    /// Minimum knowledge-base support (the idf-weighted share of the ticket's support vocabulary that the
    /// article contains, `0...1`) for an answer. The default, 0.11, is what the bundled workspace's prior
    /// tickets suggest; `TriageEngine.suggestedRelevanceFloor()` computes it for any workspace.
    public var relevanceFloor: Double
    /// Escalation rules.
    public var escalation: EscalationPolicy
    /// Intents by label, defaults merged in.
    public var intents: [String: IntentPolicy]
    /// The optional `llm:` section: an OpenAI-compatible server for drafting answers. The default, `nil`, is offline.
    public var llm: LLMSettings? = nil

    public init(version: Int = 1, product: String = "", businessHours: BusinessHours = .alwaysOpen,
                defaults: IntentDefaults = IntentDefaults(), relevanceFloor: Double = 0.11,
                escalation: EscalationPolicy = EscalationPolicy(), intents: [String: IntentPolicy] = [:]) {
        self.version = version
        self.product = product
        self.businessHours = businessHours
        self.defaults = defaults
        self.relevanceFloor = relevanceFloor
        self.escalation = escalation
        self.intents = intents
    }

    /// Intent labels in sorted order.
    public var intentNames: [String] { intents.keys.sorted() }

    /// The policy of `intent`, or `nil` when the workspace does not declare it.
    public func policy(for intent: String) -> IntentPolicy? { intents[intent] }
}
