import Foundation

/// Errors raised while reading a thread for summarization.
public enum ThreadReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input looked like JSON but could not be parsed. Fix the JSON syntax.
    case invalidJSON(source: String, detail: String)
    /// A JSON ticket has neither `messages` nor `text`. Add one of them.
    case missingField(source: String, field: String)
    /// A field has the wrong type (e.g. `messages` is not an array). `index` is the message index when known.
    case wrongType(source: String, field: String, index: Int?)

    public var description: String {
        switch self {
        case let .invalidJSON(source, detail):
            return "\(source): not valid JSON (\(detail))"
        case let .missingField(source, field):
            return "\(source): missing field `\(field)`; a ticket needs `messages` or `text`"
        case let .wrongType(source, field, index):
            let at = index.map { " in message \($0)" } ?? ""
            return "\(source): field `\(field)`\(at) has the wrong type"
        }
    }
}

/// Turns raw input into ``SummaryMessage``s: a ticket JSON object (DESIGN.md §3), a DialogSum-style
/// dialogue (`#Person1#: …` one turn per line), or plain text (one customer message).
///
/// The ticket reader is deliberately minimal (it reads `id`, `messages[].author|role`, `messages[].id`,
/// `messages[].text`, or the short form `text`) so the summarizer does not depend on the ticket module.
public enum ThreadReader {
    /// Reads `text`, detecting its format.
    ///
    /// - Parameters:
    ///   - text: The input.
    ///   - source: A name for error messages (a file path or `"stdin"`).
    /// - Returns: The messages in thread order; empty for blank input.
    /// - Throws: ``ThreadReadError`` when the input starts with `{` but is not a usable ticket.
    /// - Complexity: O(*n*) in the input length.
    public static func read(_ text: String, source: String = "input") throws -> [SummaryMessage] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [] }
        if trimmed.hasPrefix("{") { return try ticket(Data(trimmed.utf8), source: source) }
        if let turns = dialogue(text) { return turns }
        return [SummaryMessage(id: "1", role: .customer, text: text)]
    }

    /// Splits a DialogSum-style dialogue into one message per turn, or returns `nil` when the first
    /// non-blank line has no `#Name#:` tag.
    ///
    /// Each message keeps its line verbatim (tag included); ``SummaryMessage/speaker`` is the tag
    /// (`"#Person1#"`), and message ids are the 1-based turn numbers. Lines without a tag continue the
    /// previous turn. The first speaker is mapped to ``SpeakerRole/customer``, others to ``SpeakerRole/agent``
    /// (the default weights treat the two alike).
    public static func dialogue(_ text: String) -> [SummaryMessage]? {
        var text = text
        return text.withUTF8 { bytes -> [SummaryMessage]? in
            var messages: [SummaryMessage] = []
            var firstSpeaker: String?
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                defer { start = end + 1 }
                if end == start { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if let tagEnd = speakerTagEnd(line) {
                    let tag = String(decoding: UnsafeBufferPointer(rebasing: line[0..<tagEnd]), as: UTF8.self)
                    if firstSpeaker == nil { firstSpeaker = tag }
                    let role: SpeakerRole = tag == firstSpeaker ? .customer : .agent
                    messages.append(SummaryMessage(id: String(messages.count + 1), role: role, speaker: tag,
                                                   text: String(decoding: line, as: UTF8.self)))
                } else if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    continue
                } else if !messages.isEmpty {
                    messages[messages.count - 1].text += "\n" + String(decoding: line, as: UTF8.self)
                } else {
                    return nil
                }
            }
            return messages.isEmpty ? nil : messages
        }
    }

    /// The `#Name#` tag at the start of a line followed by `:`, if any.
    package static func speakerTag(_ line: String) -> String? {
        var line = line
        return line.withUTF8 { b in speakerTagEnd(b).map { String(decoding: UnsafeBufferPointer(rebasing: b[0..<$0]), as: UTF8.self) } }
    }

    /// The length of the `#Name#` tag (within the first 64 bytes) at the start of `line` when `:` follows it.
    private static func speakerTagEnd(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = min(64, line.count)
        guard count > 0, line[0] == UInt8(ascii: "#") else { return nil }
        var i = 1
        while i < count && line[i] != UInt8(ascii: "#") && line[i] != UInt8(ascii: " ") { i += 1 }
        guard i < count, i > 1, line[i] == UInt8(ascii: "#"), i + 1 < count, line[i + 1] == UInt8(ascii: ":") else { return nil }
        return i + 1
    }

    /// Reads a ticket JSON object.
    public static func ticket(_ data: Data, source: String = "input") throws -> [SummaryMessage] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ThreadReadError.invalidJSON(source: source, detail: "\(error.localizedDescription)")
        }
        guard let ticket = object as? [String: Any] else {
            throw ThreadReadError.invalidJSON(source: source, detail: "top level is not an object")
        }
        let ticketID = (ticket["id"] as? String) ?? (ticket["id"] as? Int).map(String.init) ?? "ticket"
        if let raw = ticket["messages"] {
            guard let list = raw as? [Any] else {
                throw ThreadReadError.wrongType(source: source, field: "messages", index: nil)
            }
            var messages: [SummaryMessage] = []
            for (index, item) in list.enumerated() {
                guard let m = item as? [String: Any] else {
                    throw ThreadReadError.wrongType(source: source, field: "messages", index: index)
                }
                guard let text = m["text"] as? String else {
                    throw ThreadReadError.wrongType(source: source, field: "text", index: index)
                }
                let label = (m["author"] as? String) ?? (m["role"] as? String) ?? "customer"
                let id = (m["id"] as? String) ?? "\(ticketID)#\(index + 1)"
                messages.append(SummaryMessage(
                    id: id, role: SpeakerRole(label: label), speaker: m["name"] as? String, text: text,
                    quotedText: m["quoted_text"] as? String, signatureText: m["signature"] as? String))
            }
            return messages
        }
        if let raw = ticket["text"] {
            guard let text = raw as? String else {
                throw ThreadReadError.wrongType(source: source, field: "text", index: nil)
            }
            return [SummaryMessage(id: "\(ticketID)#1", role: .customer, text: text)]
        }
        throw ThreadReadError.missingField(source: source, field: "messages")
    }
}
