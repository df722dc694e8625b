/// What raised a ticket's priority and whether an escalation forces a handoff.
public struct PriorityAssessment: Sendable, Hashable {
    /// The final level.
    public var level: PriorityLevel
    /// Every reason, in the order applied (base first).
    public var reasons: [PriorityReason]
    /// Escalation rules whose phrases matched, in workspace order.
    public var firedRules: [EscalationRule]

    /// Whether a fired rule forces a handoff.
    public var forcesHandoff: Bool { firedRules.contains(where: \.handoff) }
    /// The team of the first fired handoff rule (in workspace order), if it names one.
    public var handoffTeam: String? { handoffRule?.team }
    /// The first fired handoff rule.
    public var handoffRule: EscalationRule? { firedRules.first(where: \.handoff) }

    public init(level: PriorityLevel, reasons: [PriorityReason], firedRules: [EscalationRule]) {
        self.level = level
        self.reasons = reasons
        self.firedRules = firedRules
    }

    /// As the Decision's priority section.
    public var section: Decision.Priority { Decision.Priority(level: level, reasons: reasons) }
}

/// Sets priority: the intent's base level, raised by escalation phrase rules, the customer's tier,
/// frustration phrases and repeat contact. Levels only go up; each change is recorded as a reason.
public struct PriorityAssessor: Sendable {
    /// The escalation policy.
    public let policy: EscalationPolicy
    /// Every rule's phrases, then the frustration phrases, in one matcher: the text is scanned once.
    private let matcher: PhraseMatcher
    /// The phrase indices of each rule in ``matcher``; the frustration phrases follow the last rule's.
    private let ruleRanges: [Range<Int>]

    public init(policy: EscalationPolicy) {
        self.policy = policy
        var phrases: [String] = []
        var ranges: [Range<Int>] = []
        for rule in policy.rules {
            ranges.append(phrases.count..<(phrases.count + rule.phrases.count))
            phrases += rule.phrases
        }
        phrases += policy.frustration.phrases
        self.matcher = PhraseMatcher(phrases: phrases)
        self.ruleRanges = ranges
    }

    /// Assesses a ticket.
    ///
    /// - Parameters:
    ///   - base: The intent's base priority (or the workspace default).
    ///   - text: The customer's text (subject and customer messages).
    ///   - tier: The customer's tier, if known (matched case-insensitively).
    ///   - previousCustomerMessages: Customer messages before the latest one in this thread (or earlier
    ///     unresolved contacts the caller knows of).
    ///   - ticketPriority: A priority the ticket arrived with; it acts as a floor.
    /// - Complexity: O(*n* · *p*) for *n* bytes of text and *p* phrases.
    public func assess(base: PriorityLevel, text: String, tier: String? = nil, previousCustomerMessages: Int = 0,
                       ticketPriority: PriorityLevel? = nil) -> PriorityAssessment {
        var level = base
        var reasons = [PriorityReason(code: .base, detail: "intent", from: nil, to: base)]
        var fired: [EscalationRule] = []
        func raise(to target: PriorityLevel, _ code: PriorityReason.Code, _ detail: String) {
            let from = level
            if target > level { level = target }
            reasons.append(PriorityReason(code: code, detail: detail, from: from, to: level))
        }
        if let ticketPriority, ticketPriority > level { raise(to: ticketPriority, .ticket, ticketPriority.rawValue) }
        // Matches come in phrase order, so a rule's first match is its first listed phrase found.
        let hits = matcher.matches(inFolded: PhraseMatcher.fold(text))
        for (rule, range) in zip(policy.rules, ruleRanges) {
            guard let first = hits.first(where: { range.contains($0.phraseIndex) }) else { continue }
            fired.append(rule)
            raise(to: rule.priority ?? level, .escalationRule, "\(rule.name): \"\(first.phrase)\"")
        }
        if let tier, let minimum = policy.tiers[tier.lowercased()], minimum > level {
            raise(to: minimum, .tier, tier.lowercased())
        }
        let frustrationStart = ruleRanges.last?.upperBound ?? 0
        if policy.frustration.raiseBy > 0, let hit = hits.first(where: { $0.phraseIndex >= frustrationStart }) {
            raise(to: level.raised(by: policy.frustration.raiseBy), .frustration, "\"\(hit.phrase)\"")
        }
        if let rule = policy.repeatContact, rule.raiseBy > 0, previousCustomerMessages >= rule.minPrevious {
            raise(to: level.raised(by: rule.raiseBy), .repeatContact, "\(previousCustomerMessages) earlier customer messages")
        }
        return PriorityAssessment(level: level, reasons: reasons, firedRules: fired)
    }
}
