import Foundation
import Testing
import TriagePlanner
import TriageText

@Suite struct DecisionJSONTests {
    static func sample() -> Decision {
        Decision(
            ticketID: "T-1042", action: .ask,
            intent: .init(label: "billing_double_charge", confidence: 0.912345,
                          alternatives: [IntentScore(label: "billing_refund_status", confidence: 0.05)], inScope: true),
            priority: .init(level: .high, reasons: [PriorityReason(code: .base, detail: "intent", from: nil, to: .normal),
                                                    PriorityReason(code: .tier, detail: "enterprise", from: .normal, to: .high)]),
            fields: .init(found: [ExtractedField(name: "email", type: .email, value: "ana@example.com",
                                                 span: SourceSpan(message: 0, start: 10, end: 25))],
                          missing: [MissingField(name: "invoice_id", type: .invoiceID, reason: .invalid,
                                                 detail: "The invoice number INV-12 doesn't look complete or correct.",
                                                 question: "Could you send the invoice number?")]),
            ask: .init(fields: ["invoice_id"], text: "Hi Ana,\n\n\"quoted\" and / slash — ü"),
            evidence: .init(documents: [EvidenceDocument(id: "kb-double-charge", title: "Charged twice", score: 2.0 / 3.0,
                                                         snippet: "refund the duplicate",
                                                         matchedTerms: [TermWeight(term: "charg", weight: 1.25)])]),
            sla: .init(firstResponseDue: "2026-11-28T14:00:00Z", resolutionDue: "2026-12-01T10:00:00Z"),
            explanation: Explanation(terms: [TermWeight(term: "twice", weight: 2.5)], rule: "ask.missing_fields",
                                     thresholds: [.init(name: "intent_confidence", value: 0.912345, threshold: 0.7, passed: true)]),
            model: .init(id: "nb-1", sha256: "abc"))
    }

    @Test func keysAreSnakeCaseSortedAndNullsKept() throws {
        let json = try Self.sample().jsonString()
        #expect(json.hasPrefix(#"{"action":"ask","answer":null,"ask":{"fields":["invoice_id"],"#))
        #expect(json.contains(#""ticket_id":"T-1042""#))
        #expect(json.contains(#""handoff":null"#))
        #expect(json.contains(#""in_scope":true"#))
        #expect(json.contains(#""first_response_due":"2026-11-28T14:00:00Z""#))
        #expect(json.contains(#""similar_tickets":[]"#))
        #expect(json.contains(#""span":{"end":25,"message":0,"start":10}"#))
        #expect(json.hasSuffix(#""ticket_id":"T-1042"}"#))
    }

    @Test func numbersHaveFourDecimals() throws {
        let json = try Self.sample().jsonString()
        #expect(json.contains(#""confidence":0.9123"#))
        #expect(json.contains(#""score":0.6667"#))
        #expect(json.contains(#""threshold":0.7000"#))
        #expect(json.contains(#""weight":2.5000"#))
    }

    @Test func textIsEscapedMinimally() throws {
        let json = try Self.sample().jsonString()
        #expect(json.contains(#""text":"Hi Ana,\n\n\"quoted\" and / slash — ü""#))
    }

    @Test func encodingIsByteIdenticalAcrossRuns() throws {
        let first = try Self.sample().jsonString()
        for _ in 0..<20 { #expect(try Self.sample().jsonString() == first) }
        #expect(try Self.sample().jsonString(pretty: true) == (try Self.sample().jsonString(pretty: true)))
    }

    @Test func jsonDecodesBackToTheSameDecision() throws {
        let decision = Self.sample()
        let decoded = try JSONDecoder().decode(Decision.self, from: Data(try decision.jsonString().utf8))
        #expect(decoded.ticketID == decision.ticketID)
        #expect(decoded.fields == decision.fields)
        #expect(decoded.ask == decision.ask)
        #expect(decoded.answer == nil && decoded.handoff == nil)
        #expect(abs(decoded.intent.confidence - 0.9123) < 1e-9)
    }

    @Test func fixedFormattingRoundsHalfAwayFromZero() {
        #expect(CanonicalJSON().format(0.00005) == "0.0001")
        #expect(CanonicalJSON().format(-1.5) == "-1.5000")
        #expect(CanonicalJSON().format(-0.00001) == "0.0000")
        #expect(CanonicalJSON().format(12) == "12.0000")
    }

    /// Four decimals (the Decision's numbers) take a one-word path below 10; it must print exactly the
    /// definition: round half away from zero at four decimals, `-` only when the rounded value is not zero.
    @Test func fourDecimalsMatchTheDefinition() {
        var random = SplitMix64(seed: 7)
        var values: [Double] = [0, -0.0, 0.00005, 0.00004999, -0.00005, 9.99994, 9.99995, 9.9999, 10, -9.99995,
                                1e-9, 0.12345, 0.5, 2.675, 99999.99995, 123_456.7]
        for _ in 0..<2_000 {
            values.append(Double(random.next() % 240_000) / 10_000 - 12)
            values.append(Double(bitPattern: 0x3FF0_0000_0000_0000 | random.next() >> 12) * 3 - 4.5)
        }
        for v in values {
            let units = Int64((abs(v) * 10_000).rounded(.toNearestOrAwayFromZero))
            let fraction = String(units % 10_000)
            let expected = (v < 0 && units != 0 ? "-" : "") + "\(units / 10_000)."
                + String(repeating: "0", count: 4 - fraction.count) + fraction
            #expect(CanonicalJSON().format(v) == expected, "\(v)")
        }
    }

    @Test func nonFiniteNumbersThrow() {
        var decision = Self.sample()
        decision.intent.confidence = .nan
        #expect(throws: EncodingError.self) { try decision.jsonString() }
    }

    @Test func timestampsRoundTrip() throws {
        #expect(ISOTimestamp.date(from: "2026-11-28T10:00:00+01:00").map(ISOTimestamp.string(from:)) == "2026-11-28T09:00:00Z")
        #expect(ISOTimestamp.date(from: "2026-11-28T10:00:00.250Z").map(ISOTimestamp.string(from:)) == "2026-11-28T10:00:00Z")
        #expect(ISOTimestamp.date(from: "2026-02-30T10:00:00Z") == nil)
        #expect(ISOTimestamp.date(from: "yesterday") == nil)
    }
}
