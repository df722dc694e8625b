import Foundation

/// A line of a message with its UTF-8 offsets.
package struct MessageLine: Sendable, Hashable {
    /// Offsets of the line (without its terminator) in the message's UTF-8 encoding.
    package var utf8Range: Range<Int>
    /// The line trimmed of white space, ASCII lower-cased.
    package var lower: ByteText
    /// Whether the line is blank.
    package var isBlank: Bool { lower.isEmpty }

    /// The line's text in `bytes` (the message it was split from).
    package func text(in bytes: [UInt8]) -> String { String(decoding: bytes[utf8Range], as: UTF8.self) }

    /// Splits `bytes` into lines (LF or CRLF).
    package static func split(_ bytes: [UInt8]) -> [MessageLine] {
        // One lower-cased copy of the message, shared by every line's view.
        let lowered = ByteText.lowercased(bytes)
        var lines: [MessageLine] = []
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            // The next LF at or after `from` (memchr), or nil.
            func nextBreak(_ from: Int) -> Int? {
                guard from < b.count, let hit = memchr(base + from, 0x0A, b.count - from) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            var breaks = 0
            var p = 0
            while let i = nextBreak(p) {
                breaks += 1
                p = i + 1
            }
            lines.reserveCapacity(breaks + 1)
            var start = 0
            // A line ends at each LF, and the last one at the end of the text when it is not empty.
            while start <= b.count {
                let i: Int
                if let lf = nextBreak(start) {
                    i = lf
                } else if start < b.count {
                    i = b.count
                } else {
                    break
                }
                var e = i
                if e > start && b[e - 1] == UInt8(ascii: "\r") { e -= 1 }
                lines.append(MessageLine(utf8Range: start..<e, lower: ByteText(lowered: lowered, range: start..<e)))
                start = i + 1
            }
        }
        return lines
    }
}

