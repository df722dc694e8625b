/// Why a decision came out as it did.
public struct Explanation: Sendable, Hashable, Codable {
    /// One threshold comparison the planner made.
    public struct ThresholdCheck: Sendable, Hashable, Codable {
        /// What was compared (`intent_confidence`, `relevance_floor`, `margin`).
        public var name: String
        /// The observed value.
        public var value: Double
        /// The threshold.
        public var threshold: Double
        /// Whether the check passed.
        public var passed: Bool
        public init(name: String, value: Double, threshold: Double, passed: Bool) {
            self.name = name
            self.value = value
            self.threshold = threshold
            self.passed = passed
        }
    }

    /// Terms that drove the intent prediction, strongest first.
    public var terms: [TermWeight]
    /// The planner rule that decided the action (`answer.all_conditions_met`, `handoff.escalation.outage`…).
    public var rule: String
    /// The thresholds compared, in evaluation order.
    public var thresholds: [ThresholdCheck]

    /// The rule, the thresholds and the intent's driving terms; each retrieved document's matched terms are in
    /// the decision's evidence (``EvidenceDocument/matchedTerms``), not repeated here.
    public init(terms: [TermWeight] = [], rule: String, thresholds: [ThresholdCheck] = []) {
        self.terms = terms
        self.rule = rule
        self.thresholds = thresholds
    }
}
