/// Payment card numbers: 13–19 digits, optionally grouped by single spaces or dashes, checked with Luhn.
///
/// A full card number is never stored or echoed: the value is the last four digits and `redact` is set, so
/// callers mask the original span wherever the text is shown. A digit run counts as a card when it passes
/// Luhn, or when it is grouped like a card (`4-4-4-4`) or named one ("card", "visa"…) but fails Luhn — then
/// it is an invalid candidate ("the card number ending 1234 doesn't pass the card number check").
public struct CardExtractor: FieldExtractor {
    public var type: FieldType { .card }
    public init() {}

    static let keywords: Set<String> = ["card", "visa", "mastercard", "amex", "credit", "debit", "cc", "maestro"]

    public func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        var i = 0
        while i < text.count {
            guard TextBytes.isDigit(text[i]), i == 0 || !TextBytes.isAlnum(text[i - 1]) else { i += 1; continue }
            var digits: [UInt8] = []
            var groups: [Int] = [0]
            var end = i
            var lastDigitEnd = i
            while end < text.count {
                let b = text[end]
                if TextBytes.isDigit(b) {
                    digits.append(b - 0x30)
                    groups[groups.count - 1] += 1
                    lastDigitEnd = end + 1
                    end += 1
                } else if (b == 0x20 || b == 0x2D) && TextBytes.isDigit(text[end + 1]) && digits.count < 19 {
                    groups.append(0)
                    end += 1
                } else {
                    break
                }
            }
            defer { i = max(lastDigitEnd, i + 1) }
            guard (13...19).contains(digits.count), !TextBytes.isAlnum(text[lastDigitEnd]) else { continue }
            let luhn = Self.luhnValid(digits)
            let cardGrouping = groups.count >= 3 && groups.dropLast().allSatisfy { $0 == 4 }
            let named = text.hasWordBefore(i, limit: 4, in: Self.keywords)
            guard luhn || cardGrouping || named else { continue }
            let lastFour = String(decoding: digits.suffix(4).map { $0 + 0x30 }, as: UTF8.self)
            out.append(FieldCandidate(type: .card, value: lastFour, utf8Range: i..<lastDigitEnd, valid: luhn,
                                      problem: luhn ? nil : "doesn't pass the card number check", redact: true,
                                      labelled: named))
        }
        return out
    }

    /// The Luhn (mod 10) check over digit values 0–9, most significant first.
    public static func luhnValid(_ digits: [UInt8]) -> Bool {
        guard digits.count >= 2 else { return false }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            var d = Int(digit)
            if offset % 2 == 1 {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
        }
        return sum % 10 == 0
    }
}

import Foundation
