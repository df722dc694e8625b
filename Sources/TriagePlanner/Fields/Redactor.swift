/// Hides payment card numbers in text that is shown or stored (summaries, snippets, logs).
public enum Redactor {
    /// `text` with every Luhn-valid card number's digits replaced by `•`, except the last four.
    public static func maskCards(in text: String) -> String {
        // A card number has at least 13 digits: most texts have fewer and are returned at once.
        guard mayHoldCard(text) else { return text }
        let bytes = TextBytes(text)
        let context = FieldContext(reference: .init(timeIntervalSince1970: 0), timeZone: .init(secondsFromGMT: 0) ?? .current)
        let cards = CardExtractor().candidates(in: bytes, context: context).filter(\.valid)
        guard !cards.isEmpty else { return text }
        var out = ""
        var cursor = 0
        for card in cards {
            out += bytes.string(cursor..<card.utf8Range.lowerBound)
            let digitPositions = card.utf8Range.filter { TextBytes.isDigit(bytes[$0]) }
            let keep = Set(digitPositions.suffix(4))
            for i in card.utf8Range {
                out += TextBytes.isDigit(bytes[i]) && !keep.contains(i) ? "•" : String(UnicodeScalar(bytes[i]))
            }
            cursor = card.utf8Range.upperBound
        }
        out += bytes.string(cursor..<bytes.count)
        return out
    }

    /// Whether `text` has enough digits (13) to hold a card number; when not, ``maskCards(in:)`` returns it as is.
    public static func mayHoldCard(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            let n = bytes.count
            guard n >= 13, let base = bytes.baseAddress else { return false }
            // Eight bytes at a time: an ASCII digit is a byte with the high bit clear whose low seven bits are
            // at least 0x30 and below 0x3A (each sum stays inside its byte, so no carry crosses lanes).
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs = ones &* 0x80
            var digits = 0
            var i = 0
            while i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let low = w & ~highs
                let atLeast0 = (low &+ ones &* 0x50) & highs
                let below10 = ~(low &+ ones &* 0x46) & highs
                digits += (atLeast0 & below10 & ~w).nonzeroBitCount
                if digits >= 13 { return true }
                i += 8
            }
            while i < n {
                if base[i] &- 0x30 < 10 { digits += 1 }
                i += 1
            }
            return digits >= 13
        }
    }
}

import Foundation
