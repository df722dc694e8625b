import Foundation
import Testing
import TriageSummarizer

/// The 40-message e-mail thread in `Fixtures/email-thread-40.json`: a ticket whose messages carry
/// quoted history (`On … wrote:` with `>` lines, and Outlook `-----Original Message-----` blocks without
/// `>`), signatures (`-- `, sign-off blocks, `Sent from my iPhone`, a confidentiality footer), and, as an
/// extra key `fresh`, the text each author newly wrote (the ground truth for these tests).
struct EmailThreadFixture {
    let messages: [SummaryMessage]
    let fresh: [String: String]

    static func load() throws -> EmailThreadFixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/email-thread-40.json")
        let data = try Data(contentsOf: url)
        let messages = try ThreadReader.ticket(data, source: url.lastPathComponent)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let list = try #require(object["messages"] as? [[String: Any]])
        var fresh: [String: String] = [:]
        for m in list {
            if let id = m["id"] as? String, let f = m["fresh"] as? String { fresh[id] = f }
        }
        return EmailThreadFixture(messages: messages, fresh: fresh)
    }

    func message(_ id: String) -> SummaryMessage? { messages.first { $0.id == id } }

    /// The line is verbatim at its offsets in the cited message and inside what its author newly wrote.
    func citesCorrectly(_ line: SummaryLine) -> Bool {
        guard let m = message(line.messageID), let f = fresh[line.messageID], line.unit.source == .text else { return false }
        let bytes = Array(m.text.utf8)
        guard line.unit.utf8Range.upperBound <= bytes.count else { return false }
        let slice = String(decoding: bytes[line.unit.utf8Range], as: UTF8.self)
        return slice == line.unit.text && f.contains(line.unit.text) && line.unit.kind == .content
            && line.unit.role == m.role
    }
}

@Suite struct EmailThreadTests {
    @Test func fixtureHasFortyMessagesWithQuotesAndSignatures() throws {
        let fx = try EmailThreadFixture.load()
        #expect(fx.messages.count == 40)
        #expect(fx.messages.filter { $0.text.contains("wrote:") }.count >= 20)
        #expect(fx.messages.filter { $0.text.contains("-----Original Message-----") }.count >= 5)
    }

    @Test func noQuotedOrSignatureTextIsSelected() throws {
        let fx = try EmailThreadFixture.load()
        var options = SummarizerOptions()
        options.maxUnits = 12
        let summary = Summarizer(options: options).summarize(fx.messages)
        #expect(summary.lines.count == 12)
        for line in summary.lines {
            #expect(fx.citesCorrectly(line), "\(line.messageID): \(line.text)")
        }
        #expect(summary.units.contains { $0.kind == .quoted })
        #expect(summary.units.contains { $0.kind == .signature })
        #expect(summary.units.contains { $0.kind == .boilerplate })
    }

    @Test func everyFreshLineSurvivesAsAUnitOfItsMessage() throws {
        let fx = try EmailThreadFixture.load()
        let units = Summarizer().units(of: fx.messages)
        for m in fx.messages {
            let own = units.filter { $0.messageID == m.id && [.content, .greeting, .signOff].contains($0.kind) }
            for line in (fx.fresh[m.id] ?? "").split(separator: "\n").map(String.init) where !line.isEmpty {
                #expect(own.contains { line.contains($0.body) || $0.body.contains(line) }, "\(m.id): \(line)")
            }
        }
    }

    @Test func quotedHistoryIsNeverContent() throws {
        let fx = try EmailThreadFixture.load()
        let units = Summarizer().units(of: fx.messages)
        for u in units where u.kind == .content {
            #expect(fx.fresh[u.messageID]?.contains(u.body) == true, "\(u.messageID): \(u.text)")
        }
    }

    @Test func supportLayoutCitesTheRightMessages() throws {
        let fx = try EmailThreadFixture.load()
        let layout = Summarizer().supportSummary(fx.messages)
        for (name, lines) in layout.sections {
            for line in lines { #expect(fx.citesCorrectly(line), "\(name) \(line.messageID): \(line.text)") }
        }
        #expect(!layout.issue.isEmpty && layout.issue.allSatisfy { $0.messageID == "m01" })
        #expect(layout.issue.contains { $0.text.contains("E4012") })
        #expect(!layout.tried.isEmpty)
        #expect(layout.tried.contains { $0.text.contains("tried") })
        #expect(layout.status.contains { $0.messageID == "m40" })
        // Every question in the thread was followed by a reply from the other side.
        #expect(layout.openQuestions.isEmpty)
    }

    @Test func openQuestionsAreThoseWithoutAReply() throws {
        let fx = try EmailThreadFixture.load()
        let cut = Array(fx.messages.prefix(39))  // stop at Dana's question about the App Store update
        let layout = Summarizer().supportSummary(cut)
        #expect(layout.openQuestions.map(\.messageID) == ["m39"])
        #expect(layout.openQuestions.first?.text.contains("App Store") == true)
    }

    @Test func bugReportDraftIsCited() throws {
        let fx = try EmailThreadFixture.load()
        let draft = Summarizer().bugReport(fx.messages)
        #expect(draft.isLikelyBug)
        for (name, lines) in draft.sections {
            for line in lines { #expect(fx.citesCorrectly(line), "\(name) \(line.messageID): \(line.text)") }
        }
        #expect(draft.symptom.contains { $0.text.contains("E4012") || $0.text.contains("blank") })
        #expect(draft.environment.contains { $0.text.contains("Chrome 131") || $0.text.contains("iOS 18.1") || $0.text.contains("5.3.1") })
    }

    @Test func layoutsAreDeterministic() throws {
        let fx = try EmailThreadFixture.load()
        #expect(Summarizer().supportSummary(fx.messages) == Summarizer().supportSummary(fx.messages))
        #expect(Summarizer().bugReport(fx.messages) == Summarizer().bugReport(fx.messages))
    }
}
