/// Error codes: hexadecimal status words (`0x80070005`), symbolic codes (`ERR_CONNECTION_REFUSED`,
/// `E_ACCESSDENIED`), prefixed numbers (`E1234`, `ERR-42`, `AUTH-401`) and numbers right after an error
/// keyword ("error 503", "HTTP 500", "status code 404").
///
/// Prefixed codes other than `E…`/`ERR…` need an error keyword nearby, so ids such as `INV-000123` are not
/// taken for error codes.
public struct ErrorCodeExtractor: FieldExtractor {
    public var type: FieldType { .errorCode }
    public init() {}

    static let strongKeywords: Set<String> = ["error", "code", "err", "status", "http", "exception", "errno", "fault"]

    public func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        var i = 0
        while i < text.count {
            guard TextBytes.isAlnum(text[i]), text.wordStart(i) else { i += 1; continue }
            var end = i
            var promising = false   // a code has a digit or an underscore; other tokens are skipped before any allocation
            while end < text.count, TextBytes.isAlnum(text[end]) || ((text[end] == 0x5F || text[end] == 0x2D) && TextBytes.isAlnum(text[end + 1])) {
                promising = promising || TextBytes.isDigit(text[end]) || text[end] == 0x5F
                end += 1
            }
            defer { i = max(end, i + 1) }
            guard promising, end >= text.count || !TextBytes.isWordByte(text[end]) else { continue }
            let strong = text.hasWordBefore(i, limit: 3, in: Self.strongKeywords)
            // Without a strong keyword only a hex word or an upper-case token can be a code (see `classify`): a
            // token with a lower-case letter, or of digits only, is passed before any string is built.
            if !strong {
                var lower = false
                var digitsOnly = true
                for k in i..<end {
                    let b = text.bytes[k]
                    if TextBytes.isLower(b) { lower = true }
                    if !TextBytes.isDigit(b) { digitsOnly = false }
                }
                let hex = end - i >= 2 && text[i] == 0x30 && (text[i + 1] == 0x78 || text[i + 1] == 0x58)
                if !hex && (lower || digitsOnly) { continue }
            }
            let raw = text.string(i..<end)
            if let value = Self.classify(raw, strongKeyword: strong) {
                out.append(FieldCandidate(type: .errorCode, value: value, utf8Range: i..<end, labelled: strong))
            }
        }
        return out
    }

    static func classify(_ raw: String, strongKeyword: Bool) -> String? {
        let upper = raw.uppercased()
        let chars = Array(raw)
        if upper.hasPrefix("0X"), (6...10).contains(chars.count), chars.dropFirst(2).allSatisfy(\.isHexDigit) {
            return "0x" + upper.dropFirst(2)
        }
        let hasDigit = chars.contains(where: \.isNumber)
        let isUpperToken = raw == upper && chars.first?.isLetter == true
        if isUpperToken, upper.hasPrefix("ERR_") || upper.hasPrefix("E_") || (upper.contains("_") && strongKeyword) {
            return upper
        }
        if chars.allSatisfy(\.isNumber) {
            if strongKeyword, (3...6).contains(chars.count) { return raw }
            return nil
        }
        guard hasDigit, isUpperToken || strongKeyword, chars.count <= 16 else { return nil }
        let letters = upper.prefix { $0.isLetter }
        let rest = upper.dropFirst(letters.count).drop { $0 == "-" || $0 == "_" }
        guard !letters.isEmpty, letters.count <= 6, (2...6).contains(rest.count), rest.allSatisfy(\.isNumber) else { return nil }
        if letters == "E" || letters.hasPrefix("ERR") { return upper }
        return strongKeyword ? upper : nil
    }
}

import Foundation
