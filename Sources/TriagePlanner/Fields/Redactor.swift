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
            var digits = 0
            for b in bytes where b &- 0x30 < 10 {
                digits += 1
                if digits >= 13 { return true }
            }
            return false
        }
    }
}

import Foundation
