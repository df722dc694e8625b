// Words with non-ASCII bytes: each UTF-8 sequence (or stray byte) becomes one placeholder character, the
// ASCII algorithm runs on that, and the placeholders are swapped back for their original bytes.
//
// This is exact because the algorithm never deletes or reorders a non-letter: it only rewrites ASCII
// suffixes, a leading apostrophe and `y`/`Y`, so the placeholders left in the stem are the first ones of
// the word, in order.

extension EnglishStemmer {
    /// The slow path of ``withStem(ofUTF8:_:)`` for words that contain a byte ≥ 0x80.
    static func withNonASCIIStem<R>(
        of bytes: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R {
        var coded: [UInt8] = []
        coded.reserveCapacity(bytes.count + 2)
        var units: [Range<Int>] = []
        var k = 0
        while k < bytes.count {
            let byte = bytes[k]
            if byte < 0x80 {
                coded.append(byte)
                k += 1
            } else {
                let length = sequenceLength(in: bytes, at: k)
                units.append(k ..< k + length)
                coded.append(StemmerWord.placeholder)
                k += length
            }
        }
        let count = coded.count
        coded.append(0)
        coded.append(0)
        return try coded.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return try body(bytes) }
            let stem = stemInPlace(base, count: count)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 2)
            var next = 0
            for index in stem {
                let c = base[index]
                if c == StemmerWord.placeholder && next < units.count {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[units[next]]))
                    next += 1
                } else {
                    out.append(c)
                }
            }
            return try out.withUnsafeBufferPointer(body)
        }
    }

    /// The length of the UTF-8 sequence starting at `k` (1 for a byte that does not start a complete one).
    private static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> Int {
        let lead = bytes[k]
        let length: Int
        switch lead {
        case 0xC2 ... 0xDF: length = 2
        case 0xE0 ... 0xEF: length = 3
        case 0xF0 ... 0xF4: length = 4
        default: return 1
        }
        guard k + length <= bytes.count else { return 1 }
        for j in k + 1 ..< k + length where bytes[j] & 0xC0 != 0x80 { return 1 }
        return length
    }
}
