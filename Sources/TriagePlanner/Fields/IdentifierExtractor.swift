/// Order, invoice and account ids, found by shape and checked against the workspace's pattern.
///
/// A token (letters and digits joined by single `-`, `_` or `/`, with at least one digit) is a candidate when
/// it starts with the pattern's literal prefix (`INV-` for `^INV-\d{6}$`) or a built-in prefix for the type,
/// or when a keyword for the type stands just before it ("invoice", "order #", "workspace id").
/// With a pattern, the candidate is valid when the pattern matches the whole value (upper-cased if needed);
/// a bare number after a keyword is also tried with the literal prefix put in front ("invoice 123456" →
/// `INV-123456`). Without a pattern, a candidate is valid when it has at least 3 digits.
public struct IdentifierExtractor: FieldExtractor {
    public let type: FieldType
    /// The workspace's validation pattern, if any.
    public let pattern: FieldPattern?

    public init(type: FieldType, pattern: FieldPattern? = nil) {
        self.type = type
        self.pattern = pattern
    }

    static let invoiceKeywords: Set<String> = ["invoice", "inv", "bill", "receipt", "invoices"]
    static let orderKeywords: Set<String> = ["order", "purchase", "booking", "po", "orders"]
    static let accountKeywords: Set<String> = ["account", "workspace", "customer", "tenant", "org", "organisation",
                                               "organization", "acct", "company"]

    var keywords: Set<String> {
        switch type {
        case .invoiceID: Self.invoiceKeywords
        case .orderID: Self.orderKeywords
        case .accountID: Self.accountKeywords
        default: []
        }
    }

    var builtInPrefixes: [String] {
        switch type {
        case .invoiceID: ["INV"]
        case .orderID: ["ORD", "PO", "SO"]
        case .accountID: ["ACC", "ACCT", "CUST", "WS", "ORG"]
        default: []
        }
    }

    /// The literal text the pattern starts with (`^INV-\d{6}$` → `INV-`), upper-cased; worked out once, when the
    /// pattern is compiled (see ``FieldPattern/literalPrefix``).
    var literalPrefix: String { pattern?.literalPrefix ?? "" }

    /// The literal text `source` starts with, upper-cased.
    static func literalPrefix(of source: String) -> String {
        var prefix = ""
        var chars = Substring(source)
        if chars.hasPrefix("^") { chars = chars.dropFirst() }
        while let c = chars.first {
            if c == "\\" {
                let next = chars.dropFirst().first
                if let next, next == "-" || next == "." || next == "#" || next == "/" { prefix.append(next); chars = chars.dropFirst(2); continue }
                break
            }
            if c.isLetter || c.isNumber || c == "-" || c == "_" || c == "#" || c == "/" {
                let rest = chars.dropFirst()
                if let quantifier = rest.first, "?*{".contains(quantifier) { break }
                prefix.append(c)
                chars = rest
            } else {
                break
            }
        }
        return prefix.uppercased()
    }

    public func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        let literal = literalPrefix
        let keywords = self.keywords
        let builtInPrefixes = self.builtInPrefixes
        var i = 0
        while i < text.count {
            guard TextBytes.isAlnum(text[i]), text.wordStart(i) else { i += 1; continue }
            var end = i
            var hasDigit = false
            while end < text.count {
                let b = text[end]
                if TextBytes.isAlnum(b) {
                    hasDigit = hasDigit || TextBytes.isDigit(b)
                    end += 1
                } else if (b == 0x2D || b == 0x5F || b == 0x2F) && TextBytes.isAlnum(text[end + 1]) {
                    end += 1
                } else {
                    break
                }
            }
            defer { i = max(end, i + 1) }
            guard hasDigit, end < text.count ? !TextBytes.isWordByte(text[end]) || text[end] == 0x2E || text[end] == 0x2C : true,
                  text[end] != 0x40 else { continue }   // not an e-mail local part
            let raw = text.string(i..<end)
            let upper = raw.uppercased()
            let prefixed = (!literal.isEmpty && upper.hasPrefix(literal))
                || builtInPrefixes.contains { upper.hasPrefix($0) && upper.dropFirst($0.count).first.map { !$0.isLetter } ?? false }
            let labelled = text.hasWordBefore(i, limit: 3, in: keywords) || (type == .orderID && text[i - 1] == 0x23)
            guard prefixed || labelled else { continue }
            out.append(check(raw, range: i..<end, labelled: labelled || prefixed, prefixed: prefixed, literal: literal))
        }
        return out
    }

    func check(_ raw: String, range: Range<Int>, labelled: Bool, prefixed: Bool, literal: String) -> FieldCandidate {
        guard let pattern else {
            let digits = raw.filter(\.isNumber).count
            let valid = digits >= 3 && raw.count <= 40
            return FieldCandidate(type: type, value: raw.uppercased(), utf8Range: range, valid: valid,
                                  problem: valid ? nil : "doesn't look complete", labelled: labelled)
        }
        for value in [raw, raw.uppercased()] where pattern.matches(value) {
            return FieldCandidate(type: type, value: value, utf8Range: range, labelled: labelled)
        }
        if !prefixed, !literal.isEmpty, raw.allSatisfy(\.isNumber) {
            let value = literal + raw
            if pattern.matches(value) {
                return FieldCandidate(type: type, value: value, utf8Range: range, labelled: labelled)
            }
        }
        return FieldCandidate(type: type, value: raw.uppercased(), utf8Range: range, valid: false,
                              problem: "doesn't look complete or correct", labelled: labelled)
    }

    public func validate(_ value: String, context: FieldContext) -> FieldCandidate {
        let trimmed = value.trimmedWhitespace
        let literal = literalPrefix
        return check(trimmed, range: 0..<trimmed.utf8.count, labelled: true,
                     prefixed: !literal.isEmpty && trimmed.uppercased().hasPrefix(literal), literal: literal)
    }
}

import Foundation
