import Foundation
import Testing
import TriageEvaluation
import TriagePlanner

@Suite struct TrendReportTests {
    /// Four weeks of decisions; `refund` rises in the last week, `outage` is always handed off.
    func log() throws -> URL {
        var lines: [String] = []
        var n = 0
        for week in 0..<4 {
            for day in 0..<5 {
                let date = String(format: "2026-11-%02dT10:00:00Z", 2 + week * 7 + day)
                let refunds = week == 3 ? 6 : 1
                for _ in 0..<refunds {
                    n += 1
                    var d = decision("T\(n)", .answer, intent: "refund", article: "kb-refund")
                    d.sla = .init(firstResponseDue: date, resolutionDue: date)
                    lines.append(try d.jsonString())
                }
                n += 1
                var o = decision("T\(n)", .handoff, intent: "outage", team: "incident-response", reason: .escalation)
                o.sla = .init(firstResponseDue: date, resolutionDue: date)
                lines.append(try o.jsonString())
            }
        }
        lines.insert("not json at all", at: 3)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("trend-\(getpid()).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url
    }

    @Test func weeklyTrendsRisingAndHandoffs() throws {
        let url = try log()
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try TrendReport.read(url, by: .week)
        #expect(r.count == 15 + 30 + 20 && r.unreadableLines == 1 && r.unreadableLineNumbers == [4])
        #expect(r.periods.count == 4 && r.timeSources["sla.first_response_due"] == r.count)
        #expect(r.rising.first?.intent == "refund" && r.rising.first?.last == 30)
        #expect(r.handoffs.first?.intent == "outage" && r.handoffs.first?.share == 1 && r.handoffs.first?.reasons == ["escalation": 20])
        #expect(r.byTeam["incident-response"]?.values.reduce(0, +) == 20)
        #expect(abs((r.actionShares["handoff"] ?? 0) - 20.0 / Double(r.count)) < 1e-12)
        let daily = try TrendReport.read(url, by: .day)
        #expect(daily.periods.count == 20)
        let html = TrendHTMLReport(report: r).render()
        #expect(html.contains("aria-label=\"Volume by intent\"") && html.contains("aria-label=\"Action shares by period\"") && !html.contains("<script"))
    }

    @Test func missingAndEmptyLogs() throws {
        #expect(throws: TrendError.self) { try TrendReport.read(URL(fileURLWithPath: "/nonexistent/log.jsonl"), by: .day) }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("trend-empty-\(getpid()).jsonl")
        try Data().write(to: empty)
        defer { try? FileManager.default.removeItem(at: empty) }
        let r = try TrendReport.read(empty, by: .day)
        #expect(r.count == 0 && r.periods.isEmpty && r.rising.isEmpty)
    }
}

@Suite struct PolicyOverrideTests {
    @Test func parsesAndRejectsSettings() throws {
        let o = try PolicyOverride(parsing: "intents.refund.min_confidence=0.8")
        #expect(o.key == "intents.refund.min_confidence" && o.value == "0.8")
        #expect(throws: PolicyOverrideError.self) { try PolicyOverride(parsing: "no-equals") }
    }
}

@Suite struct PolicyOverrideApplyTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus")

    @Test func appliesToTheCorpusPolicyAndNamesBadSettings() throws {
        var policy = try Workspace.load(from: Self.corpus, options: .init(examples: false, priorTickets: false, gold: false)).policy
        let name = try #require(policy.intentNames.first)
        try PolicyOverride(parsing: "intents.\(name).min_confidence=0.85").apply(to: &policy)
        #expect(policy.intents[name]?.confidence == .minConfidence(0.85))
        try PolicyOverride(parsing: "intents.*.autonomy=never").apply(to: &policy)
        #expect(policy.intents.values.allSatisfy { $0.autonomy == .never })
        try PolicyOverride(parsing: "relevance_floor=0.5").apply(to: &policy)
        #expect(policy.relevanceFloor == 0.5)
        for bad in ["intents.no_such_intent.min_confidence=0.8", "intents.\(name).min_confidence=1.5",
                    "intents.\(name).colour=red", "thresholds.x=1", "intents.\(name).autonomy=sometimes"] {
            #expect(throws: PolicyOverrideError.self, "\(bad)") { try PolicyOverride(parsing: bad).apply(to: &policy) }
        }
    }
}
