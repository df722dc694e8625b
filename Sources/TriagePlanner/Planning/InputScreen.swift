/// Rejects input the pipeline cannot handle before any model runs: no text, only a signature, too much text,
/// or text that is mostly in a script other than Latin. Such tickets are handed off as `unsupported_input`.
public struct InputScreen: Sendable {
    /// Limits of the screen.
    public struct Options: Sendable, Hashable, Codable {
        /// The most customer text accepted, in UTF-8 bytes. The default is 100,000.
        public var maxBytes: Int = 100_000
        /// The largest share of letters outside the Latin script accepted. The default is 0.5.
        public var maxNonLatinShare: Double = 0.5
        public init() {}
    }

    /// Why input was rejected.
    public enum Problem: String, Sendable, Hashable, Codable {
        case empty
        case signatureOnly = "signature_only"
        case tooLarge = "too_large"
        case unsupportedScript = "unsupported_script"

        /// A note for the handoff context.
        public var note: String {
            switch self {
            case .empty: "The ticket has no customer text."
            case .signatureOnly: "The customer text is only a greeting or signature."
            case .tooLarge: "The customer text is too large to triage automatically."
            case .unsupportedScript: "The text is mostly in a language or script the workspace does not support."
            }
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The problem with `text` (subject and customer messages), or `nil` when it can be triaged.
    ///
    /// - Complexity: O(*n*) in the text's bytes, stopping at ``Options/maxBytes``.
    public func problem(with text: String) -> Problem? {
        if text.utf8.count > options.maxBytes { return .tooLarge }
        var other = 0
        let ascii = text.withUTF8Bytes { bytes in
            var latin = 0
            var nonASCII = false
            for byte in bytes {
                if byte >= 0x80 { nonASCII = true } else if TextBytes.isAlpha(byte) { latin += 1 }
            }
            return (latin: latin, nonASCII: nonASCII)
        }
        var latin = ascii.latin
        let hasNonASCII = ascii.nonASCII
        if hasNonASCII {
            for scalar in text.unicodeScalars where scalar.value >= 0x80 && scalar.properties.isAlphabetic {
                if scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value) { latin += 1 } else { other += 1 }
            }
        }
        if latin + other == 0 { return .empty }
        if Double(other) / Double(latin + other) > options.maxNonLatinShare { return .unsupportedScript }
        // Signature-only texts are short; longer ones always carry content.
        if text.utf8.count <= 600, Self.isSignatureOnly(text) { return .signatureOnly }
        return nil
    }

    static let signOffs: Set<String> = [
        "regards", "best regards", "kind regards", "warm regards", "best wishes", "best", "cheers", "sincerely",
        "yours sincerely", "yours", "thanks", "thank you", "many thanks", "thx", "br", "mfg", "viele grüße",
        "beste grüße", "liebe grüße", "gruß",
    ]

    /// Whether every line is a sign-off, a signature delimiter, a "sent from" line, contact data or a short name.
    static func isSignatureOnly(_ text: String) -> Bool {
        if Self.firstLineIsPlainContent(text) { return false }
        var sawSignOff = false
        var inSignature = false
        // Lines are visited lazily: the first line with content usually settles it.
        var lineStart = text.startIndex
        var cursor = text.startIndex
        while lineStart < text.endIndex {
            while cursor < text.endIndex, !text[cursor].isNewline { cursor = text.index(after: cursor) }
            let rawLine = text[lineStart..<cursor]
            if cursor < text.endIndex { cursor = text.index(after: cursor) }
            lineStart = cursor
            let line = Self.trimmed(rawLine) { $0.isWhitespace }
            if line.isEmpty { continue }
            if line == "--" || line == "-- " || line == "—" { inSignature = true; continue }
            // The line without surrounding punctuation; only short ones can be a sign-off (the longest is 15
            // bytes, and lower-casing never halves a text), so long lines skip the lower-casing.
            let core = Self.trimmed(line) { $0 == "," || $0 == "." || $0 == "!" || $0 == "-" || $0 == "–" || $0 == " " }
            if core.utf8.count <= 40, signOffs.contains(core.lowercased()) { sawSignOff = true; continue }
            if Self.startsWithSentFrom(core.utf8) { sawSignOff = true; continue }
            let looksLikeSignature = line.split(separator: " ").count <= 6 && !line.hasSuffix("?") && !line.hasSuffix("!")
                && !line.hasSuffix(".") && (line.first.map { $0.isUppercase || $0.isNumber || $0 == "+" } ?? false)
            if (inSignature || sawSignOff) && looksLikeSignature {
                continue   // name, title, company, phone under a sign-off or delimiter
            }
            return false
        }
        return sawSignOff || inSignature
    }

    /// `text` without leading and trailing characters matching `drop`.
    /// Whether the first line with content is plain ASCII and neither a signature delimiter, a sign-off nor a
    /// "sent from" line: then the text is not signature-only, which the line-by-line check would also find
    /// on that line. `false` means "not sure" (non-ASCII bytes, a sign-off…): the full check runs.
    static func firstLineIsPlainContent(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i < b.count {
                var end = i
                while end < b.count, b[end] != 0x0A, b[end] != 0x0D {
                    let c = b[end]
                    if c >= 0x80 || c == 0x0B || c == 0x0C { return false }
                    end += 1
                }
                var s = i, e = end
                while s < e, b[s] == 0x20 || b[s] == 0x09 { s += 1 }
                while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 }
                if s == e { i = end + 1; continue }   // a blank line
                if e - s == 2, b[s] == 0x2D, b[s + 1] == 0x2D { return false }   // "--"
                func isPunctuation(_ c: UInt8) -> Bool { c == 0x2C || c == 0x2E || c == 0x21 || c == 0x2D || c == 0x20 }
                while s < e, isPunctuation(b[s]) { s += 1 }
                while e > s, isPunctuation(b[e - 1]) { e -= 1 }
                let core = UnsafeBufferPointer(rebasing: b[s..<e])
                if core.count <= 40 {
                    let lowered = String(decoding: core.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
                    if signOffs.contains(lowered) { return false }
                }
                return !startsWithSentFrom(core)
            }
            return false
        }
    }

    static func trimmed(_ text: Substring, _ drop: (Character) -> Bool) -> Substring {
        var t = text
        while let c = t.first, drop(c) { t.removeFirst() }
        while let c = t.last, drop(c) { t.removeLast() }
        return t
    }

    /// Whether `text` starts with the lower-case ASCII `prefix`, ignoring ASCII case.
    /// Whether `text` starts, ignoring ASCII case, with a mail client's "sent from my" or "get outlook for" line.
    static func startsWithSentFrom<C: Collection<UInt8>>(_ text: C) -> Bool {
        hasASCIIPrefix(text, "sent from my") || hasASCIIPrefix(text, "get outlook for")
    }

    static func hasASCIIPrefix<C: Collection<UInt8>>(_ text: C, _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { p in
            var it = text.makeIterator()
            for expected in p {
                guard let b = it.next() else { return false }
                let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                if lower != expected { return false }
            }
            return true
        }
    }
}

import Foundation
