/// UTF-8 decoding that never traps: malformed sequences decode as U+FFFD and advance one byte.
package enum UTF8Scalars {
    /// The scalar starting at `i` and its length in bytes. `i` must be a valid index of `p`.
    @inline(__always)
    package static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        return decodeMultibyte(p, i, b0)
    }

    package static func decodeMultibyte(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ b0: UInt8) -> (value: UInt32, length: Int) {
        let n = p.count
        @inline(__always) func cont(_ k: Int) -> UInt32? {
            guard k < n else { return nil }
            let b = p[k]
            return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
        }
        if b0 >= 0xC2 && b0 <= 0xDF {
            guard let c1 = cont(i + 1) else { return (0xFFFD, 1) }
            return ((UInt32(b0 & 0x1F) << 6) | c1, 2)
        }
        if b0 >= 0xE0 && b0 <= 0xEF {
            guard let c1 = cont(i + 1), let c2 = cont(i + 2) else { return (0xFFFD, 1) }
            let v = (UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2
            if v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) { return (0xFFFD, 1) }
            return (v, 3)
        }
        if b0 >= 0xF0 && b0 <= 0xF4 {
            guard let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3) else { return (0xFFFD, 1) }
            let v = (UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            if v < 0x10000 || v > 0x10FFFF { return (0xFFFD, 1) }
            return (v, 4)
        }
        return (0xFFFD, 1)
    }

    /// The start of the scalar that ends just before `i` (for looking one character back).
    package static func previousStart(_ p: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        var k = i - 1
        var steps = 0
        while k > 0 && p[k] & 0xC0 == 0x80 && steps < 3 { k -= 1; steps += 1 }
        return max(k, 0)
    }
}
