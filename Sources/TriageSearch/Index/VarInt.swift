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
}
