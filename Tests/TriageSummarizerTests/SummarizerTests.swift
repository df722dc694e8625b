import Foundation
import Testing
import TriageSummarizer

/// Builds a short chat thread from `(role, text)` pairs; message ids are 1-based.
func chat(_ turns: [(SpeakerRole, String)]) -> [SummaryMessage] {
    turns.enumerated().map { SummaryMessage(id: String($0.offset + 1), role: $0.element.0, text: $0.element.1) }
}

@Suite struct SummarizerTests {
    @Test func emptyInputYieldsEmptySummary() {
        let s = Summarizer()
        #expect(s.summarize([]).lines.isEmpty)
        #expect(s.summarize([]).units.isEmpty)
        let blank = s.summarize(chat([(.customer, "   \n\n  ")]))
        #expect(blank.lines.isEmpty && blank.units.isEmpty)
    }

    @Test func oneUnitIsReturned() {
        let summary = Summarizer().summarize(chat([(.customer, "My invoice INV-2291 was charged twice.")]))
        #expect(summary.lines.map(\.text) == ["My invoice INV-2291 was charged twice."])
        #expect(summary.lines.first?.messageID == "1")
    }

    @Test func unitsWithNoWordsAreKeptButNeverSelected() {
        let summary = Summarizer().summarize(chat([(.customer, "..."), (.agent, "???"), (.customer, "!!!")]))
        #expect(summary.lines.isEmpty)
        #expect(summary.units.count == 3)
        let mixed = Summarizer().summarize(chat([(.customer, "..."), (.agent, "The refund was issued today."), (.customer, "?!")]))
        #expect(mixed.lines.map(\.messageID) == ["2"])
    }

    @Test func onlySocialOrQuotedTextYieldsEmptySummary() {
        let summary = Summarizer().summarize(chat([
            (.customer, "Hi team,"), (.agent, "Thanks!"),
            (.customer, "On Mon, Nov 2, 2026 at 9:00 AM Ana <ana@example.com> wrote:\n> The export fails with E4012."),
        ]))
        #expect(summary.lines.isEmpty)
        #expect(Set(summary.units.map(\.kind)) == [.greeting, .signOff, .quoted])
    }

    @Test func outputIsInThreadOrderAndDeterministic() {
        var turns: [(SpeakerRole, String)] = []
        for i in 0..<30 {
            turns.append((i % 2 == 0 ? .customer : .agent,
                          "Message \(i) about the payroll export error E4012 and shift \(i % 7) for site \(i % 3)."))
        }
        var options = SummarizerOptions()
        options.maxUnits = 5
        let a = Summarizer(options: options).summarize(chat(turns))
        let b = Summarizer(options: options).summarize(chat(turns))
        #expect(a == b)
        #expect(a.lines.count == 5)
        let order = a.lines.map(\.unit.index)
        #expect(order == order.sorted())
    }

    @Test func tenThousandUnitsFinishInBoundedTime() {
        var turns: [(SpeakerRole, String)] = []
        let words = ["export", "payroll", "shift", "refund", "invoice", "schedule", "error", "site", "night", "app"]
        for i in 0..<10_000 {
            let a = words[i % 10], b = words[(i / 10) % 10], c = words[(i / 100) % 10]
            turns.append((i % 3 == 0 ? .agent : .customer, "The \(a) and \(b) need \(c) checks for case \(i)."))
        }
        let clock = ContinuousClock()
        var summary: Summary?
        let elapsed = clock.measure { summary = Summarizer().summarize(chat(turns)) }
        #expect(summary?.units.count == 10_000)
        #expect(summary?.lines.count == 3)
        #expect(summary?.method == .centroid)
        #expect(elapsed < .seconds(60))
        // Below the graph limit, the capped graph is used and still finishes.
        var options = SummarizerOptions()
        options.maxGraphUnits = 20_000
        let graphElapsed = clock.measure { summary = Summarizer(options: options).summarize(chat(turns)) }
        #expect(summary?.method == .lexRank)
        #expect(graphElapsed < .seconds(120))
    }

    @Test func redundantUnitsAreNotBothSelected() {
        var options = SummarizerOptions()
        options.maxUnits = 2
        let summary = Summarizer(options: options).summarize(chat([
            (.customer, "The payroll export fails with error E4012 every time."),
            (.customer, "The payroll export fails with error E4012 every single time."),
            (.agent, "Engineering scheduled the fix for release 5.3.2 on December 3."),
        ]))
        #expect(summary.lines.map(\.messageID).contains("3"))
    }

    @Test func botAndSystemUnitsWeighLess() {
        var options = SummarizerOptions()
        options.maxUnits = 1
        let text = "The payroll export fails with error E4012 for Wichita."
        let summary = Summarizer(options: options).summarize([
            SummaryMessage(id: "s", role: .system, text: text),
            SummaryMessage(id: "c", role: .customer, text: text),
        ])
        #expect(summary.lines.map(\.messageID) == ["c"])
    }

    @Test func optionsDecodeWithDefaultsForAbsentKeys() throws {
        let json = Data(#"{"maxUnits": 4, "weights": {"position": 0.9}}"#.utf8)
        let options = try JSONDecoder().decode(SummarizerOptions.self, from: json)
        #expect(options.maxUnits == 4)
        #expect(options.weights.position == 0.9)
        #expect(options.weights.centrality == ScoreWeights().centrality)
        #expect(options.mmrLambda == SummarizerOptions().mmrLambda)
    }
}
