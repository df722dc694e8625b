/// LEB128 variable-length unsigned integers: 7 bits a byte, low bits first, high bit set on every byte
/// but the last.
enum VarInt {
    /// Appends `value` to `bytes`.
    @inline(__always)
    static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(truncatingIfNeeded: v))
    }

    /// Reads a value at `offset` and moves `offset` past it. Returns 0 at the end of the buffer
    /// (truncated input never reads out of bounds).
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> UInt32 {
        var result: UInt32 = 0
        var shift: UInt32 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if shift < 32 { result |= UInt32(byte & 0x7F) << shift }
            if byte < 0x80 { return result }
            shift += 7
        }
        return result
    }

    /// The number of bytes of `value`'s encoding.
    @inline(__always)
    static func size(_ value: UInt32) -> Int {
        value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5
    }

    /// Writes `value` at `base[offset]` and moves `offset` past it; the caller guarantees the room
    /// (``size(_:)`` bytes).
    @inline(__always)
    static func write(_ value: UInt32, to base: UnsafeMutablePointer<UInt8>, at offset: inout Int) {
        var v = value
        while v >= 0x80 {
            base[offset] = UInt8(truncatingIfNeeded: v) | 0x80
            offset += 1
            v >>= 7
        }
        base[offset] = UInt8(truncatingIfNeeded: v)
        offset += 1
    }
}
