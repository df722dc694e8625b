import Foundation

/// What kind of personal data a placeholder stands for.
public enum PIIKind: String, Sendable, Hashable, Codable, CaseIterable {
    case email = "EMAIL"
    case phone = "PHONE"
    case card = "CARD"
    case iban = "IBAN"
    case address = "ADDRESS"
    case name = "NAME"
}

/// Text with its personal data replaced by placeholders such as `[EMAIL_1]`, and the map to restore them.
public struct RedactedText: Sendable, Hashable {
    /// The text safe to send out.
    public var text: String
    /// Placeholder → original value, in order of first appearance.
    public var replacements: [(placeholder: String, kind: PIIKind, original: String)]

    public static func == (a: RedactedText, b: RedactedText) -> Bool {
        a.text == b.text && a.replacements.map { $0.placeholder + $0.original } == b.replacements.map { $0.placeholder + $0.original }
    }

    public func hash(into h: inout Hasher) {
        h.combine(text)
        for r in replacements { h.combine(r.placeholder); h.combine(r.original) }
    }

    /// Puts the originals back into `reply` (produced from ``text``). A card number is never restored in
    /// full: it becomes "the card ending in NNNN".
    public func restore(_ reply: String) -> String {
        var out = reply
        for r in replacements {
            let value: String
            if r.kind == .card {
                let digits = r.original.filter(\.isNumber)
                value = "the card ending in \(digits.suffix(4))"
            } else {
                value = r.original
            }
            out = out.replacingOccurrences(of: r.placeholder, with: value)
        }
        return out
    }
}

/// Replaces e-mail addresses, phone numbers, payment cards (Luhn-checked), IBANs (mod-97-checked),
/// street addresses and detectable personal names with placeholders before text leaves the process.
///
/// Detection is pattern-based and deliberately eager: a false positive only costs a placeholder.
/// Names are found from explicit cues ("my name is …", "I'm …", a sign-off line after "Thanks,"/"Regards,")
/// and from names the caller already knows (the customer's name on the ticket).
public struct PIIRedactor: Sendable {
    /// Names to redact wherever they occur (e.g. the ticket's customer name).
    public var knownNames: [String]

    public init(knownNames: [String] = []) {
        self.knownNames = knownNames.filter { $0.count >= 2 }
    }

    /// Redacts `text`. The same value always gets the same placeholder within one call.
    public func redact(_ text: String) -> RedactedText {
        var matches: [(range: Range<String.Index>, kind: PIIKind)] = []
        func add(_ pattern: NSRegularExpression, _ kind: PIIKind, group: Int = 0, accept: (String) -> Bool = { _ in true }) {
            let ns = NSRange(text.startIndex..., in: text)
            for m in pattern.matches(in: text, range: ns) {
                guard let r = Range(m.range(at: group), in: text) else { continue }
                let value = String(text[r])
                guard accept(value) else { continue }
                if matches.contains(where: { $0.range.overlaps(r) }) { continue }
                matches.append((r, kind))
            }
        }
        add(Patterns.email, .email)
        add(Patterns.iban, .iban) { PaymentChecks.ibanIsValid($0) }
        add(Patterns.card, .card) { PaymentChecks.luhnIsValid($0) }
        add(Patterns.address, .address)
        add(Patterns.phone, .phone) { $0.filter(\.isNumber).count >= 7 }
        add(Patterns.nameCue, .name, group: 1)
        add(Patterns.signOff, .name, group: 1)
        for name in knownNames {
            let escaped = NSRegularExpression.escapedPattern(for: name)
            if let re = try? NSRegularExpression(pattern: "\\b\(escaped)\\b", options: [.caseInsensitive]) {
                add(re, .name)
            }
        }
        matches.sort { $0.range.lowerBound < $1.range.lowerBound }

        var out = ""
        var replacements: [(placeholder: String, kind: PIIKind, original: String)] = []
        var counters: [PIIKind: Int] = [:]
        var cursor = text.startIndex
        for m in matches {
            out += text[cursor..<m.range.lowerBound]
            let original = String(text[m.range])
            let placeholder: String
            if let existing = replacements.first(where: { $0.kind == m.kind && $0.original == original }) {
                placeholder = existing.placeholder
            } else {
                let n = (counters[m.kind] ?? 0) + 1
                counters[m.kind] = n
                placeholder = "[\(m.kind.rawValue)_\(n)]"
                replacements.append((placeholder, m.kind, original))
            }
            out += placeholder
            cursor = m.range.upperBound
        }
        out += text[cursor...]
        return RedactedText(text: out, replacements: replacements)
    }
}

private enum Patterns {
    static func make(_ p: String, _ o: NSRegularExpression.Options = []) -> NSRegularExpression {
        // The patterns are literals checked by the tests; a failure here is a programming error.
        guard let re = try? NSRegularExpression(pattern: p, options: o) else { preconditionFailure("bad pattern \(p)") }
        return re
    }

    static let email = make("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")
    static let iban = make("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b")
    static let card = make("\\b\\d(?:[ -]?\\d){12,18}\\b")
    static let phone = make("(?<![\\w-])\\+?\\(?\\d[\\d ().-]{6,}\\d(?![\\w-])")
    static let address = make(
        "\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\s){1,3}(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Way|Court|Ct\\.?|Place|Pl\\.?)\\b"
            + "|\\b[A-Z][a-zäöüß]+(?:straße|strasse|weg|gasse|platz)\\s+\\d{1,4}[a-z]?\\b")
    static let nameCue = make("(?:[Mm]y name is|[Tt]his is|I am|I'm)\\s+([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)")
    static let signOff = make("(?:Thanks|Thank you|Regards|Best|Cheers|Sincerely|Kind regards|Best regards),?\\s*\\n\\s*([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)\\s*(?:\\n|$)")
}
