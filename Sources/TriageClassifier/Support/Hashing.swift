/// Fast, deterministic 64-bit hashing of byte ranges and integer keys.
///
/// Feature lookup never allocates a `String`: terms, character n-grams and text chunks are identified by the
/// 64-bit FNV-1a hash of their UTF-8 bytes (then mixed with the SplitMix64 finaliser). Two distinct strings
/// sharing a 64-bit hash would share a feature; with vocabularies of 10⁵–10⁶ entries the chance of that is
/// below 10⁻⁷ and is accepted.
package enum Hashing {
    /// The FNV-1a offset basis.
    package static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over `bytes[range]`, starting from `state`.
    @inline(__always)
    package static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, state: UInt64 = seed) -> UInt64 {
        var h = state
        for i in range {
            h ^= UInt64(bytes[i])
            h &*= 0x0000_0100_0000_01b3
        }
        return h
    }

    /// FNV-1a over the UTF-8 bytes of `string`.
    package static func hash(_ string: String, state: UInt64 = seed) -> UInt64 {
        var h = state
        for b in string.utf8 {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01b3
        }
        return mix(h)
    }

    /// The SplitMix64 finaliser: a bijection on 64-bit integers with good avalanche.
    @inline(__always)
    package static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines an n-gram key so far with the next term index.
    @inline(__always)
    package static func combine(_ key: UInt64, _ next: Int32) -> UInt64 {
        mix(key ^ (UInt64(UInt32(bitPattern: next)) &+ 0x1000_0000_0))
    }
}
