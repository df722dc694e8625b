import Foundation

/// Byte-level helpers for the line rules: lower-cased ASCII views and substring tests that avoid
/// Foundation's `String` search (slow on Linux), so classifying a line costs O(*n*).
package struct ByteText: Sendable, Hashable {
    /// The line's UTF-8 bytes with ASCII letters lower-cased and surrounding white space trimmed.
    package let bytes: [UInt8]

    package init<S: StringProtocol>(_ text: S) {
        self.init(bytes: Array(text.utf8)[...])
    }

    /// The view of some UTF-8 bytes (one allocation: the trimmed, lower-cased copy).
    package init(bytes raw: ArraySlice<UInt8>) {
        var lo = raw.startIndex
        var hi = raw.endIndex
        while lo < hi && ByteText.isSpace(raw[lo]) { lo += 1 }
        while hi > lo && ByteText.isSpace(raw[hi - 1]) { hi -= 1 }
        var b = Array(raw[lo..<hi])
        for i in b.indices where b[i] >= 0x41 && b[i] <= 0x5A { b[i] += 32 }
        bytes = b
    }

    package static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    package var isEmpty: Bool { bytes.isEmpty }

    package func hasPrefix(_ p: StaticString) -> Bool {
        let n = p.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        let q = p.utf8Start
        for i in 0..<n where bytes[i] != q[i] { return false }
        return true
    }

    package func hasSuffix(_ p: StaticString) -> Bool {
        let n = p.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        let q = p.utf8Start
        let offset = bytes.count - n
        for j in 0..<n where bytes[offset + j] != q[j] { return false }
        return true
    }

    /// Whether `p` (lower-case ASCII) occurs anywhere.
    package func contains(_ p: StaticString) -> Bool {
        let n = p.utf8CodeUnitCount
        guard n > 0 else { return true }
        guard bytes.count >= n else { return false }
        let q = p.utf8Start
        return bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            var i = 0
            let last = b.count - n
            // Jump from one occurrence of the first byte to the next (memchr), then compare the rest.
            while i <= last {
                guard let hit = memchr(base + i, Int32(q[0]), last - i + 1) else { return false }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, q, n) == 0 { return true }
                i = at + 1
            }
            return false
        }
    }

    package func contains(byte: UInt8) -> Bool { bytes.contains(byte) }
}
