import TriagePlanner

/// Everything `triage eval resolve` reports for one run over a gold set: decision metrics, the intent
/// classification report (gold intent against the decision's intent; out-of-scope on either side is the label
/// ``DecisionMetrics/outOfScopeKey``), and every wrong decision with its explanation.
public struct DecisionEvaluation: Sendable, Hashable, Codable {
    /// Operating metrics.
    public var decisions: DecisionMetrics
    /// Intent classification report with confidences (calibration, risk–coverage).
    public var intents: ClassificationReport
    /// Wrong decisions, in input order.
    public var errors: [DecisionError]

    /// One wrong decision.
    public struct DecisionError: Sendable, Hashable, Codable {
        public var id: String
        public var expectedAction: String
        public var action: String
        public var expectedIntent: String?
        public var intent: String?
        public var confidence: Double
        /// What is wrong, in words.
        public var error: String
        /// The planner rule that fired.
        public var rule: String

        enum CodingKeys: String, CodingKey {
            case id, action, intent, confidence, error, rule
            case expectedAction = "expected_action", expectedIntent = "expected_intent"
        }
    }

    /// Scores the cases.
    public init(cases: [DecisionCase]) {
        decisions = DecisionMetrics(cases: cases)
        let key = DecisionMetrics.outOfScopeKey
        intents = ClassificationReport(
            gold: cases.map { $0.expected.intent ?? key },
            predicted: cases.map { $0.decision.intent.inScope ? ($0.decision.intent.label ?? key) : key },
            confidence: cases.map(\.decision.intent.confidence))
        errors = cases.compactMap { c in
            guard let message = c.error else { return nil }
            return DecisionError(id: c.id, expectedAction: c.expected.action.rawValue, action: c.decision.action.rawValue,
                                 expectedIntent: c.expected.intent, intent: c.decision.intent.label,
                                 confidence: c.decision.intent.confidence, error: message, rule: c.decision.explanation.rule)
        }
    }
}
