import Foundation
import Testing
import TriageClassifier
import TriageEvaluation
import TriagePlanner
import TriageTickets

/// `triage eval intent --errors/--report`: wrong rows with their explanation, and the HTML report of the run.
@Suite struct IntentRunTests {
    static var corpus: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus")
    }

    @Test func wrongRowsCarryTheirExplanationAndTheReportHasEveryChart() throws {
        let workspace = try Workspace.load(from: Self.corpus, options: .init(examples: true, priorTickets: false, gold: true))
        // Train on every other example; test on the rest plus the gold out-of-scope tickets.
        let examples = workspace.examples.map { LabeledExample(text: $0.text, label: $0.intent) }
        let train = examples.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        var test = examples.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let outOfScope = workspace.gold.filter { $0.expected.intent == nil }.map { LabeledExample(text: $0.intakeTicket.customerText, label: "not_a_workspace_intent") }
        #expect(outOfScope.count >= 30)
        test += outOfScope
        let model = try IntentClassifier.train(examples: train)
        let rows = IntentRun.rows(model: model, test: test, rejectOutOfScope: true)
        #expect(rows.count == test.count)
        #expect(rows.filter { $0.gold == IntentRun.outOfScopeLabel }.count == outOfScope.count)
        let wrong = rows.filter(\.isError)
        #expect(!wrong.isEmpty && wrong.count < rows.count / 3)
        #expect(wrong.allSatisfy { !$0.terms.isEmpty && !$0.hypotheses.isEmpty })
        #expect(rows.filter { !$0.isError }.allSatisfy { $0.terms.isEmpty })

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("triage-intent-run-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let errors = dir.appendingPathComponent("errors.jsonl")
        try IntentRun.writeErrors(rows, to: errors)
        let lines = try String(contentsOf: errors, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == wrong.count)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(first.keys) == ["row", "text", "gold", "predicted", "confidence", "hypotheses", "terms"])
        #expect(first["row"] as? Int == wrong[0].row)

        let report = IntentRun.report(rows)
        #expect(report.count == rows.count)
        #expect(abs(report.accuracy - Double(rows.count - wrong.count) / Double(rows.count)) < 1e-12)
        let html = HTMLReport(title: "Intent evaluation", classification: report).render()
        for chart in ["Confusion heatmap", "Reliability diagram", "Risk–coverage curve"] {
            #expect(html.contains("aria-label=\"\(chart)\""), "missing \(chart)")
        }
    }
}
