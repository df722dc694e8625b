/// Byte tests on eight bytes at once, for the byte scanners (JSON reading and writing). Public and inlinable so
/// that other modules compile them into their loops (a call per test would cost more than the test).
///
/// Each test returns a word whose only set bits are high bits of bytes: non-zero exactly when some byte
/// matches, and the **lowest** set bit marks the **first** matching byte of a little-endian load (the classic
/// zero-byte trick can only misflag bytes above a real match, never below one). Results of several tests can
/// be OR-ed into one branch.
public enum ByteWords {
    // Literals, not stored statics: a global would be read through its lazy initializer on every test.
    @usableFromInline @inline(__always) static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @usableFromInline @inline(__always) static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// Flags the bytes of `word` equal to `byte`.
    @inlinable @inline(__always)
    public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// Flags the bytes of `word` below `bound` (`bound` at most 0x80).
    @inlinable @inline(__always)
    public static func below(_ word: UInt64, _ bound: UInt8) -> UInt64 {
        (word &- ones &* UInt64(bound)) & ~word & highs
    }

    /// Flags the bytes of `word` strictly between `low` and `high` (both at most 0x80; non-ASCII bytes never),
    /// each exactly: the bytes are tested on seven bits, so no borrow or carry crosses from one to the next.
    @inlinable @inline(__always)
    public static func between(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let seven = word & (ones &* 0x7F)
        return ((ones &* UInt64(127 + Int(high))) &- seven) & ~word & (seven &+ ones &* UInt64(127 - Int(low))) & highs
    }

    /// The index (0...7) of the first byte flagged in `bits` (non-zero).
    @inlinable @inline(__always)
    public static func first(_ bits: UInt64) -> Int {
        bits.trailingZeroBitCount >> 3
    }
}
