import TriagePlanner

/// One gold case scored: what gold expects and what the engine decided.
public struct DecisionCase: Sendable, Hashable {
    /// The gold case id (`G-001`) or ticket id.
    public var id: String
    /// The expected decision.
    public var expected: GoldExpectation
    /// The engine's decision.
    public var decision: Decision

    public init(id: String, expected: GoldExpectation, decision: Decision) {
        self.id = id
        self.expected = expected
        self.decision = decision
    }

    /// The fields the decision asks for (empty unless it asks).
    public var askedFields: Set<String> { decision.action == .ask ? Set(decision.ask?.fields ?? []) : [] }
    /// The fields gold asks for (empty unless gold asks).
    public var expectedFields: Set<String> { expected.action == .ask ? Set(expected.askFields) : [] }
    /// The article the answer cites first, if it answers.
    public var citedArticle: String? { decision.action == .answer ? decision.answer?.citations.first?.articleID : nil }

    /// Answered although gold says ask or hand off.
    public var isFalseAnswer: Bool { decision.action == .answer && expected.action != .answer }

    /// Answered where gold answers, citing the gold article when gold names one.
    public var isCorrectAnswer: Bool {
        guard decision.action == .answer, expected.action == .answer else { return false }
        guard let article = expected.article else { return true }
        return decision.answer?.citations.contains { $0.articleID == article } ?? false
    }

    /// The whole decision is right: action, and for the action its key detail (team, fields, article).
    public var isCorrect: Bool {
        guard decision.action == expected.action else { return false }
        switch expected.action {
        case .answer: return isCorrectAnswer
        case .ask: return askedFields == expectedFields
        case .handoff: return expected.team == nil || decision.handoff?.team == expected.team
        }
    }

    /// A one-line explanation of what is wrong, or `nil` when ``isCorrect``.
    public var error: String? {
        if isCorrect { return nil }
        let got = decision.action.rawValue, want = expected.action.rawValue
        if decision.action != expected.action {
            return "expected \(want), got \(got) (rule \(decision.explanation.rule))"
        }
        switch expected.action {
        case .answer:
            return "answered citing \(citedArticle ?? "nothing"), expected \(expected.article ?? "-")"
        case .ask:
            return "asked for \(askedFields.sorted()), expected \(expectedFields.sorted())"
        case .handoff:
            return "handed off to \(decision.handoff?.team ?? "-"), expected \(expected.team ?? "-")"
        }
    }
}
