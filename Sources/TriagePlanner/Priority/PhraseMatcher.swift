/// Case-insensitive phrase matching at word boundaries.
///
/// "sue" matches "we will sue" but not "issue"; a phrase edge that is punctuation ("!!!") needs no boundary.
/// Runs of whitespace in the text count as one space. Matching is ASCII case-folded; other bytes compare exactly.
/// A phrase that ends in a letter also matches with a regular inflection (`s`, `es`, `d`, `ed`) after it:
/// "outage" matches "outages", "breach" matches "breaches".
public struct PhraseMatcher: Sendable, Hashable {
    /// The phrases, as given.
    public let phrases: [String]
    /// The folded phrases, back to back; phrase `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]
    /// Phrase indices grouped by first byte (ascending within a group): byte `b`'s group is
    /// `byFirstByte[groupStart[b]..<groupStart[b + 1]]`.
    private let byFirstByte: [Int32]
    private let groupStart: [Int32]
    /// A bit per two-byte start (`first << 8 | second`) of the phrases longer than one byte, and a bit per first
    /// byte of the one-byte phrases: most word starts begin no phrase, and this says so without a comparison.
    private let pairs: [UInt64]
    private let singles: [UInt64]

    public init(phrases: [String]) {
        self.phrases = phrases
        var bytes: [UInt8] = []
        var offsets = [0]
        for phrase in phrases {
            var out: [UInt8] = []
            for b in phrase.utf8 {
                let c = TextBytes.lower(b)
                if c == 0x20 || c == 0x09 || c == 0x0A { if out.last != 0x20 { out.append(0x20) } } else { out.append(c) }
            }
            while out.last == 0x20 { out.removeLast() }
            while out.first == 0x20 { out.removeFirst() }
            bytes += out
            offsets.append(bytes.count)
        }
        var groups = [[Int32]](repeating: [], count: 256)
        for i in phrases.indices where offsets[i + 1] > offsets[i] { groups[Int(bytes[offsets[i]])].append(Int32(i)) }
        var start: [Int32] = [0]
        for g in groups { start.append(start[start.count - 1] + Int32(g.count)) }
        var pairs = [UInt64](repeating: 0, count: 1024)
        var singles = [UInt64](repeating: 0, count: 4)
        for i in phrases.indices where offsets[i + 1] > offsets[i] {
            let first = Int(bytes[offsets[i]])
            if offsets[i + 1] - offsets[i] == 1 {
                singles[first >> 6] |= 1 << UInt64(first & 63)
            } else {
                let pair = first << 8 | Int(bytes[offsets[i] + 1])
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.bytes = bytes
        self.offsets = offsets
        self.byFirstByte = groups.flatMap { $0 }
        self.groupStart = start
        self.pairs = pairs
        self.singles = singles
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
        let count = phrases.count
        var starts = [Int](repeating: -1, count: count)
        var open = byFirstByte.count
        haystack.withUnsafeBufferPointer { text in
            bytes.withUnsafeBufferPointer { needles in
                offsets.withUnsafeBufferPointer { offsets in
                    byFirstByte.withUnsafeBufferPointer { group in
                        groupStart.withUnsafeBufferPointer { groupStart in
                            var i = 0
                            var afterWordByte = false
                            while i < text.count && open > 0 {
                                let b = Int(text[i])
                                // Inside a word no phrase that starts with a word byte can match (it needs a
                                // boundary on its left), so only punctuation-led phrases are tried there.
                                let isWord = TextBytes.isWordByte(text[i])
                                defer { afterWordByte = isWord }
                                if afterWordByte && isWord { i += 1; continue }
                                // No phrase starts with this byte and the next (nor is this byte a whole phrase).
                                if singles[b >> 6] & (1 << UInt64(b & 63)) == 0 {
                                    let pair = i + 1 < text.count ? b << 8 | Int(text[i + 1]) : -1
                                    if pair < 0 || pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { i += 1; continue }
                                }
                                var g = Int(groupStart[b])
                                let gEnd = Int(groupStart[b + 1])
                                while g < gEnd {
                                    let index = Int(group[g])
                                    g += 1
                                    if starts[index] >= 0 { continue }
                                    let needle = UnsafeBufferPointer(rebasing: needles[offsets[index]..<offsets[index + 1]])
                                    if Self.matches(needle, in: text, at: i) {
                                        starts[index] = i
                                        open -= 1
                                    }
                                }
                                i += 1
                            }
                        }
                    }
                }
            }
        }
        var out: [Match] = []
        for (index, start) in starts.enumerated() where start >= 0 {
            out.append(Match(phraseIndex: index, phrase: phrases[index], range: start..<(start + offsets[index + 1] - offsets[index])))
        }
        return out
    }

    /// Whether `needle` occurs at `i` with word boundaries (a trailing inflection allowed).
    static func matches(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let n = needle.count
        guard n > 0, i + n <= haystack.count else { return false }
        var k = 0
        while k < n && haystack[i + k] == needle[k] { k += 1 }
        guard k == n else { return false }
        let leftOK = !TextBytes.isWordByte(needle[0]) || i == 0 || !TextBytes.isWordByte(haystack[i - 1])
        let end = i + n
        let last = needle[n - 1]
        let rightOK = !TextBytes.isWordByte(last) || end == haystack.count || !TextBytes.isWordByte(haystack[end])
            || (TextBytes.isAlpha(last) && inflectionEnds(haystack, at: end))
        return leftOK && rightOK
    }

    /// Whether any phrase occurs in `text`.
    public func matchesAny(_ text: String) -> Bool { !matches(in: text).isEmpty }

    /// `text` lower-cased (ASCII) with whitespace runs collapsed to one space, as UTF-8 bytes.
    public static func fold(_ text: String) -> [UInt8] {
        text.withUTF8Bytes { utf8 in [UInt8](unsafeUninitializedCapacity: utf8.count) { out, count in
            var n = 0
            var lastSpace = false
            for b in utf8 {
                let c = TextBytes.lower(b)
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                    if !lastSpace { out[n] = 0x20; n += 1; lastSpace = true }
                } else {
                    out[n] = c; n += 1; lastSpace = false
                }
            }
            count = n
        } }
    }

    static func inflectionEnds(_ haystack: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        // "s", "es", "d", "ed", each followed by the end or a non-word byte.
        func ends(_ end: Int) -> Bool { end == haystack.count || !TextBytes.isWordByte(haystack[end]) }
        guard at < haystack.count else { return false }
        let a = haystack[at]
        if a == 0x73 || a == 0x64 { if ends(at + 1) { return true } }
        if a == 0x65, at + 1 < haystack.count, haystack[at + 1] == 0x73 || haystack[at + 1] == 0x64 { return ends(at + 2) }
        return false
    }
}
