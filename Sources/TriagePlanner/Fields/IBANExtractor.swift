/// IBANs: country code, two check digits and the national part, optionally in groups of four; the value is
/// upper-case without spaces.
///
/// Valid when the length matches the country's (for the countries listed in ``IBANExtractor/lengths``; others
/// accept 15–34) and the ISO 13616 mod-97 check gives 1.
public struct IBANExtractor: FieldExtractor {
    public var type: FieldType { .iban }
    public init() {}

    /// IBAN lengths by country (a subset of the registry: Europe and common others).
    public static let lengths: [String: Int] = [
        "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24,
        "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20,
        "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19,
        "SK": 24, "SM": 27, "TR": 26, "AE": 23, "SA": 24, "IL": 23, "BR": 29,
    ]

    public func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        var i = 0
        while i + 4 <= text.count {
            // The check digits come third and fourth: jump to two bytes before the next digit.
            let digit = text.nextDigit(from: i + 2)
            if digit - 2 > i {
                i = digit - 2
                continue
            }
            guard text.wordStart(i), TextBytes.isAlpha(text[i]), TextBytes.isAlpha(text[i + 1]),
                  TextBytes.isDigit(text[i + 2]), TextBytes.isDigit(text[i + 3]) else { i += 1; continue }
            var chars: [UInt8] = []
            var end = i
            var lastEnd = i
            while end < text.count, chars.count < 34 {
                let b = text[end]
                if TextBytes.isAlnum(b) {
                    chars.append(TextBytes.isLower(b) ? b - 32 : b)
                    end += 1
                    lastEnd = end
                } else if b == 0x20 && TextBytes.isAlnum(text[end + 1]) && chars.count >= 4 && chars.count % 4 == 0 {
                    end += 1
                } else {
                    break
                }
            }
            defer { i = max(lastEnd, i + 1) }
            guard chars.count >= 15, !TextBytes.isAlnum(text[lastEnd]) else { continue }
            let value = String(decoding: chars, as: UTF8.self)
            let country = String(value.prefix(2))
            let lengthOK = Self.lengths[country].map { $0 == chars.count } ?? (15...34).contains(chars.count)
            let checkOK = Self.mod97(chars) == 1
            let problem: String? = !lengthOK ? "has the wrong length for an IBAN from \(country)"
                : !checkOK ? "fails the IBAN check digits (there may be a typo)" : nil
            out.append(FieldCandidate(type: .iban, value: value, utf8Range: i..<lastEnd, valid: problem == nil, problem: problem))
        }
        return out
    }

    /// ISO 13616 check: move the first four characters to the end, letters to 10…35, and take the number mod 97.
    public static func mod97(_ chars: [UInt8]) -> Int {
        guard chars.count > 4 else { return -1 }
        var remainder = 0
        for c in chars[4...] + chars[0..<4] {
            if TextBytes.isDigit(c) {
                remainder = (remainder * 10 + Int(c - 0x30)) % 97
            } else if TextBytes.isUpper(c) {
                remainder = (remainder * 100 + Int(c - 0x41 + 10)) % 97
            } else {
                return -1
            }
        }
        return remainder
    }
}

import Foundation
