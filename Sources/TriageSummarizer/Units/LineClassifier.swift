import Foundation

/// A line of a message with its UTF-8 offsets.
package struct MessageLine: Sendable, Hashable {
    /// The line without its terminator.
    package var text: String
    /// Offsets of ``text`` in the message's UTF-8 encoding.
    package var utf8Range: Range<Int>
    /// ``text`` trimmed of white space.
    package var trimmed: String

    /// Splits `bytes` into lines (LF or CRLF).
    package static func split(_ bytes: [UInt8]) -> [MessageLine] {
        var lines: [MessageLine] = []
        var start = 0
        func add(_ end: Int) {
            var e = end
            if e > start && bytes[e - 1] == UInt8(ascii: "\r") { e -= 1 }
            let text = String(decoding: bytes[start..<e], as: UTF8.self)
            lines.append(MessageLine(text: text, utf8Range: start..<e,
                                     trimmed: text.trimmingCharacters(in: .whitespaces)))
        }
        for i in bytes.indices where bytes[i] == UInt8(ascii: "\n") {
            add(i)
            start = i + 1
        }
        if start < bytes.count { add(bytes.count) }
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
    package static func classify(_ lines: [MessageLine], firstLineSkip: Int = 0) -> [UnitKind] {
        var kinds = [UnitKind](repeating: .content, count: lines.count)
        var region: UnitKind = .content
        var signatureBudget = 0
        for (i, line) in lines.enumerated() {
            var t = line.trimmed
            if i == 0 && firstLineSkip > 0 {
                t = String(decoding: Array(line.text.utf8).dropFirst(firstLineSkip), as: UTF8.self)
                    .trimmingCharacters(in: .whitespaces)
            }
            if region == .quoted { kinds[i] = .quoted; continue }
            if isAttribution(lines, i, t) { region = .quoted; kinds[i] = .quoted; continue }
            if t.hasPrefix(">") { kinds[i] = .quoted; continue }
            if region == .signature { kinds[i] = .signature; continue }
            if line.text == "-- " || t == "--" || t == "—" { region = .signature; kinds[i] = .signature; continue }
            if t.isEmpty { continue }
            if isBoilerplate(t) { kinds[i] = .boilerplate; signatureBudget = 0; continue }
            if signatureBudget > 0 {
                if looksLikeSignatureLine(t) { kinds[i] = .signature; signatureBudget -= 1; continue }
                signatureBudget = 0
            }
            if let social = SocialPhrases.classify(t) {
                kinds[i] = social
                if social == .signOff { signatureBudget = 6 }
                continue
            }
        }
        markLegalParagraphs(lines, &kinds)
        return kinds
    }

    private static func isAttribution(_ lines: [MessageLine], _ i: Int, _ t: String) -> Bool {
        let lower = t.lowercased()
        if lower.hasPrefix("on ") {
            if lower.hasSuffix("wrote:") || lower.hasSuffix("écrit :") { return true }
            if i + 1 < lines.count, lines[i + 1].trimmed.lowercased().hasSuffix("wrote:"),
               lines[i + 1].trimmed.utf8.count < 120 { return true }
        }
        if lower.hasSuffix("wrote:") && lower.utf8.count < 160 && (lower.contains("@") || lower.contains(" at ")) {
            return true
        }
        if lower.hasPrefix("-----original message") || lower.hasPrefix("---------- forwarded message")
            || lower.hasPrefix("----- forwarded message") || lower.hasPrefix("begin forwarded message") {
            return true
        }
        if lower.hasPrefix("from:") {
            var sawDate = false
            var sawSubject = false
            for j in (i + 1)..<min(lines.count, i + 6) {
                let l = lines[j].trimmed.lowercased()
                if l.hasPrefix("sent:") || l.hasPrefix("date:") { sawDate = true }
                if l.hasPrefix("subject:") || l.hasPrefix("to:") { sawSubject = true }
            }
            return sawDate && sawSubject
        }
        if t.utf8.count >= 10 && t.allSatisfy({ $0 == "_" }), i + 1 < lines.count,
           lines[i + 1].trimmed.lowercased().hasPrefix("from:") {
            return true
        }
        return false
    }

    private static func isBoilerplate(_ t: String) -> Bool {
        let lower = t.lowercased()
        let prefixes = ["sent from my ", "sent from mail for", "sent from yahoo", "sent from outlook",
                        "get outlook for", "sent via ", "sent using ", "this message was sent from"]
        if prefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower.contains("unsubscribe") || lower.contains("manage your notification") { return true }
        return isLegal(lower)
    }

    private static func isLegal(_ lower: String) -> Bool {
        if lower.hasPrefix("disclaimer") || lower.hasPrefix("confidentiality notice")
            || lower.hasPrefix("this e-mail and any") || lower.hasPrefix("this email and any")
            || lower.hasPrefix("this message and any") { return true }
        if lower.contains("confidential") && (lower.contains("intended") || lower.contains("recipient")
            || lower.contains("privileged")) { return true }
        if lower.contains("if you have received this") || lower.contains("intended recipient") { return true }
        return false
    }

    /// Name, title, company, phone, e-mail or URL lines: short, no closing sentence punctuation.
    private static func looksLikeSignatureLine(_ t: String) -> Bool {
        let words = t.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.count > 8 { return false }
        guard let last = t.last else { return false }
        if last == "?" || last == "!" { return false }
        if last == "." && !(t.contains("@") || t.contains("www") || t.contains("Inc.") || t.contains("Ltd.")) {
            return false
        }
        return true
    }

    /// A paragraph (blank-line separated) containing a legal line is boilerplate as a whole.
    private static func markLegalParagraphs(_ lines: [MessageLine], _ kinds: inout [UnitKind]) {
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count && !lines[end].trimmed.isEmpty { end += 1 }
            if end > start && (start..<end).contains(where: { kinds[$0] == .boilerplate && isLegal(lines[$0].trimmed.lowercased()) }) {
                for j in start..<end where kinds[j] == .content { kinds[j] = .boilerplate }
            }
            start = end + 1
        }
    }
}
