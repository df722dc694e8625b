/// A fixed open-addressing hash set of short words, probed with raw UTF-8 bytes (no `String`, no SipHash).
///
/// Words of up to 16 bytes are packed into two little-endian `UInt64`s; longer words are never members.
package struct StopWordTable: Sendable {
    private var low: [UInt64]
    private var high: [UInt64]
    private var lengths: [UInt8]
    private let mask: Int

    /// A table holding `words` (words longer than 16 bytes are ignored).
    package init(_ words: [String]) {
        var size = 16
        while size < words.count * 4 { size <<= 1 }
        low = Array(repeating: 0, count: size)
        high = Array(repeating: 0, count: size)
        lengths = Array(repeating: 0, count: size)
        mask = size - 1
        for word in words {
            var copy = word
            copy.withUTF8 { bytes in
                guard bytes.count > 0, bytes.count <= 16 else { return }
                let (lo, hi) = Self.pack(bytes)
                var slot = Self.hash(lo, hi, bytes.count) & mask
                while lengths[slot] != 0 {
                    if lengths[slot] == bytes.count, low[slot] == lo, high[slot] == hi { return }
                    slot = (slot + 1) & mask
                }
                low[slot] = lo
                high[slot] = hi
                lengths[slot] = UInt8(bytes.count)
            }
        }
    }

    /// Whether `bytes` spell one of the words.
    @inline(__always)
    package func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count > 0, count <= 16 else { return false }
        let (lo, hi) = Self.pack(bytes)
        var slot = Self.hash(lo, hi, count) & mask
        while true {
            let length = lengths[slot]
            if length == 0 { return false }
            if Int(length) == count, low[slot] == lo, high[slot] == hi { return true }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var lo: UInt64 = 0, hi: UInt64 = 0
        for k in 0..<min(bytes.count, 8) { lo |= UInt64(bytes[k]) << (8 * UInt64(k)) }
        if bytes.count > 8 {
            for k in 8..<bytes.count { hi |= UInt64(bytes[k]) << (8 * UInt64(k - 8)) }
        }
        return (lo, hi)
    }

    @inline(__always)
    static func hash(_ lo: UInt64, _ hi: UInt64, _ count: Int) -> Int {
        let h = (lo &* 0x9E37_79B9_7F4A_7C15) ^ (hi &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
