/// A fast 64-bit hash of short byte strings (terms, text chunks): whole eight-byte words, a short tail read as
/// at most two overlapping loads, the length folded in first, then a final avalanche. Unseeded: fine for the
/// memo and lookup tables it serves, where a collision only costs a probe.
enum ByteHash {
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let p = key.baseAddress else { return 0x9E37_79B9_7F4A_7C15 }
        let n = key.count
        let raw = UnsafeRawPointer(p)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
        if n >= 8 {
            var i = 0
            while i &+ 8 <= n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                i &+= 8
            }
            // The last (partial) word, overlapping the previous one.
            if i < n { h ^= raw.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self) }
        } else if n >= 4 {
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self))
            h ^= low | high << 32
        } else if n > 0 {
            h ^= UInt64(p[0]) | UInt64(p[n >> 1]) << 8 | UInt64(p[n &- 1]) << 16
        }
        // Final avalanche (murmur3's fmix64), so the low bits that pick a slot depend on every byte.
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 33)
    }
}
