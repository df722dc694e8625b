import TriagePlanner

/// Operating metrics of decisions against gold expectations (DESIGN.md §4, "Decisions").
///
/// Definitions (n = all scored cases):
/// - **action accuracy**: share of cases whose action equals gold's.
/// - **decision accuracy**: share of cases fully right: the action and, for it, the cited article (answer),
///   the exact set of fields (ask) or the team (handoff).
/// - **false-answer rate**: cases answered although gold says ask or hand off, over the cases where gold says
///   ask or hand off (the costly error; 0 when gold never says so). ``falseAnswerShare`` divides the same
///   count by all n cases instead.
/// - **ask-field precision / recall**: micro-averaged over all cases; a case contributes the fields it asks
///   for (only when it asks) against the fields gold asks for (only when gold asks). 1 when there is nothing
///   to count.
/// - **handoff-team accuracy**: over gold handoff cases naming a team, the share handed off to that team.
/// - **autonomous resolution rate**: share of all cases closed with no person involved and correctly: answered
///   where gold answers, citing gold's article when gold names one.
/// - **deflection rate**: share of all cases that did not reach a person: answered or asked (the customer gets
///   an immediate reply either way), right or wrong. Read it next to the false-answer rate.
/// - **per-intent risk–coverage**: for each gold intent (out-of-scope cases under ``outOfScopeKey``), coverage
///   is the share of its cases answered automatically and risk the share of those answers that are wrong.
///   ``riskCoverage`` is the global curve obtained by answering only above a confidence threshold.
public struct DecisionMetrics: Sendable, Hashable, Codable {
    public var count: Int
    public var actionAccuracy: Double
    public var decisionAccuracy: Double
    /// Intent accuracy over gold cases with an intent.
    public var intentAccuracy: Double
    public var falseAnswers: Int
    public var falseAnswerRate: Double
    public var falseAnswerShare: Double
    public var askFieldPrecision: Double
    public var askFieldRecall: Double
    public var handoffTeamAccuracy: Double
    public var autonomousResolutionRate: Double
    public var deflectionRate: Double
    /// Share of cases per decided action (`answer`, `ask`, `handoff`).
    public var actionShares: [String: Double]
    /// `actionConfusion[gold action][decided action]` counts.
    public var actionConfusion: [String: [String: Int]]
    /// Handoff counts by reason code.
    public var handoffReasons: [String: Int]
    /// Per gold intent.
    public var perIntent: [String: IntentDecisionMetrics]
    /// Coverage (answered share) and risk (wrong-answer share) when answering only at or above a confidence.
    public var riskCoverage: [RiskCoverage]

    /// The key under which out-of-scope gold cases are grouped in ``perIntent``.
    public static let outOfScopeKey = "(out_of_scope)"

    enum CodingKeys: String, CodingKey {
        case count
        case actionAccuracy = "action_accuracy", decisionAccuracy = "decision_accuracy"
        case intentAccuracy = "intent_accuracy", falseAnswers = "false_answers"
        case falseAnswerRate = "false_answer_rate", falseAnswerShare = "false_answer_share"
        case askFieldPrecision = "ask_field_precision", askFieldRecall = "ask_field_recall"
        case handoffTeamAccuracy = "handoff_team_accuracy", autonomousResolutionRate = "autonomous_resolution_rate"
        case deflectionRate = "deflection_rate", actionShares = "action_shares", actionConfusion = "action_confusion"
        case handoffReasons = "handoff_reasons", perIntent = "per_intent", riskCoverage = "risk_coverage"
    }

    /// One gold intent's decisions.
    public struct IntentDecisionMetrics: Sendable, Hashable, Codable {
        public var cases: Int
        public var actionAccuracy: Double
        public var answered: Int
        public var correctAnswers: Int
        public var falseAnswers: Int
        /// Answered share of this intent's cases.
        public var coverage: Double
        /// Wrong share of this intent's answers (0 when none answered).
        public var risk: Double

        enum CodingKeys: String, CodingKey {
            case cases, answered, coverage, risk
            case actionAccuracy = "action_accuracy", correctAnswers = "correct_answers", falseAnswers = "false_answers"
        }
    }

    /// A point of the decision risk–coverage curve.
    public struct RiskCoverage: Sendable, Hashable, Codable {
        public var threshold: Double
        public var coverage: Double
        public var risk: Double
    }

