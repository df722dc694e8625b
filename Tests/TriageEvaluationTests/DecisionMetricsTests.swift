import Foundation
import Testing
import TriageEvaluation
import TriagePlanner
import TriageTickets

/// A decision with just the parts the metrics read.
func decision(_ id: String, _ action: DecisionAction, intent: String?, confidence: Double = 0.9, team: String? = nil,
              fields: [String] = [], article: String? = nil, reason: HandoffReason = .policy) -> Decision {
    Decision(
        ticketID: id, action: action,
        intent: .init(label: intent, confidence: confidence, inScope: intent != nil),
        priority: .init(level: .normal), fields: .init(),
        answer: action == .answer ? .init(text: "reply", citations: article.map { [Citation(articleID: $0, title: $0)] } ?? []) : nil,
        ask: action == .ask ? .init(fields: fields, text: "please send") : nil,
        handoff: action == .handoff ? .init(team: team ?? "support", reason: reason) : nil,
        sla: .init(firstResponseDue: "2026-11-30T09:00:00Z", resolutionDue: "2026-12-01T09:00:00Z"),
        explanation: .init(rule: "test.rule"), model: .init(id: "m", sha256: "0"))
}

@Suite struct DecisionMetricsTests {
    static let cases: [DecisionCase] = [
        // right answer, right article
        DecisionCase(id: "G1", expected: .init(action: .answer, intent: "refund", article: "kb-refund"),
                     decision: decision("G1", .answer, intent: "refund", confidence: 0.95, article: "kb-refund")),
        // answer citing the wrong article
        DecisionCase(id: "G2", expected: .init(action: .answer, intent: "refund", article: "kb-refund"),
                     decision: decision("G2", .answer, intent: "refund", confidence: 0.80, article: "kb-other")),
        // false answer (gold asks)
        DecisionCase(id: "G3", expected: .init(action: .ask, intent: "refund", askFields: ["order_id"]),
                     decision: decision("G3", .answer, intent: "refund", confidence: 0.70, article: "kb-refund")),
        // ask with one extra field
        DecisionCase(id: "G4", expected: .init(action: .ask, intent: "login", askFields: ["email"]),
                     decision: decision("G4", .ask, intent: "login", fields: ["email", "phone"])),
        // handoff right team
        DecisionCase(id: "G5", expected: .init(action: .handoff, intent: "outage", team: "incident-response"),
                     decision: decision("G5", .handoff, intent: "outage", team: "incident-response", reason: .escalation)),
        // handoff wrong team
        DecisionCase(id: "G6", expected: .init(action: .handoff, intent: nil, team: "support"),
                     decision: decision("G6", .handoff, intent: nil, team: "billing", reason: .outOfScope)),
    ]

    @Test func definitionsOnHandBuiltCases() {
        let m = DecisionMetrics(cases: Self.cases)
        #expect(m.count == 6)
        #expect(abs(m.actionAccuracy - 5.0 / 6) < 1e-12)           // only G3 has the wrong action
        #expect(m.falseAnswers == 1)
        #expect(abs(m.falseAnswerShare - 1.0 / 6) < 1e-12)
        #expect(abs(m.falseAnswerRate - 1.0 / 4) < 1e-12)
        #expect(abs(m.askFieldPrecision - 0.5) < 1e-12)             // asked {email, phone}, gold {email}
        #expect(abs(m.askFieldRecall - 0.5) < 1e-12)                // gold G3 {order_id} not asked
        #expect(abs(m.handoffTeamAccuracy - 0.5) < 1e-12)
        #expect(abs(m.autonomousResolutionRate - 1.0 / 6) < 1e-12)
        #expect(abs(m.deflectionRate - 4.0 / 6) < 1e-12)
        #expect(abs(m.decisionAccuracy - 2.0 / 6) < 1e-12)
        #expect(m.handoffReasons == ["escalation": 1, "out_of_scope": 1])
        #expect(m.perIntent["refund"]?.answered == 3)
        #expect(m.perIntent["refund"]?.correctAnswers == 1)
        #expect(abs((m.perIntent["refund"]?.risk ?? 0) - 2.0 / 3) < 1e-12)
        #expect(m.perIntent[DecisionMetrics.outOfScopeKey]?.cases == 1)
        // Curve: thresholds 0.95, 0.80, 0.70 → coverage 1/6, 2/6, 3/6; risk 0, 1/2, 2/3.
        #expect(m.riskCoverage.map(\.threshold) == [0.95, 0.80, 0.70])
        #expect(abs((m.riskCoverage.last?.risk ?? 0) - 2.0 / 3) < 1e-12)
    }

    @Test func evaluationJSONIsStableAndListsErrors() throws {
        let e = DecisionEvaluation(cases: Self.cases)
        #expect(e.errors.map(\.id) == ["G2", "G3", "G4", "G6"])
        let a = try EvaluationJSON.string(e), b = try EvaluationJSON.string(DecisionEvaluation(cases: Self.cases))
        #expect(a == b)
        #expect(a.contains("\"false_answer_rate\":0.250000") && a.contains("\"false_answer_share\":0.166667"))
        #expect(a.contains("\"confused_with\""))
        let empty = DecisionMetrics(cases: [])
        #expect(empty.count == 0 && empty.actionAccuracy == 0 && empty.riskCoverage.isEmpty)
    }
}

/// A gold file written for another workspace names intents this one lacks: they are listed (the CLI refuses to
/// score them silently as misses); out-of-scope cases (no intent) are never listed.
@Suite struct GoldUnknownIntentTests {
    @Test func listsOnlyUndeclaredIntents() {
        let ticket = Ticket(id: "T-1", messages: [Message(text: "hi")])
        let gold = [
            GoldCase(id: "G-1", ticket: ticket, expected: GoldExpectation(action: .answer, intent: "billing_refund")),
            GoldCase(id: "G-2", ticket: ticket, expected: GoldExpectation(action: .handoff, intent: "refunds")),
            GoldCase(id: "G-3", ticket: ticket, expected: GoldExpectation(action: .handoff)),
        ]
        let unknown = GoldRun.unknownIntents(gold, intents: ["billing_refund"])
        #expect(unknown.map(\.id) == ["G-2"] && unknown.map(\.intent) == ["refunds"])
        #expect(GoldRun.unknownIntents(gold, intents: ["billing_refund", "refunds"]).isEmpty)
    }
}
