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
        var out: [Match] = []
        for (index, needle) in folded.enumerated() where !needle.isEmpty {
            if let start = Self.find(needle, in: haystack) {
                out.append(Match(phraseIndex: index, phrase: phrases[index], range: start..<(start + needle.count)))
            }
        }
        return out
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

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count, let first = needle.first else { return nil }
        let needsLeft = TextBytes.isWordByte(first)
        let needsRight = needle.last.map(TextBytes.isWordByte) ?? false
        var i = 0
        let limit = haystack.count - needle.count
        while i <= limit {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count {
                    let leftOK = !needsLeft || i == 0 || !TextBytes.isWordByte(haystack[i - 1])
                    let end = i + needle.count
                    let rightOK = !needsRight || end == haystack.count || !TextBytes.isWordByte(haystack[end])
                        || (TextBytes.isAlpha(needle[needle.count - 1]) && inflectionEnds(haystack, at: end))
                    if leftOK && rightOK { return i }
                }
            }
            i += 1
        }
        return nil
    }

    /// Whether `haystack[at...]` starts with `s`, `es`, `d` or `ed` followed by a non-word byte or the end.
    static func inflectionEnds(_ haystack: [UInt8], at: Int) -> Bool {
        for suffix in [[UInt8(0x73)], [0x65, 0x73], [0x64], [0x65, 0x64]] {
            let end = at + suffix.count
            guard end <= haystack.count, Array(haystack[at..<end]) == suffix else { continue }
            if end == haystack.count || !TextBytes.isWordByte(haystack[end]) { return true }
        }
        return false
    }
}