/// Labels each line of an e-mail or chat message as content, quoted history, signature, boilerplate,
/// greeting or sign-off.
///
/// Rules, in order:
/// - Everything after a reply attribution is quoted: `On … wrote:` (possibly wrapped over two lines),
///   `-----Original Message-----`, `---------- Forwarded message ---------`, an underscore rule followed
///   by `From:`, or an Outlook header block (`From:` with `Sent:`/`Date:` and `Subject:` within 4 lines).
/// - Lines starting with `>` are quoted.
/// - After a signature delimiter (`-- ` or `--`) everything is signature (until quoted history).
/// - `Sent from my …`, `Get Outlook for …`, unsubscribe lines, and paragraphs with confidentiality
///   or legal wording are boilerplate.
/// - A sign-off line (``SocialPhrases``) starts a signature: up to 6 following short lines without
///   closing punctuation (names, titles, phone numbers) are signature.
/// - Greeting lines are greetings.
///
/// - Complexity: O(*n*) in the message length.
package enum LineClassifier {
    /// One kind per line (``UnitKind/content`` for ordinary text; blank lines are content and carry no units).
    package static func classify(_ lines: [MessageLine], in bytes: [UInt8], firstLineSkip: Int = 0) -> [UnitKind] {
        var kinds = [UnitKind].filled(.content, count: lines.count)
        var region: UnitKind = .content
        var signatureBudget = 0
        for (i, line) in lines.enumerated() {
            var t = line.lower
            var raw = bytes[line.utf8Range]
            if i == 0 && firstLineSkip > 0 {
                raw = raw.dropFirst(firstLineSkip)
                t = ByteText(bytes: raw)
            }
            if region == .quoted { kinds[i] = .quoted; continue }
            if isAttribution(lines, i, t) { region = .quoted; kinds[i] = .quoted; continue }
            if t.first == UInt8(ascii: ">") { kinds[i] = .quoted; continue }
            if region == .signature { kinds[i] = .signature; continue }
            if bytes[line.utf8Range].elementsEqual([0x2D, 0x2D, 0x20]) || t.bytes == [0x2D, 0x2D] || t.bytes == [0xE2, 0x80, 0x94] {
                region = .signature; kinds[i] = .signature; continue
            }
            if t.isEmpty { continue }
            if isBoilerplate(t) { kinds[i] = .boilerplate; signatureBudget = 0; continue }
            if signatureBudget > 0 {
                if looksLikeSignatureLine(t) { kinds[i] = .signature; signatureBudget -= 1; continue }
                signatureBudget = 0
            }
            if t.count < 80, let social = SocialPhrases.classify(utf8: raw) {
                kinds[i] = social
                if social == .signOff { signatureBudget = 6 }
                continue
            }
        }
        markLegalParagraphs(lines, &kinds)
        return kinds
    }

    private static func isAttribution(_ lines: [MessageLine], _ i: Int, _ t: ByteText) -> Bool {
        if t.hasPrefix("on ") {
            if t.hasSuffix("wrote:") || t.hasSuffix("\u{E9}crit :") { return true }
            if i + 1 < lines.count, lines[i + 1].lower.hasSuffix("wrote:"), lines[i + 1].lower.count < 120 {
                return true
            }
        }
        if t.hasSuffix("wrote:") && t.count < 160 && (t.contains(byte: UInt8(ascii: "@")) || t.contains(" at ")) {
            return true
        }
        if t.hasPrefix("-----original message") || t.hasPrefix("---------- forwarded message")
            || t.hasPrefix("----- forwarded message") || t.hasPrefix("begin forwarded message") {
            return true
        }
        if t.hasPrefix("from:") {
            var sawDate = false
            var sawSubject = false
            for j in (i + 1)..<min(lines.count, i + 6) {
                let l = lines[j].lower
                if l.hasPrefix("sent:") || l.hasPrefix("date:") { sawDate = true }
                if l.hasPrefix("subject:") || l.hasPrefix("to:") { sawSubject = true }
            }
            return sawDate && sawSubject
        }
        if t.count >= 10 && t.bytes.allSatisfy({ $0 == UInt8(ascii: "_") }), i + 1 < lines.count,
           lines[i + 1].lower.hasPrefix("from:") {
            return true
        }
        return false
    }

    private static let boilerplatePrefixes: [StaticString] = [
        "sent from my ", "sent from mail for", "sent from yahoo", "sent from outlook", "get outlook for",
        "sent via ", "sent using ", "this message was sent from",
    ]

    private static func isBoilerplate(_ t: ByteText) -> Bool {
        if t.first == UInt8(ascii: "s") || t.first == UInt8(ascii: "g") || t.first == UInt8(ascii: "t") {
            if boilerplatePrefixes.contains(where: { t.hasPrefix($0) }) { return true }
        }
        if t.contains("unsubscribe") || t.contains("manage your notification") { return true }
        return isLegal(t)
    }

    private static func isLegal(_ t: ByteText) -> Bool {
        // The prefixes start with `d`, `c` or `t`.
        if let f = t.first, f == UInt8(ascii: "d") || f == UInt8(ascii: "c") || f == UInt8(ascii: "t") {
            if t.hasPrefix("disclaimer") || t.hasPrefix("confidentiality notice") || t.hasPrefix("this e-mail and any")
                || t.hasPrefix("this email and any") || t.hasPrefix("this message and any") { return true }
        }
        if t.contains("confidential") && (t.contains("intended") || t.contains("recipient") || t.contains("privileged")) {
            return true
        }
        return t.contains("if you have received this") || t.contains("intended recipient")
    }

    /// Name, title, company, phone, e-mail or URL lines: short, no closing sentence punctuation.
    private static func looksLikeSignatureLine(_ t: ByteText) -> Bool {
        var words = 1
        for b in t.bytes where b == 0x20 { words += 1 }
        if words > 8 { return false }
        guard let last = t.bytes.last else { return false }
        if last == UInt8(ascii: "?") || last == UInt8(ascii: "!") { return false }
        if last == UInt8(ascii: ".") && !(t.contains(byte: UInt8(ascii: "@")) || t.contains("www") || t.contains("inc.")
            || t.contains("ltd.")) {
            return false
        }
        return true
    }

    /// A paragraph (blank-line separated) containing a legal line is boilerplate as a whole.
    private static func markLegalParagraphs(_ lines: [MessageLine], _ kinds: inout [UnitKind]) {
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count && !lines[end].isBlank { end += 1 }
            if end > start && (start..<end).contains(where: { kinds[$0] == .boilerplate && isLegal(lines[$0].lower) }) {
                for j in start..<end where kinds[j] == .content { kinds[j] = .boilerplate }
            }
            start = end + 1
        }
    }
}
