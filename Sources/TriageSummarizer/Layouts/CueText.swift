/// A unit's text as the cue matchers see it, built once per unit and shared by every ``CueMatcher``:
/// its lower-case words (ASCII letters lower-cased, digits, non-ASCII bytes and inner apostrophes kept;
/// every other byte separates words, as ``SocialPhrases/lowercaseWords(_:limit:)``), joined by single
/// spaces and padded with one space on each side (`" i can't log in "`).
///
/// - Complexity: O(*n*) in the text's UTF-8 length, one allocation for the bytes and one for the ranges.
package struct CueText: Sendable, Hashable {
    /// `" w1 w2 … "` as UTF-8 bytes (two spaces when there are no words).
    package let padded: [UInt8]
    /// The words' ranges in ``padded``, in order.
    package let words: [Range<Int>]

    /// The cue view of `text`.
    package init(_ text: String) {
        var text = text
        self = text.withUTF8 { CueText(utf8: $0) }
    }

    /// The cue view of UTF-8 bytes.
    package init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var padded: [UInt8] = []
        padded.reserveCapacity(bytes.count + 2)
        padded.append(0x20)
        var words: [Range<Int>] = []
        // At most one word per two bytes: one allocation, no regrowth.
        words.reserveCapacity(bytes.count / 2 + 1)
        var start = -1
        for b in bytes {
            let c: UInt8
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80 {
                c = b
            } else if b >= 0x41 && b <= 0x5A {
                c = b &+ 32
            } else if b == 0x27 && start >= 0 {
                c = b
            } else {
                if start >= 0 {
                    words.append(start..<padded.count)
                    padded.append(0x20)
                    start = -1
                }
                continue
            }
            if start < 0 { start = padded.count }
            padded.append(c)
        }
        if start >= 0 {
            words.append(start..<padded.count)
            padded.append(0x20)
        }
        if words.isEmpty { padded.append(0x20) }
        self.padded = padded
        self.words = words
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
