/// Allocation-free n-gram visitors that report 64-bit FNV-1a hashes of the n-grams' UTF-8 bytes.
extension NGrams {
    /// The 64-bit FNV-1a hash of `text`'s UTF-8 bytes; equals what the visitors report for that n-gram.
    public static func hash(_ text: String) -> UInt64 {
        var h = fnvOffset
        for b in text.utf8 { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func feed(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* fnvPrime }

    /// Calls `body` with the hash of every `char_wb` n-gram of one word given as UTF-8 bytes: the same
    /// multiset as ``characters(in:sizes:)``, in start-major order (all n-grams starting at the padding
    /// space, then at the first character, …) rather than size-major order.
    ///
    /// - Parameters:
    ///   - word: One word's UTF-8 bytes (no white space). Malformed bytes count as one character each.
    ///   - sizes: The n-gram sizes.
    ///   - body: Receives each hash; ``hash(_:)`` of the n-gram string gives the same value.
    /// - Complexity: O(*L* · *m*) for *L* characters and the largest size *m*; the only scratch space is a
    ///   temporary (stack) buffer of character offsets.
    public static func forEachCharacterNGramHash(
        inWord word: UnsafeBufferPointer<UInt8>, sizes: ClosedRange<Int>, _ body: (UInt64) -> Void
    ) {
        let minN = max(sizes.lowerBound, 1)
        let maxN = sizes.upperBound
        guard maxN >= minN else { return }
        // Character starts of the padded word: the space at -1, each scalar, the closing space at count.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: word.count + 3) { starts in
            var length = 0
            starts[length] = -1
            length += 1
            var k = 0
            while k < word.count {
                starts[length] = k
                length += 1
                k += UTF8Scalars.decode(word, k).length
            }
            starts[length] = word.count
            length += 1
            starts[length] = word.count + 1  // end sentinel
            @inline(__always) func byteAt(_ i: Int) -> UInt8 { i < 0 || i >= word.count ? 0x20 : word[i] }
            for i in 0..<length {
                var h = fnvOffset
                var j = i
                var byte = starts[i]
                while j < length && j - i < maxN && j - i < length - 1 {
                    let end = starts[j + 1]
                    while byte < end { h = feed(h, byteAt(byte)); byte += 1 }
                    j += 1
                    let n = j - i
                    if n >= minN { body(h) }
                }
            }
            // The short-word rule: the whole padded word, once, when some size reaches its length.
            if maxN >= length {
                var h = fnvOffset
                var byte = -1
                while byte <= word.count { h = feed(h, byteAt(byte)); byte += 1 }
                body(h)
            }
        }
    }

    /// Calls `body` with the hash of every word n-gram of `terms` (terms joined by one space): the same
    /// multiset as ``words(_:sizes:)``, in start-major order.
    ///
    /// - Complexity: O(*b* · *m*) for *b* bytes of terms and the largest size *m*; no allocation.
    public static func forEachWordNGramHash(_ terms: [String], sizes: ClosedRange<Int>, _ body: (UInt64) -> Void) {
        let minN = max(sizes.lowerBound, 1)
        let maxN = sizes.upperBound
        guard maxN >= minN else { return }
        for i in terms.indices {
            var h = fnvOffset
            var j = i
            while j < terms.count && j - i < maxN {
                if j > i { h = feed(h, 0x20) }
                for b in terms[j].utf8 { h = feed(h, b) }
                j += 1
                if j - i >= minN { body(h) }
            }
        }
    }
}
