/// The headline decision metrics of two runs side by side (`triage eval resolve --set …`): the unchanged
/// policy (`base`) and the changed one, with `delta = changed − base`.
public struct MetricDeltas: Sendable, Hashable, Codable {
    public struct Delta: Sendable, Hashable, Codable {
        public var base: Double
        public var changed: Double
        public var delta: Double
    }

    /// The settings applied.
    public var settings: [String]
    /// Metric name → values.
    public var metrics: [String: Delta]
    /// Gold ids whose decision changed action, in order.
    public var changedCases: [String]

    enum CodingKeys: String, CodingKey {
        case settings, metrics
        case changedCases = "changed_cases"
    }

    /// Compares two evaluations of the same gold set.
    public init(settings: [String], base: DecisionMetrics, changed: DecisionMetrics, baseCases: [DecisionCase] = [], changedCases: [DecisionCase] = []) {
        self.settings = settings
        let pairs: [(String, KeyPath<DecisionMetrics, Double>)] = [
            ("action_accuracy", \.actionAccuracy), ("decision_accuracy", \.decisionAccuracy),
            ("false_answer_rate", \.falseAnswerRate), ("ask_field_precision", \.askFieldPrecision),
            ("ask_field_recall", \.askFieldRecall), ("handoff_team_accuracy", \.handoffTeamAccuracy),
            ("autonomous_resolution_rate", \.autonomousResolutionRate), ("deflection_rate", \.deflectionRate),
        ]
        var m: [String: Delta] = [:]
        for (name, path) in pairs {
            m[name] = Delta(base: base[keyPath: path], changed: changed[keyPath: path], delta: changed[keyPath: path] - base[keyPath: path])
        }
        for action in ["answer", "ask", "handoff"] {
            let b = base.actionShares[action] ?? 0, c = changed.actionShares[action] ?? 0
            m["\(action)_share"] = Delta(base: b, changed: c, delta: c - b)
        }
        metrics = m
        var changedIDs: [String] = []
        for (a, b) in zip(baseCases, changedCases) where a.id == b.id && a.decision.action != b.decision.action {
            changedIDs.append(a.id)
        }
        self.changedCases = changedIDs
    }
}
