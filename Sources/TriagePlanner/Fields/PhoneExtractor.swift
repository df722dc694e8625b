/// Phone numbers, normalised E.164-style: `+` and digits when an international prefix (`+` or `00`) is
/// given, otherwise the national digits.
///
/// A candidate needs 7–15 digits (E.164's maximum) and either an international prefix or a phone keyword
/// just before it (phone, tel, call, mobile, cell, number, whatsapp, sms, fax), so order numbers and amounts
/// are not taken for phones.
public struct PhoneExtractor: FieldExtractor {
    public var type: FieldType { .phone }
    public init() {}

    static let keywords: Set<String> = ["phone", "tel", "telephone", "call", "mobile", "cell", "number", "whatsapp", "sms",
                                        "fax", "reach", "landline", "handy"]

    public func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        var i = 0
        while i < text.count {
            // A number starts with `+`, `(` or a digit: jump to the next of them.
            i = text.nextDigit(from: i, or: 0x2B, 0x28)
            guard i < text.count else { break }
            let b = text[i]
            let startsNumber = b == 0x2B || b == 0x28 || TextBytes.isDigit(b)
            guard startsNumber, i == 0 || !TextBytes.isAlnum(text[i - 1]) && text[i - 1] != 0x2D && text[i - 1] != 0x2E else {
                i += 1
                continue
            }
            var end = i
            var digits: [UInt8] = []
            var lastDigitEnd = i
            while end < text.count {
                let c = text[end]
                if TextBytes.isDigit(c) {
                    digits.append(c)
                    lastDigitEnd = end + 1
                } else if c == 0x20 || c == 0x2D || c == 0x2E || c == 0x28 || c == 0x29 || c == 0x2F || (c == 0x2B && end == i) {
                    if c == 0x20 && text[end + 1] == 0x20 { break }
                } else {
                    break
                }
                end += 1
            }
            guard lastDigitEnd > i, !TextBytes.isAlpha(text[lastDigitEnd]) else { i = max(end, i + 1); continue }
            let raw = text.string(i..<lastDigitEnd)
            let international = raw.hasPrefix("+") || (digits.count > 2 && digits[0] == 0x30 && digits[1] == 0x30 && !raw.hasPrefix("("))
            let keyword = text.hasWordBefore(i, limit: 4, in: Self.keywords)
            if digits.count >= 7 && digits.count <= 17 && (international || keyword) {
                var normalized = String(decoding: digits, as: UTF8.self)
                if international {
                    if !raw.hasPrefix("+") { normalized.removeFirst(2) }
                    normalized = "+" + normalized
                }
                let count = normalized.filter(\.isNumber).count
                let valid = count >= 7 && count <= 15 && !(international && normalized.dropFirst().hasPrefix("0"))
                out.append(FieldCandidate(type: .phone, value: normalized, utf8Range: i..<lastDigitEnd, valid: valid,
                                          problem: valid ? nil : "doesn't look like a complete phone number",
                                          labelled: keyword))
            }
            i = max(lastDigitEnd, i + 1)
        }
        return out
    }
}
