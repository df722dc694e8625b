import Foundation
import Testing
import TriagePlanner

/// Quoting straight into the Decision buffer and quoting into any other sink (an array) write the same bytes,
/// through every growth path and escape, and the literal decodes back to the text.
struct QuotingTests {
    static let texts: [String] = [
        "", "a", "plain ascii text that is longer than eight bytes",
        "quote \" and backslash \\ inside", "\"\"\"\"\"\"\"\"\"", "tab\there\nnew line\r\n",
        "control \u{01}\u{1F} bytes", "naïve café → arrow", "line sep \u{2028} and para sep \u{2029} end",
        "\u{2028}", "e2 not a separator: \u{2026}…", String(repeating: "0123456789", count: 40) + "\"",
        "12345678\"12345678\\12345678\n", "🙂 emoji and 日本語",
    ]

    @Test(arguments: texts)
    func bufferQuotingMatchesThePortableLoop(_ text: String) {
        var portable: [UInt8] = []
        var copy = text
        copy.withUTF8 { CanonicalJSON.quoteBytes($0, into: &portable) }
        var buffer = JSONByteBuffer(capacity: 4)   // tiny, so growth paths run too
        defer { buffer.deallocate() }
        copy.withUTF8 { buffer.appendQuoted($0) }
        let fast = buffer.withBytes { Array($0) }
        #expect(fast == portable)
        // The literal decodes back to the text.
        let decoded = try? JSONDecoder().decode(String.self, from: Data(fast))
        #expect(decoded == text)
    }
}

/// The word-at-a-time paths (eight-byte blocks, the overlapping last word of the tail, short copies) agree with
/// a character-by-character reference for every length up to three words and an escape at every position.
struct QuotingTailTests {
    @Test(arguments: ["\"", "\\", "\n", "\u{01}", "\u{2028}", "\u{2026}", "é", "x"])
    func everyLengthAndPosition(_ special: String) {
        for length in 0...26 {
            for position in 0...length {
                let once = String(repeating: "a", count: position) + special
                    + String(repeating: "b", count: length - position)
                // A second one at the end: the tail follows an escape.
                for text in [once, once + special] {
                    var buffer = JSONByteBuffer(capacity: 4)
                    defer { buffer.deallocate() }
                    var copy = text
                    copy.withUTF8 { buffer.appendQuoted($0) }
                    let fast = buffer.withBytes { Array($0) }
                    #expect(fast == Array(JSONQuotingReference.quoted(text).utf8), "\(text.debugDescription)")
                }
            }
        }
    }
}

/// The card pre-check counts digits eight bytes at a time; it must agree with a plain count on every text.
struct CardPrecheckTests {
    @Test(arguments: [
        "", "1234567890123", "123456789012", "4242 4242 4242 4242", "no digits at all, just words here",
        "١٢٣٤٥٦٧٨٩٠١٢٣ Arabic-Indic digits are not ASCII", "0x30:0x39 /09:;/ 9999999999999",
        "naïve 12345 café 67890 → 123", String(repeating: "a1", count: 12) + "9", String(repeating: "é", count: 20) + "1234567890123",
    ])
    func mayHoldCardCountsASCIIDigits(_ text: String) {
        let plain = text.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.count >= 13
        #expect(Redactor.mayHoldCard(text) == plain)
    }
}

/// Timestamps are written straight into the string's storage; years past 9999 take the text path.
struct TimestampWritingTests {
    @Test func fourDigitAndLongYears() {
        #expect(ISOTimestamp.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(ISOTimestamp.string(from: Date(timeIntervalSince1970: 1_795_867_199)) == "2026-11-28T11:59:59Z")
        #expect(ISOTimestamp.string(from: Date(timeIntervalSince1970: 253_402_300_800)) == "10000-01-01T00:00:00Z")
    }
}

/// Extractors jump to the next digit (or `+`/`(`) eight bytes at a time; the jump lands where a byte scan does.
struct NextDigitTests {
    @Test func landsOnTheFirstCandidateByte() {
        let texts = ["", "no digits here at all, none", "abc1", "12", "call +49 30 1234", "(030) 1234", "é€→ 7",
                     String(repeating: "x", count: 17) + "9", String(repeating: "ü", count: 9) + "(", "0"]
        for text in texts {
            let bytes = TextBytes(text)
            for start in 0...bytes.count {
                let plain = bytes.bytes.indices.first { $0 >= start && (0x30...0x39).contains(bytes.bytes[$0]) }
                #expect(bytes.nextDigit(from: start) == plain ?? bytes.count, "\(text) from \(start)")
                let phone = bytes.bytes.indices.first { $0 >= start && ((0x30...0x39).contains(bytes.bytes[$0])
                    || bytes.bytes[$0] == 0x2B || bytes.bytes[$0] == 0x28) }
                #expect(bytes.nextDigit(from: start, or: 0x2B, 0x28) == phone ?? bytes.count, "\(text) from \(start)")
            }
        }
    }
}
