/// Amounts with a currency: a symbol (`$`, `€`, `£`, `¥`) or an ISO 4217 code or name before or after the
/// number. The value is `CODE amount` with two decimals (`EUR 1234.50`; `JPY 500`).
///
/// The decimal separator is inferred: a final `.` or `,` followed by one or two digits is decimal, other
/// separators group thousands (`1.234,56` and `1,234.56` both read 1234.56).
public struct MoneyExtractor: FieldExtractor {
    public var type: FieldType { .money }
    public init() {}

    static let codes: Set<String> = ["USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN",
                                     "CZK", "INR", "BRL", "MXN", "SGD", "HKD", "ZAR", "CNY"]
    static let names: [String: String] = ["dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
                                          "pounds": "GBP", "francs": "CHF", "yen": "JPY"]
    static let symbols: [[UInt8]: String] = [Array("$".utf8): "USD", Array("€".utf8): "EUR", Array("£".utf8): "GBP",
                                             Array("¥".utf8): "JPY"]

    public func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        var i = 0
        while i < text.count {
            // An amount starts with a digit: jump over the text before the next one.
            if !TextBytes.isDigit(text[i]) {
                i = text.nextDigit(from: i)
                continue
            }
            guard TextBytes.isDigit(text[i]), i == 0 || !TextBytes.isAlnum(text[i - 1]) && text[i - 1] != 0x2E && text[i - 1] != 0x2C
            else { i += 1; continue }
            var end = i
            while end < text.count {
                let b = text[end]
                if TextBytes.isDigit(b) { end += 1 }
                else if (b == 0x2E || b == 0x2C || b == 0x27) && TextBytes.isDigit(text[end + 1]) { end += 1 }
                else { break }
            }
            defer { i = max(end, i + 1) }
            guard !TextBytes.isAlpha(text[end]) || currencyAfter(text, end) != nil, let amount = Self.amount(text.string(i..<end))
            else { continue }
            var start = i
            var stop = end
            var code: String?
            if let (c, s) = currencyBefore(text, i) { code = c; start = s }
            else if let (c, e) = currencyAfter(text, end) { code = c; stop = e }
            guard let code else { continue }
            let decimals = code == "JPY" ? 0 : 2
            let valid = amount > 0 && amount < 1e10
            out.append(FieldCandidate(type: .money, value: code + " " + CanonicalJSON.fixed(amount, digits: decimals),
                                      utf8Range: start..<stop, valid: valid, problem: valid ? nil : "isn't a positive amount"))
        }
        return out
    }

    private func currencyBefore(_ text: TextBytes, _ i: Int) -> (String, Int)? {
        var j = i
        while j > 0, text[j - 1] == 0x20 { j -= 1 }
        for (symbol, code) in Self.symbols where j >= symbol.count && text.matches(symbol, at: j - symbol.count) {
            var start = j - symbol.count
            if code == "USD", start >= 2, text.matches(Array("us".utf8), at: start - 2) { start -= 2 }
            return (code, start)
        }
        if j >= 3, text.wordStart(j - 3) {
            let word = text.string((j - 3)..<j).uppercased()
            if Self.codes.contains(word), j - 3 + 3 == j { return (word, j - 3) }
        }
        return nil
    }

    private func currencyAfter(_ text: TextBytes, _ end: Int) -> (String, Int)? {
        var j = end
        while j < text.count, text[j] == 0x20 { j += 1 }
        for (symbol, code) in Self.symbols where text.matches(symbol, at: j) { return (code, j + symbol.count) }
        var k = j
        while k < text.count, TextBytes.isAlpha(text[k]) { k += 1 }
        guard k > j else { return nil }
        let word = text.string(j..<k)
        if word.count == 3, Self.codes.contains(word.uppercased()) { return (word.uppercased(), k) }
        if let code = Self.names[word.lowercased()] { return (code, k) }
        return nil
    }

    /// Parses a number with thousands and decimal separators.
    static func amount(_ raw: String) -> Double? {
        let chars = Array(raw)
        var decimalIndex: Int?
        if let last = chars.lastIndex(where: { $0 == "." || $0 == "," }), chars.count - last - 1 != 3 {
            decimalIndex = last
        }
        var digits = ""
        for (index, c) in chars.enumerated() {
            if c.isNumber { digits.append(c) } else if index == decimalIndex { digits.append(".") }
        }
        return Double(digits)
    }
}

import Foundation
