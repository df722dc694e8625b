/// Case-insensitive phrase matching at word boundaries.
///
/// "sue" matches "we will sue" but not "issue"; a phrase edge that is punctuation ("!!!") needs no boundary.
/// Runs of whitespace in the text count as one space. Matching is ASCII case-folded; other bytes compare exactly.
/// A phrase that ends in a letter also matches with a regular inflection (`s`, `es`, `d`, `ed`) after it:
/// "outage" matches "outages", "breach" matches "breaches".
public struct PhraseMatcher: Sendable, Hashable {
    /// The phrases, as given.
    public let phrases: [String]
    private let folded: [[UInt8]]
    /// For each first byte, the indices of the folded phrases that start with it, ascending.
    private let buckets: [[Int]]

    public init(phrases: [String]) {
        self.phrases = phrases
        self.folded = phrases.map { phrase in
            var out: [UInt8] = []
            for b in phrase.utf8 {
                let c = TextBytes.lower(b)
                if c == 0x20 || c == 0x09 || c == 0x0A { if out.last != 0x20 { out.append(0x20) } } else { out.append(c) }
            }
            while out.last == 0x20 { out.removeLast() }
            while out.first == 0x20 { out.removeFirst() }
            return out
        }
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, needle) in folded.enumerated() {
            if let first = needle.first { buckets[Int(first)].append(index) }
        }
        self.buckets = buckets
    }

    /// A phrase occurrence.
    public struct Match: Sendable, Hashable {
        /// The index of the phrase in ``phrases``.
        public var phraseIndex: Int
        /// The phrase as given.
        public var phrase: String
        /// The byte range in the folded text (whitespace runs collapsed).
        public var range: Range<Int>
    }

    /// Every phrase that occurs in `text`, each reported once (first occurrence), in phrase order.
    ///
    /// - Complexity: O(*n* · *p*) for *n* bytes and *p* phrases (phrases are short).
    public func matches(in text: String) -> [Match] {
        matches(inFolded: Self.fold(text))
    }

    /// Like ``matches(in:)`` over text already folded with ``fold(_:)`` (fold once, match many phrase lists).
    public func matches(inFolded haystack: [UInt8]) -> [Match] {
        // One pass over the text: at each byte only the phrases starting with that byte are tried, and a phrase
        // keeps its first valid occurrence (what a separate search per phrase finds).
        var starts = [Int](repeating: -1, count: folded.count)
        var open = folded.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) }
        var i = 0
        while i < haystack.count && open > 0 {
            for index in buckets[Int(haystack[i])] where starts[index] < 0 {
                if Self.matches(folded[index], in: haystack, at: i) {
                    starts[index] = i
                    open -= 1
                }
            }
            i += 1
        }
        var out: [Match] = []
        for (index, start) in starts.enumerated() where start >= 0 {
            out.append(Match(phraseIndex: index, phrase: phrases[index], range: start..<(start + folded[index].count)))
        }
        return out
    }

    /// Whether `needle` occurs at `i` with word boundaries (a trailing inflection allowed).
    static func matches(_ needle: [UInt8], in haystack: [UInt8], at i: Int) -> Bool {
        guard let first = needle.first, i + needle.count <= haystack.count else { return false }
        var k = 0
        while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
        guard k == needle.count else { return false }
        let leftOK = !TextBytes.isWordByte(first) || i == 0 || !TextBytes.isWordByte(haystack[i - 1])
        let end = i + needle.count
        let needsRight = TextBytes.isWordByte(needle[needle.count - 1])
        let rightOK = !needsRight || end == haystack.count || !TextBytes.isWordByte(haystack[end])
            || (TextBytes.isAlpha(needle[needle.count - 1]) && inflectionEnds(haystack, at: end))
        return leftOK && rightOK
    }

    /// Whether any phrase occurs in `text`.
    public func matchesAny(_ text: String) -> Bool { !matches(in: text).isEmpty }

    /// `text` lower-cased (ASCII) with whitespace runs collapsed to one space, as UTF-8 bytes.
    public static func fold(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            let c = TextBytes.lower(b)
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { if out.last != 0x20 { out.append(0x20) } } else { out.append(c) }
        }
        return out
    }

    static func inflectionEnds(_ haystack: [UInt8], at: Int) -> Bool {
        for suffix in [[UInt8(0x73)], [0x65, 0x73], [0x64], [0x65, 0x64]] {
            let end = at + suffix.count
            guard end <= haystack.count, Array(haystack[at..<end]) == suffix else { continue }
            if end == haystack.count || !TextBytes.isWordByte(haystack[end]) { return true }
        }
        return false
    }
}
