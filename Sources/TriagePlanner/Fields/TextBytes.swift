import TriageText

/// A text as UTF-8 bytes with the small character tests the extractors share.
public struct TextBytes: Sendable {
    /// The text.
    public let text: String
    /// Its UTF-8 bytes.
    public let bytes: [UInt8]

    public init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    public var count: Int { bytes.count }

    /// The text of a byte range (invalid UTF-8 at the edges is repaired).
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The byte at `i`, or 0 outside the text.
    @inline(__always) public subscript(i: Int) -> UInt8 {
        i >= 0 && i < bytes.count ? bytes[i] : 0
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isAlpha(b) }
    /// ASCII letters, digits and any non-ASCII byte: a character that can be part of a word.
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { isAlnum(b) || b >= 0x80 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    /// The first position at or after `start` holding an ASCII digit, `a` or `b`, or ``count`` when none does:
    /// eight bytes at a time, so scanners can jump over text that cannot start a candidate.
    package func nextDigit(from start: Int, or a: UInt8 = 0x30, _ b: UInt8 = 0x30) -> Int {
        var i = max(0, start)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            while i + 8 <= buffer.count {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let hit = ByteWords.between(w, 0x2F, 0x3A) | ByteWords.equal(w, a) | ByteWords.equal(w, b)
                if hit != 0 {
                    i += ByteWords.first(hit)
                    return
                }
                i += 8
            }
            while i < buffer.count, !Self.isDigit(buffer[i]), buffer[i] != a, buffer[i] != b { i += 1 }
        }
        return i
    }

    /// Whether position `i` starts a word (the previous byte is not a word byte).
    func wordStart(_ i: Int) -> Bool { i == 0 || !Self.isWordByte(self[i - 1]) }
    /// Whether position `i` ends a word (the byte at `i` is not a word byte).
    func wordEnd(_ i: Int) -> Bool { i >= count || !Self.isWordByte(self[i]) }

    /// Whether the bytes at `i` equal `word` ignoring ASCII case.
    func matches(_ word: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        for k in 0..<word.count where Self.lower(bytes[i + k]) != word[k] { return false }
        return true
    }

    /// Whether one of the `limit` lower-cased words (ASCII letters only) ending before `position` is in `set`,
    /// without building the word list (short words are small strings, made without allocating).
    func hasWordBefore(_ position: Int, limit: Int, in set: Set<String>) -> Bool {
        var found = false
        forEachWordBefore(position, limit: limit) { word in
            found = set.contains(word)
            return !found
        }
        return found
    }

    /// Calls `body` with each lower-cased word (ASCII letters only) ending before `position`, nearest first, up
    /// to `limit` words, stopping at a line break or a sentence end (`. `) or when `body` returns `false`.
    private func forEachWordBefore(_ position: Int, limit: Int, _ body: (String) -> Bool) {
        var seen = 0
        var i = position - 1
        while i >= 0 && seen < limit {
            while i >= 0 && !Self.isAlpha(bytes[i]) {
                if bytes[i] == 0x0A || bytes[i] == 0x2E && i + 1 < count && bytes[i + 1] == 0x20 { return }
                i -= 1
            }
            let end = i + 1
            while i >= 0 && Self.isAlpha(bytes[i]) { i -= 1 }
            guard end > i + 1 else { continue }
            seen += 1
            let start = i + 1
            let word = String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end { out[k - start] = Self.lower(bytes[k]) }
                return end - start
            }
            if !body(word) { return }
        }
    }

    /// The lower-cased words (ASCII letters only) starting at or after `position`, nearest first, up to `limit`.
    func wordsAfter(_ position: Int, limit: Int) -> [String] {
        var words: [String] = []
        var i = position
        while i < count && words.count < limit {
            while i < count && !Self.isAlpha(bytes[i]) {
                if bytes[i] == 0x0A || bytes[i] == 0x2E { return words }
                i += 1
            }
            let start = i
            while i < count && Self.isAlpha(bytes[i]) { i += 1 }
            if i > start { words.append(String(decoding: bytes[start..<i].map(Self.lower), as: UTF8.self)) }
        }
        return words
    }
}
