/// One speaker turn of a chat or dialogue transcript.
public struct DialogueTurn: Sendable, Hashable, Codable {
    /// The speaker tag as written, without the colon (`#Person1#`, `Agent`, `Ana Lima`); `nil` for text
    /// before the first tag.
    public var speaker: String?
    /// The turn's text (after the tag; continuation lines included), trimmed.
    public var text: String
    /// Byte offsets of ``text`` in the source's UTF-8 encoding.
    public var utf8Range: Range<Int>

    public init(speaker: String?, text: String, utf8Range: Range<Int>) {
        self.speaker = speaker
        self.text = text
        self.utf8Range = utf8Range
    }
}

/// Splits a chat or dialogue transcript into speaker turns.
///
/// A line starts a new turn when it begins (after optional spaces) with a speaker tag followed by `:`:
/// - DialogSum tags `#Name#:` (`#Person1#: Hello`), always;
/// - plain names `Name:` of one to three words (letters, digits, `.`, `-`, `_`, `'`; at most 40 bytes),
///   when the name is a common role (`agent`, `customer`, `user`, `support`, `bot`, `assistant`, `system`,
///   `client`, `rep`, `operator`, `me`, `you`, any case) or appears as a tag on at least two lines. The
///   second condition keeps `Note: …` or `Error: …` inside a turn unless they recur like speakers do.
///
/// Other lines continue the current turn; lines before the first tag form a turn with no speaker. Empty
/// turns are dropped.
public struct TurnSegmenter: Sendable, Hashable {
    public init() {}

    /// The turns of `text`, in order.
    ///
    /// - Complexity: O(*n*) for *n* UTF-8 bytes.
    public func turns(in text: String) -> [DialogueTurn] {
        var copy = text
        return copy.withUTF8 { turns(inUTF8: $0) }
    }

    /// The turns of a UTF-8 buffer, in order.
    public func turns(inUTF8 p: UnsafeBufferPointer<UInt8>) -> [DialogueTurn] {
        struct Line { var start: Int; var end: Int; var tag: Range<Int>?; var body: Int }
        var lines: [Line] = []
        var counts: [String: Int] = [:]
        var i = 0
        while i <= p.count {
            var end = i
            while end < p.count, p[end] != 0x0A { end += 1 }
            var line = Line(start: i, end: end, tag: nil, body: i)
            if let (tag, body) = Self.speakerTag(p, i, end) {
                line.tag = tag
                line.body = body
                counts[Self.string(p, tag).lowercased(), default: 0] += 1
            }
            lines.append(line)
            i = end + 1
        }
        var turns: [DialogueTurn] = []
        var speaker: String?
        var bodyStart = 0
        var bodyEnd = 0
        func flush() {
            var a = bodyStart, b = bodyEnd
            while a < b, ASCII.isSpace(p[a]) { a += 1 }
            while b > a, ASCII.isSpace(p[b - 1]) { b -= 1 }
            if a < b { turns.append(DialogueTurn(speaker: speaker, text: Self.string(p, a..<b), utf8Range: a..<b)) }
        }
        for line in lines {
            if let tag = line.tag {
                let name = Self.string(p, tag)
                let isDialogSum = p[tag.lowerBound] == UInt8(ascii: "#")
                if isDialogSum || Self.roles.contains(name.lowercased()) || counts[name.lowercased(), default: 0] >= 2 {
                    flush()
                    speaker = name
                    bodyStart = line.body
                    bodyEnd = line.end
                    continue
                }
            }
            bodyEnd = line.end
        }
        flush()
        return turns
    }

    static let roles: Set<String> = [
        "agent", "customer", "user", "support", "bot", "assistant", "system", "client", "rep", "operator", "me", "you",
    ]

    /// A `#Name#:` or `Name:` tag at the start of the line `s..<e`: the tag range and where the body starts.
    static func speakerTag(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> (Range<Int>, Int)? {
        var k = s
        while k < e, p[k] == 0x20 || p[k] == 0x09 { k += 1 }
        let tagStart = k
        if k < e, p[k] == UInt8(ascii: "#") {
            k += 1
            while k < e, ASCII.isAlnum(p[k]) || p[k] == UInt8(ascii: "_") { k += 1 }
            guard k < e, k > tagStart + 1, p[k] == UInt8(ascii: "#") else { return nil }
            k += 1
            guard k < e, p[k] == UInt8(ascii: ":") else { return nil }
            return (tagStart..<k, k + 1)
        }
        var words = 0
        var inWord = false
        while k < e, k - tagStart <= 40 {
            let c = p[k]
            if c == UInt8(ascii: ":") { break }
            if c >= 0x80 || ASCII.isAlnum(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
                || c == UInt8(ascii: "_") || c == UInt8(ascii: "'") {
                if !inWord { words += 1; inWord = true }
            } else if c == 0x20 {
                inWord = false
            } else {
                return nil
            }
            k += 1
        }
        guard k < e, p[k] == UInt8(ascii: ":"), words >= 1, words <= 3, k - tagStart <= 40 else { return nil }
        guard ASCII.isLetter(p[tagStart]) || p[tagStart] >= 0x80 else { return nil }
        // `Name:` must be followed by a space or the end of the line (not `http://`, not `10:30`).
        guard k + 1 == e || p[k + 1] == 0x20 || p[k + 1] == 0x09 else { return nil }
        var tagEnd = k
        while tagEnd > tagStart, p[tagEnd - 1] == 0x20 { tagEnd -= 1 }
        return (tagStart..<tagEnd, k + 1)
    }

    static func string(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)
    }
}
