/// A unit's text as the cue matchers see it, built once per unit and shared by every ``CueMatcher``:
/// its lower-case words (ASCII letters lower-cased, digits, non-ASCII bytes and inner apostrophes kept;
/// every other byte separates words, as ``SocialPhrases/lowercaseWords(_:limit:)``), joined by single
/// spaces and padded with one space on each side (`" i can't log in "`).
///
/// - Complexity: O(*n*) in the text's UTF-8 length, one allocation for the bytes and one for the ranges.
package struct CueText: Sendable, Hashable {
    /// `" w1 w2 … "` as UTF-8 bytes (two spaces when there are no words).
    package private(set) var padded: [UInt8] = []
    /// The words' ranges in ``padded``, in order.
    package private(set) var words: [Range<Int>] = []

    /// The view of no text (a scratch view to ``load(utf8:)``).
    package init() {}

    /// The cue view of `text`.
    package init(_ text: String) {
        var text = text
        self = text.withUTF8 { CueText(utf8: $0) }
    }

    /// The cue view of UTF-8 bytes.
    package init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        load(utf8: bytes)
    }

    /// Makes this the cue view of `bytes`.
    package mutating func load(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        // Written into scratch space at the largest size (every byte kept plus the two pads; at most one
        // word per two bytes), then copied into arrays of the final size (one allocation each, through
        // `reserveCapacity`, which the compiler specialises).
        let capacity = bytes.count + 2
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: capacity / 2 + 1) { found in
                var wordCount = 0
                let used = CueText.fill(out, found, &wordCount, from: bytes)
                var view = CueText()
                view.padded.reserveCapacity(used)
                view.padded.append(contentsOf: UnsafeBufferPointer(rebasing: out[0..<used]))
                view.words.reserveCapacity(wordCount)
                view.words.append(contentsOf: UnsafeBufferPointer(rebasing: found[0..<wordCount]))
                return view
            }
        }
    }

    /// Writes the view of `bytes` into `out` and its word ranges into `found`; returns the bytes written.
    static func fill(_ out: UnsafeMutableBufferPointer<UInt8>, _ found: UnsafeMutableBufferPointer<Range<Int>>,
                             _ wordCount: inout Int, from bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let classes = byteClass
        var count = 0
        return classes.withUnsafeBufferPointer { classes in
            out[0] = 0x20
            var used = 1
            var start = -1
            for b in bytes {
                // 0: separator; 1: apostrophe (kept inside a word); else the byte to write.
                var c = classes[Int(b)]
                if c == 1 { c = start >= 0 ? b : 0 }
                if c == 0 {
                    if start >= 0 {
                        found[count] = start..<used
                        count += 1
                        out[used] = 0x20
                        used += 1
                        start = -1
                    }
                    continue
                }
                if start < 0 { start = used }
                out[used] = c
                used += 1
            }
            if start >= 0 {
                found[count] = start..<used
                count += 1
                out[used] = 0x20
                used += 1
            }
            if count == 0 {
                out[used] = 0x20
                used += 1
            }
            wordCount = count
            return used
        }
    }

    /// Per byte: 0 for a separator, 1 for the apostrophe (kept inside a word), else the byte written
    /// (ASCII letters lower-cased; digits and non-ASCII bytes kept).
    private static let byteClass: [UInt8] = (0..<256).map { (v: Int) -> UInt8 in
        let b = UInt8(v)
        if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80 { return b }
        if b >= 0x41 && b <= 0x5A { return b &+ 32 }
        return b == 0x27 ? 1 : 0
    }

    /// Whether the word at `r` contains a byte outside ASCII.
    @inline(__always)
    package func isASCII(_ r: Range<Int>) -> Bool {
        for i in r where padded[i] >= 0x80 { return false }
        return true
    }

    /// The word at `r` as a string (only for the rare non-ASCII comparisons).
    package func string(_ r: Range<Int>) -> String { String(decoding: padded[r], as: UTF8.self) }
}
