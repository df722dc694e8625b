// Words with non-ASCII bytes: each UTF-8 sequence (or stray byte) becomes one placeholder character, the
// ASCII algorithm runs on that, and the placeholders are swapped back for their original bytes.
//
// This is exact because the algorithm never deletes or reorders a non-letter: it only rewrites ASCII
// suffixes, a leading apostrophe and `y`/`Y`, so the placeholders left in the stem are the first ones of
// the word, in order.

extension EnglishStemmer {
    /// The slow path of ``stem(utf8:into:)`` for words that contain a byte ≥ 0x80: writes the stem to
    /// `output` (room for `bytes.count + 2` bytes) and returns its range there.
    static func stemNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>) -> Range<Int> {
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
        return coded.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 ..< 0 }
            // The stem keeps a prefix of the word's characters (less a leading apostrophe) and appends at
            // most one ASCII letter net, so it fits in bytes.count + 2 bytes.
            var length = 0
            var next = 0
            for index in stemInPlace(base, count: count) {
                let c = base[index]
                if c == StemmerWord.placeholder && next < units.count {
                    for j in units[next] {
                        output[length] = bytes[j]
                        length += 1
                    }
                    next += 1
                } else {
                    output[length] = c
                    length += 1
                }
            }
            return 0 ..< length
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
