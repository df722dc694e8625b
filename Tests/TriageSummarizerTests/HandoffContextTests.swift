import Foundation
import Testing
import TriageSummarizer
import TriageText

/// `Summarizer.handoffContext` must equal `supportSummary` + `bugReport` exactly, on real threads.
@Suite struct HandoffContextTests {
    static func encoded<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }

    /// Checks one thread; returns whether the two unit lists coincided (the shared path).
    @discardableResult
    static func expectSame(_ s: Summarizer, _ messages: [SummaryMessage], layout: SupportLayoutOptions = .init(),
                           _ comment: Comment? = nil) throws -> Bool {
        let context = s.handoffContext(messages, layout: layout)
        let support = s.supportSummary(messages, layout: layout)
        let bug = s.bugReport(messages)
        #expect(context.supportSummary == support, comment)
        #expect(context.bugReport == bug, comment)
        #expect(try encoded(context.supportSummary) == encoded(support), comment)
        #expect(try encoded(context.bugReport) == encoded(bug), comment)
        // The segmenter's pair equals the cuts under its own granularity and under sentences.
        let own = UnitSegmenter(granularity: s.options.granularity, shortTurnWords: s.options.shortTurnWords)
        let pair = own.unitsWithSentences(of: messages)
        let sentences = UnitSegmenter(granularity: .sentences, shortTurnWords: s.options.shortTurnWords).units(of: messages)
        #expect(pair.units == own.units(of: messages), comment)
        #expect(pair.sentences == sentences, comment)
        #expect(pair.same == (pair.units == sentences), comment)
        return pair.same
    }

    static func dialogues() throws -> [[SummaryMessage]]? {
        guard let url = SharedData.url("dialogsum/dev.jsonl") else { return nil }
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try ThreadReader.read(try #require(object["dialogue"] as? String))
        }
    }

    /// DialogSum dev (500 dialogues, speaker-tagged turns): default options, then fixed granularities.
    @Test func equalsTheSeparateCallsOnDialogSumDev() throws {
        guard let threads = try Self.dialogues() else { return }
        #expect(threads.count == 500)
        let s = Summarizer()
        var shared = 0
        for (k, t) in threads.enumerated() {
            if try Self.expectSame(s, t, "dialogue \(k)") { shared += 1 }
        }
        // Both paths are exercised: some dialogues cut the same both ways, most do not.
        #expect(shared > 0 && shared < threads.count)
        var small = SupportLayoutOptions()
        small.issue = 1
        small.tried = 1
        small.status = 1
        small.openQuestions = 5
        for granularity in [UnitGranularity.turns, .sentences] {
            var options = SummarizerOptions()
            options.granularity = granularity
            let fixed = Summarizer(options: options)
            for (k, t) in threads.prefix(60).enumerated() {
                let same = try Self.expectSame(fixed, t, layout: small, "dialogue \(k), \(granularity)")
                if granularity == .sentences { #expect(same) }
            }
        }
    }

    /// Joined dialogues: each speaker's turns of a dialogue become one long message (over the short-turn
    /// limit, so split under both cuts) or stay short, mixed in one thread.
    @Test func equalsTheSeparateCallsOnMixedThreads() throws {
        guard let threads = try Self.dialogues() else { return }
        let s = Summarizer()
        var sameCount = 0
        for k in stride(from: 0, to: 200, by: 5) {
            var messages: [SummaryMessage] = []
            for (j, turn) in threads[k].enumerated() {
                let role: SpeakerRole = j % 2 == 0 ? .customer : .agent
                if j % 3 == 2, let last = messages.last {
                    // A longer message: the previous turn and this one, two paragraphs.
                    messages[messages.count - 1] = SummaryMessage(id: last.id, role: last.role,
                                                                  text: last.text + "\n\n" + turn.text)
                } else {
                    messages.append(SummaryMessage(id: "m\(j)", role: role, text: turn.text))
                }
            }
            if try Self.expectSame(s, messages, "joined \(k)") { sameCount += 1 }
        }
        #expect(sameCount < 40)
    }

    /// Hand-made threads: greetings, sign-offs, list items, quoted and signature fields, non-ASCII, blanks.
    @Test func equalsTheSeparateCallsOnBuiltThreads() throws {
        let threads: [[SummaryMessage]] = [
            [],
            chat([(.customer, "   \n\n  ")]),
            chat([(.customer, "The export fails with E4012 on version 2.3.1.")]),
            chat([(.customer, "Hi team,\nThe export fails with E4012. I tried restarting the app. It still crashes on iOS 17."),
                  (.agent, "Thanks for reporting. Could you tell us which device you use?"),
                  (.customer, "iPhone 13, app version 4.2.0. Steps:\n1. Open Reports\n2. Tap Export\n- then it shows a blank page\n\nBest regards,\nAna")]),
            [SummaryMessage(id: "a", role: .customer, speaker: "Ana", text: "Ana: My invoice INV-2291 was charged twice! Please refund it.",
                            quotedText: "> earlier text\n> more", signatureText: "Ana Lopez\nAcme Ltd."),
             SummaryMessage(id: "b", role: .agent, text: "The refund was issued today. It will be visible in 3–5 days. Anything else?"),
             SummaryMessage(id: "c", role: .bot, text: "Sent from my iPhone"),
             SummaryMessage(id: "d", role: .customer, text: "Café app: l’export échoue. Déjà réinstallé… rien ne change?")],
            chat([(.customer, String(repeating: "The payroll export for site 3 shows wrong hours after the update to 5.1. ", count: 6)),
                  (.agent, "We escalated it. Engineering is investigating."),
                  (.customer, "Any news? It is still broken.")]),
            chat([(.customer, "..."), (.agent, "???"), (.system, "Ticket assigned to tier 2. Priority high.")]),
        ]
        let s = Summarizer()
        var shared = 0
        for (k, t) in threads.enumerated() {
            if try Self.expectSame(s, t, "built \(k)") { shared += 1 }
        }
        #expect(shared >= 2)
        let fixture = try EmailThreadFixture.load()
        try Self.expectSame(s, fixture.messages, "e-mail fixture")
        var turns = SummarizerOptions()
        turns.granularity = .turns
        try Self.expectSame(Summarizer(options: turns), fixture.messages, "e-mail fixture, turns")
    }
}
