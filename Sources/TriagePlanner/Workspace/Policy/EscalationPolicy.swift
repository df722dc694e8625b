/// A phrase rule that raises priority and may force a handoff (outage, security, legal…).
public struct EscalationRule: Sendable, Hashable {
    /// The rule's name, recorded in priority reasons and explanations.
    public var name: String
    /// Phrases matched case-insensitively at word boundaries.
    public var phrases: [String]
    /// Raise the priority to at least this level, if set.
    public var priority: PriorityLevel?
    /// Whether a match forces a handoff.
    public var handoff: Bool
    /// A team that overrides the intent's team on handoff, if set.
    public var team: String?

    public init(name: String, phrases: [String], priority: PriorityLevel? = nil, handoff: Bool = false, team: String? = nil) {
        self.name = name
        self.phrases = phrases
        self.priority = priority
        self.handoff = handoff
        self.team = team
    }
}

/// Frustration signals: phrases that raise priority by some steps.
public struct FrustrationPolicy: Sendable, Hashable {
    /// Phrases matched case-insensitively at word boundaries.
    public var phrases: [String] = []
    /// Priority steps added when any phrase matches. The default is 1.
    public var raiseBy: Int = 1
    public init(phrases: [String] = [], raiseBy: Int = 1) {
        self.phrases = phrases
        self.raiseBy = raiseBy
    }
}

/// Repeat contact: customers writing again without a resolution get a higher priority.
public struct RepeatContactPolicy: Sendable, Hashable {
    /// Earlier customer messages in the thread needed to trigger. The default is 2.
    public var minPrevious: Int = 2
    /// Priority steps added. The default is 1.
    public var raiseBy: Int = 1
    public init(minPrevious: Int = 2, raiseBy: Int = 1) {
        self.minPrevious = minPrevious
        self.raiseBy = raiseBy
    }
}

/// Everything that raises priority or forces a handoff.
public struct EscalationPolicy: Sendable, Hashable {
    /// Phrase rules, in workspace order.
    public var rules: [EscalationRule] = []
    /// Customer tier → minimum priority.
    public var tiers: [String: PriorityLevel] = [:]
    /// Frustration signals.
    public var frustration: FrustrationPolicy = FrustrationPolicy()
    /// Repeat-contact rule, if configured.
    public var repeatContact: RepeatContactPolicy?

    public init(rules: [EscalationRule] = [], tiers: [String: PriorityLevel] = [:],
                frustration: FrustrationPolicy = FrustrationPolicy(), repeatContact: RepeatContactPolicy? = nil) {
        self.rules = rules
        self.tiers = tiers
        self.frustration = frustration
        self.repeatContact = repeatContact
    }
}