    /// Scores `cases`. An empty list gives zero counts and rates of 0 (and precision/recall of 1).
    public init(cases: [DecisionCase]) {
        let n = cases.count
        let total = Double(max(n, 1))
        func share(_ k: Int) -> Double { Double(k) / total }
        count = n
        actionAccuracy = share(cases.filter { $0.decision.action == $0.expected.action }.count)
        decisionAccuracy = share(cases.filter(\.isCorrect).count)
        let withIntent = cases.filter { $0.expected.intent != nil }
        intentAccuracy = withIntent.isEmpty ? 0 : Double(withIntent.filter { $0.decision.intent.label == $0.expected.intent }.count) / Double(withIntent.count)
        falseAnswers = cases.filter(\.isFalseAnswer).count
        falseAnswerShare = share(falseAnswers)
        let nonAnswers = cases.filter { $0.expected.action != .answer }.count
        falseAnswerRate = nonAnswers == 0 ? 0 : Double(falseAnswers) / Double(nonAnswers)
        var tp = 0, fp = 0, fn = 0
        for c in cases {
            let got = c.askedFields, want = c.expectedFields
            tp += got.intersection(want).count
            fp += got.subtracting(want).count
            fn += want.subtracting(got).count
        }
        askFieldPrecision = tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp)
        askFieldRecall = tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn)
        let teamCases = cases.filter { $0.expected.action == .handoff && $0.expected.team != nil }
        handoffTeamAccuracy = teamCases.isEmpty ? 0 : Double(teamCases.filter {
            $0.decision.action == .handoff && $0.decision.handoff?.team == $0.expected.team
        }.count) / Double(teamCases.count)
        autonomousResolutionRate = share(cases.filter(\.isCorrectAnswer).count)
        deflectionRate = share(cases.filter { $0.decision.action != .handoff }.count)
        var shares: [String: Double] = [:], confusion: [String: [String: Int]] = [:]
        for a in DecisionAction.allCases {
            shares[a.rawValue] = share(cases.filter { $0.decision.action == a }.count)
            var row: [String: Int] = [:]
            for b in DecisionAction.allCases {
                row[b.rawValue] = cases.filter { $0.expected.action == a && $0.decision.action == b }.count
            }
            confusion[a.rawValue] = row
        }
        actionShares = shares
        actionConfusion = confusion
        var reasons: [String: Int] = [:]
        for c in cases where c.decision.action == .handoff {
            reasons[c.decision.handoff?.reason.rawValue ?? "unknown", default: 0] += 1
        }
        handoffReasons = reasons
        var groups: [String: [DecisionCase]] = [:]
        for c in cases { groups[c.expected.intent ?? Self.outOfScopeKey, default: []].append(c) }
        perIntent = groups.mapValues { group in
            let answered = group.filter { $0.decision.action == .answer }.count
            let correct = group.filter(\.isCorrectAnswer).count
            return IntentDecisionMetrics(
                cases: group.count,
                actionAccuracy: Double(group.filter { $0.decision.action == $0.expected.action }.count) / Double(group.count),
                answered: answered, correctAnswers: correct, falseAnswers: group.filter(\.isFalseAnswer).count,
                coverage: Double(answered) / Double(group.count),
                risk: answered == 0 ? 0 : Double(answered - correct) / Double(answered))
        }
        riskCoverage = Self.curve(cases)
    }

    /// Thresholds at every distinct confidence of an answered case, highest first.
    static func curve(_ cases: [DecisionCase]) -> [RiskCoverage] {
        let answered = cases.filter { $0.decision.action == .answer }
            .sorted { ($0.decision.intent.confidence, $1.id) > ($1.decision.intent.confidence, $0.id) }
        guard !cases.isEmpty else { return [] }
        var out: [RiskCoverage] = []
        var wrong = 0, k = 0
        while k < answered.count {
            let t = answered[k].decision.intent.confidence
            while k < answered.count && answered[k].decision.intent.confidence == t {
                if !answered[k].isCorrectAnswer { wrong += 1 }
                k += 1
            }
            out.append(RiskCoverage(threshold: t, coverage: Double(k) / Double(cases.count), risk: Double(wrong) / Double(k)))
        }
        return out
    }
}
