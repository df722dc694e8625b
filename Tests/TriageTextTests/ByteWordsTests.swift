import Testing
import TriageText

/// The word-at-a-time byte tests agree with a byte-by-byte test: `between` flags exactly the matching bytes,
/// and the first flag of `equal` and `below` is the first matching byte.
struct ByteWordsTests {
    static func bytes(_ word: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }

    static func words() -> [UInt64] {
        var random = SplitMix64(seed: 11)
        // Bytes drawn from the interesting edges (0x00, 0x1F/0x20, 0x2F/0x30, 0x39/0x3A, quote, backslash, 0x7F,
        // 0x80, 0xE2, 0xFF) as well as at random.
        let edges: [UInt8] = [0x00, 0x1F, 0x20, 0x22, 0x2F, 0x30, 0x35, 0x39, 0x3A, 0x5C, 0x7F, 0x80, 0xB0, 0xE2, 0xFF]
        return (0..<20_000).map { _ in
            var w: UInt64 = 0
            for k in 0..<8 {
                let r = random.next()
                let b = r & 1 == 0 ? edges[Int(r >> 8) % edges.count] : UInt8(truncatingIfNeeded: r >> 16)
                w |= UInt64(b) << (8 * k)
            }
            return w
        }
    }

    @Test func betweenFlagsExactlyTheDigits() {
        for w in Self.words() {
            let flags = ByteWords.between(w, 0x2F, 0x3A)
            for (k, b) in Self.bytes(w).enumerated() {
                #expect((flags >> (8 * k + 7)) & 1 == (b >= 0x30 && b <= 0x39 ? 1 : 0), "\(String(w, radix: 16))")
            }
            #expect(flags & ~0x8080_8080_8080_8080 == 0)
        }
    }

    @Test func firstFlagIsTheFirstMatch() {
        for w in Self.words() {
            let bytes = Self.bytes(w)
            let quote = ByteWords.equal(w, 0x22)
            #expect((quote == 0) == !bytes.contains(0x22))
            if quote != 0 { #expect(ByteWords.first(quote) == bytes.firstIndex(of: 0x22)) }
            let control = ByteWords.below(w, 0x20)
            #expect((control == 0) == !bytes.contains { $0 < 0x20 })
            if control != 0 { #expect(ByteWords.first(control) == bytes.firstIndex { $0 < 0x20 }) }
        }
    }
}
