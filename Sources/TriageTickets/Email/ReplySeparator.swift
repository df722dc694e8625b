/// Separates the new text of a message from its quoted reply history and its signature.
///
/// Nothing is thrown away: every input line ends up in exactly one of ``Parts/text``, ``Parts/quoted`` or
/// ``Parts/signature``. Recognised:
/// - `>`-prefixed lines, anywhere (with the `On … wrote:` attribution line above them, also when wrapped over
///   two lines); text after such a block is new text again (inline and bottom-posted replies);
/// - Outlook-style history, taken to the end: `-----Original Message-----`, a `From:` line followed within four
///   lines by `Sent:` or `Date:` (optionally after a `____` rule), and forwarded-message markers;
/// - a signature after the last `-- ` delimiter line (the trailing blank may be missing) above the history.
public enum ReplySeparator {
    /// The three parts of a message body, each with line breaks normalised to `\n` and blank edges trimmed.
    public struct Parts: Sendable, Hashable {
        /// What the author newly wrote.
        public var text: String
        /// The quoted history, or `nil` when there was none.
        public var quoted: String?
        /// The signature (without its `-- ` delimiter), or `nil`.
        public var signature: String?
    }

    private enum Role { case text, quoted, signature }

    /// Splits `body` into new text, quoted history and signature.
    /// - Complexity: O(*n*) in the number of lines.
    public static func separate(_ body: String) -> Parts {
        let normalized = body.replacingLineBreaks()
        let lines = normalized.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
        var roles = [Role](repeating: .text, count: lines.count)
        if let start = historyStart(lines) {
            for index in start..<lines.count { roles[index] = .quoted }
        }
        markQuoteBlocks(lines, &roles)
        // Signature: after the last delimiter among new-text lines.
        if let delimiter = lines.indices.last(where: { roles[$0] == .text && isSignatureDelimiter(lines[$0]) }) {
            roles[delimiter] = .signature
            for index in (delimiter + 1)..<lines.count where roles[index] == .text { roles[index] = .signature }
        }
        func join(_ role: Role, dropping: Int? = nil) -> String? {
            guard roles.contains(role) else { return nil }
            let chosen = lines.indices.filter { roles[$0] == role && $0 != dropping }.map { lines[$0] }
            let text = trimBlankLines(chosen).joined(separator: "\n")
            return text.isEmpty ? nil : text
        }
        let delimiterIndex = lines.indices.first { roles[$0] == .signature }
        return Parts(text: join(.text) ?? "", quoted: join(.quoted), signature: join(.signature, dropping: delimiterIndex))
    }

    /// Index where Outlook-style or forwarded history begins (it runs to the end), or `nil`.
    private static func historyStart(_ lines: [String]) -> Int? {
        for (index, line) in lines.enumerated() {
            // Only lines starting with '-', '_', '*', 'b' or 'f' can open history; skip the rest cheaply.
            guard let first = line.firstSignificantByte, [0x2D, 0x5F, 0x2A, 0x62, 0x66].contains(first) else { continue }
            let trimmed = line.trimmed
            let lowered = trimmed.lowercased()
            if lowered.hasPrefix("-----") && (lowered.contains("original message") || lowered.contains("forwarded message")) {
                return index
            }
            if lowered.hasPrefix("----------") && lowered.contains("forwarded") { return index }
            if lowered == "begin forwarded message:" { return index }
            if lowered.hasPrefix("from:") || lowered.hasPrefix("*from:*") {
                let window = lines[(index + 1)..<min(lines.count, index + 5)].map { $0.trimmed.lowercased() }
                if window.contains(where: { $0.hasPrefix("sent:") || $0.hasPrefix("date:") || $0.hasPrefix("*sent:*") }) {
                    if index > 0, lines[index - 1].trimmed.hasPrefix("____") { return index - 1 }
                    return index
                }
            }
        }
        return nil
    }

    /// Marks `>` lines, their attribution line above, and blank lines inside a quote block.
    private static func markQuoteBlocks(_ lines: [String], _ roles: inout [Role]) {
        var index = 0
        while index < lines.count {
            guard roles[index] == .text else { index += 1; continue }
            let attributionLength = attribution(lines, at: index)
            guard attributionLength > 0 || isQuoteLine(lines[index]) else { index += 1; continue }
            let quoteStart = index + attributionLength
            var end = quoteStart
            var lastQuoted = quoteStart - 1
            while end < lines.count {
                if isQuoteLine(lines[end]) { lastQuoted = end; end += 1; continue }
                if lines[end].isBlankText { end += 1; continue }
                break
            }
            let hasQuote = lastQuoted >= quoteStart
            // An attribution line counts when quoted lines follow it, or when nothing but blanks follows it.
            if hasQuote || (attributionLength > 0 && end == lines.count) {
                for marked in index...max(index, lastQuoted) where roles[marked] == .text { roles[marked] = .quoted }
                index = max(lastQuoted, index + attributionLength - 1) + 1
            } else {
                index += 1
            }
        }
    }

    private static func isQuoteLine(_ line: String) -> Bool {
        line.drop { $0 == " " }.first == ">"
    }

    /// 1 or 2 when an `On … wrote:` attribution (or a common translation) starts at `index`, else 0.
    private static func attribution(_ lines: [String], at index: Int) -> Int {
        // Openers start with o, l, a, e or i.
        guard let first = lines[index].firstSignificantByte, [0x6F, 0x6C, 0x61, 0x65, 0x69].contains(first) else { return 0 }
        let line = lines[index].trimmed
        let lowered = line.lowercased()
        let openers = ["on ", "le ", "am ", "el ", "il ", "op "]
        let closers = ["wrote:", "writes:", "a écrit :", "a écrit:", "schrieb:", "escribió:", "ha scritto:", "schreef:"]
        guard openers.contains(where: { lowered.hasPrefix($0) }) else { return 0 }
        if closers.contains(where: { lowered.hasSuffix($0) }) { return 1 }
        if index + 1 < lines.count {
            let next = lines[index + 1].trimmed.lowercased()
            if closers.contains(where: { next.hasSuffix($0) }), next.count < 80 { return 2 }
        }
        return 0
    }

    private static func isSignatureDelimiter(_ line: String) -> Bool {
        line == "-- " || line == "--" || line == "-- \r"
    }

    private static func trimBlankLines(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !$0.isBlankText }),
              let last = lines.lastIndex(where: { !$0.isBlankText }) else { return [] }
        return Array(lines[first...last])
    }
}

extension String {
    /// The text with `\r\n` and lone `\r` turned into `\n`.
    /// - Complexity: O(*n*), on UTF-8 bytes.
    func replacingLineBreaks() -> String {
        guard utf8.contains(0x0D) else { return self }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == 0x0D {
                output.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `true` when the text holds only ASCII blanks and line breaks (a fast check on UTF-8 bytes).
    var isBlankText: Bool {
        !utf8.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }

    /// The first byte that is not an ASCII blank, lower-cased when a letter; `nil` for a blank line.
    var firstSignificantByte: UInt8? {
        guard let byte = utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        return (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
