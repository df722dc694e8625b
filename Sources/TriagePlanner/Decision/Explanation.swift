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

    /// The matched terms of one retrieved document.
    public struct EvidenceMatch: Sendable, Hashable, Codable {
        public var documentID: String
        public var terms: [TermWeight]
        enum CodingKeys: String, CodingKey {
            case terms
            case documentID = "document_id"
        }
        public init(documentID: String, terms: [TermWeight]) {
            self.documentID = documentID
            self.terms = terms
        }
    }

    /// Terms that drove the intent prediction, strongest first.
    public var terms: [TermWeight]
    /// Per-document matched terms.
    public var evidenceMatches: [EvidenceMatch]
    /// The planner rule that decided the action (`answer.all_conditions_met`, `handoff.escalation.outage`…).
    public var rule: String
    /// The thresholds compared, in evaluation order.
    public var thresholds: [ThresholdCheck]

    enum CodingKeys: String, CodingKey {
        case terms, rule, thresholds
        case evidenceMatches = "evidence_matches"
    }

    public init(terms: [TermWeight] = [], evidenceMatches: [EvidenceMatch] = [], rule: String, thresholds: [ThresholdCheck] = []) {
        self.terms = terms
        self.evidenceMatches = evidenceMatches
        self.rule = rule
        self.thresholds = thresholds
    }
}
