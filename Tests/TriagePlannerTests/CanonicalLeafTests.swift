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
        var checks: [Explanation.ThresholdCheck]
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
        checks: [Explanation.ThresholdCheck(name: "relevance_floor", value: 12345.6789, threshold: 0.35, passed: true)],
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

    /// A Decision with every section and every optional both present and absent.
    static let decisions: [Decision] = {
        let fields = Decision.Fields(
            found: [ExtractedField(name: "order_id", type: .orderID, value: "A-1", origin: .text,
                                   span: SourceSpan(message: 0, start: 3, end: 6)),
                    ExtractedField(name: "card", type: .card, value: "•••• 4242", origin: .form, valid: false,
                                   problem: "fails the \"Luhn\" check", redact: true)],
            missing: [MissingField(name: "email", type: .email, reason: .absent, question: "Your e-mail?"),
                      MissingField(name: "iban", type: .iban, reason: .invalid, detail: "checksum", question: "IBAN?")])
        let explanation = Explanation(
            terms: [TermWeight(term: "refund", weight: 0.5)],
            rule: "handoff.escalation.outage",
            thresholds: [.init(name: "intent_confidence", value: 0.91, threshold: 0.6, passed: true),
                         .init(name: "relevance_floor", value: 0.1, threshold: 0.35, passed: false)])
        let priority = Decision.Priority(level: .urgent, reasons: [
            PriorityReason(code: .base, detail: "billing", from: nil, to: .normal),
            PriorityReason(code: .escalationRule, detail: "outage", from: .normal, to: .urgent)])
        let handoff = Decision.Handoff(
            team: "tier2", reason: .escalation,
            summary: [SummaryLine(section: .issue, text: "It broke.\nTwice", messageID: 0, speaker: "customer")],
            context: HandoffContext(hypotheses: [IntentScore(label: "bug", confidence: 0.4)],
                                    bugReport: BugReportDraft(symptom: "crash", steps: ["open", "click"], version: "2.3.1"),
                                    escalations: ["outage"], notes: []))
        let evidence = Decision.Evidence(
            documents: [EvidenceDocument(id: "kb-1", title: "Refunds", score: 0.7, snippet: "Go to Billing.",
                                         matchedTerms: [TermWeight(term: "refund", weight: 2)])],
            similarTickets: [SimilarTicket(id: "T-9", score: 3.2, intent: "billing_refund", snippet: "same")])
        let common = (intent: Decision.Intent(label: "billing_refund", confidence: 0.91,
                                              alternatives: [IntentScore(label: "billing_invoice", confidence: 0.05)], inScope: true),
                      sla: Decision.SLA(firstResponseDue: "2026-01-05T09:00:00Z", resolutionDue: "2026-01-07T17:00:00Z"),
                      model: Decision.Model(id: "corpus-intent@1", sha256: "ab12"))
        return [
            Decision(ticketID: "T-1", action: .answer, intent: common.intent, priority: priority, fields: fields,
                     answer: .init(text: "Hello — done.", citations: [Citation(articleID: "kb-1", title: "Refunds")]),
                     evidence: evidence, sla: common.sla, explanation: explanation, model: common.model),
            Decision(ticketID: "T-2", action: .ask, intent: common.intent, priority: priority, fields: fields,
                     ask: .init(fields: ["email", "iban"], text: "Please send both."),
                     sla: common.sla, explanation: explanation, model: common.model),
            Decision(ticketID: "T-3", action: .handoff,
                     intent: Decision.Intent(label: nil, confidence: 0.2, inScope: false),
                     priority: Decision.Priority(level: .low), fields: Decision.Fields(), handoff: handoff,
                     evidence: evidence, sla: common.sla, explanation: Explanation(rule: "handoff.out_of_scope"),
                     model: common.model),
        ]
    }()

    @Test(arguments: [false, true])
    func wholeDecisionsPrintWhatCodablePrints(pretty: Bool) throws {
        var fast = CanonicalJSON(options: .init(pretty: pretty))
        var slow = fast
        slow.directLeaves = false
        fast.directLeaves = true
        for decision in Self.decisions {
            let a = try fast.string(decision)
            #expect(a == (try slow.string(decision)))
            #expect(a == (try decision.jsonString(pretty: pretty)))
            #expect(Array(a.utf8) == (try decision.jsonBytes(pretty: pretty)))
        }
        let handoff = try fast.string(Self.decisions[2])
        #expect(handoff.contains("\"answer\":null") || handoff.contains("\"answer\": null"))
    }

    /// Strings are escaped the same whatever the position of the special character (the writer skips eight
    /// plain bytes at a time).
    @Test func escapingDoesNotDependOnPosition() throws {
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "→", "—", "é", "日", "\u{7F}", " "]
        for special in specials {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset) + special
                #expect(try CanonicalJSON().string(text) == JSONQuotingReference.quoted(text), "\(special.unicodeScalars.map(\.value)) at \(offset)")
            }
        }
    }

    @Test(arguments: [
        (0.0, 4, "0.0000"), (-0.00004, 4, "0.0000"), (-0.00005, 4, "-0.0001"), (1.23456789, 4, "1.2346"),
        (12345.6789, 4, "12345.6789"), (1e-9, 4, "0.0000"), (2.5, 0, "3"), (-2.5, 0, "-3"), (0.125, 2, "0.13"),
        (-7, 4, "-7.0000"), (123456789012.5, 1, "123456789012.5"), (0.000123456789, 12, "0.000123456789"),
    ])
    func numbersHaveFixedDecimals(value: Double, digits: Int, expected: String) {
        #expect(CanonicalJSON.fixed(value, digits: digits) == expected)
    }

    @Test func nonFiniteNumbersInLeavesStillThrow() {
        let bad = [IntentScore(label: "a", confidence: .nan)]
        #expect(throws: EncodingError.self) { try CanonicalJSON().string(bad) }
    }
}
