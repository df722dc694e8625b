/// The policy for one intent, after defaults are merged in.
public struct IntentPolicy: Sendable, Hashable {
    /// The intent label (`billing_double_charge`).
    public var name: String
    /// A one-line description for people.
    public var description: String
    /// The team or queue that owns tickets of this intent.
    public var team: String
    /// The base priority before escalation.
    public var priority: PriorityLevel
    /// SLA targets.
    public var sla: SLATargets
    /// What the planner may do alone.
    public var autonomy: Autonomy
    /// When a prediction of this intent is confident enough.
    public var confidence: ConfidenceRule
    /// Fields needed before answering, in the order they are asked for.
    public var requiredFields: [FieldRequirement]
    /// Linked knowledge-base article ids, in preference order.
    public var articles: [String]
    /// The line of the intent's key in `triage.yml` (0 when built in code).
    public var line: Int

    public init(name: String, description: String = "", team: String, priority: PriorityLevel, sla: SLATargets,
                autonomy: Autonomy, confidence: ConfidenceRule, requiredFields: [FieldRequirement] = [],
                articles: [String] = [], line: Int = 0) {
        self.name = name
        self.description = description
        self.team = team
        self.priority = priority
        self.sla = sla
        self.autonomy = autonomy
        self.confidence = confidence
        self.requiredFields = requiredFields
        self.articles = articles
        self.line = line
    }
}

/// Values used for intents that do not set their own.
public struct IntentDefaults: Sendable, Hashable {
    /// The default team. The built-in default is `support`.
    public var team: String = "support"
    /// The default base priority. The built-in default is `normal`.
    public var priority: PriorityLevel = .normal
    /// The default SLA targets. The built-in default is `8h` / `3d`.
    public var sla: SLATargets = SLATargets()
    /// The default autonomy. The built-in default is `ask-only`.
    public var autonomy: Autonomy = .askOnly
    /// The default confidence rule. The built-in default is `min_confidence: 0.6`.
    public var confidence: ConfidenceRule = .minConfidence(0.6)

    public init() {}
}
