import Foundation
import Testing
import TriagePlanner

/// The direct writers of the Decision's small records print exactly what their Codable conformances print.
struct CanonicalLeafTests {
    struct Sample: Encodable {
        var hypotheses: [IntentScore]
        var terms: [TermWeight]
        var documents: [EvidenceDocument]
        var similar: [SimilarTicket]
        var matches: [Explanation.EvidenceMatch]
        var nested: [String: [TermWeight]]
        var summary: [SummaryLine]
        var empty: [IntentScore]
    }

    static let sample = Sample(
        hypotheses: [IntentScore(label: "billing_refund", confidence: 0.912345), IntentScore(label: "x\"y", confidence: -0.00004)],
        terms: [TermWeight(term: " card", weight: 1.23456789), TermWeight(term: "naïve\n\u{2028}", weight: -2)],
        documents: [
            EvidenceDocument(id: "kb-1", title: "Refunds \\ returns", score: 0.5, snippet: "Go to Settings → Billing.",
                             matchedTerms: [TermWeight(term: "refund", weight: 3.14159)]),
            EvidenceDocument(id: "kb-2", title: "", score: 0, snippet: "", matchedTerms: []),
        ],
        similar: [SimilarTicket(id: "T-1", score: 2.5, intent: "a", team: nil, article: "kb-1", snippet: "tab\there"),
                  SimilarTicket(id: "T-2", score: 1e-9)],
        matches: [Explanation.EvidenceMatch(documentID: "kb-1", terms: [TermWeight(term: "t", weight: 12345.6789)])],
        nested: ["b": [TermWeight(term: "z", weight: 0.5)], "a": []],
        summary: [SummaryLine(section: .openQuestions, text: "Why \"twice\"?", messageID: 12, speaker: "customer"),
                  SummaryLine(section: .issue, text: "", messageID: -1, speaker: "agent")],
        empty: [])

    @Test(arguments: [false, true])
    func directLeavesPrintWhatCodablePrints(pretty: Bool) throws {
        var fast = CanonicalJSON(options: .init(pretty: pretty))
        var slow = fast
        slow.directLeaves = false
        fast.directLeaves = true
        let a = try fast.string(Self.sample)
        let b = try slow.string(Self.sample)
        #expect(a == b)
        #expect(a.contains("\"matched_terms\""))
        #expect(a.contains("\"team\"") && a.contains("null"))
    }

    @Test func nonFiniteNumbersInLeavesStillThrow() {
        let bad = [IntentScore(label: "a", confidence: .nan)]
        #expect(throws: EncodingError.self) { try CanonicalJSON().string(bad) }
    }
}
