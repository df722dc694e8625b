/// Byte-level helpers for the line rules: lower-cased ASCII views and substring tests that avoid
/// Foundation's `String` search (slow on Linux), so classifying a line costs O(*n*).
package struct ByteText: Sendable, Hashable {
    /// The line's UTF-8 bytes with ASCII letters lower-cased and surrounding white space trimmed.
    package let bytes: [UInt8]

    package init<S: StringProtocol>(_ text: S) {
        var b = Array(text.utf8)
        var lo = 0
        var hi = b.count
        while lo < hi && ByteText.isSpace(b[lo]) { lo += 1 }
        while hi > lo && ByteText.isSpace(b[hi - 1]) { hi -= 1 }
        b = Array(b[lo..<hi])
        for i in b.indices where b[i] >= 0x41 && b[i] <= 0x5A { b[i] += 32 }
        bytes = b
    }

    package static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    package var isEmpty: Bool { bytes.isEmpty }

    package func hasPrefix(_ p: String) -> Bool {
        let q = p.utf8
        guard bytes.count >= q.count else { return false }
        var i = 0
        for c in q {
            if bytes[i] != c { return false }
            i += 1
        }
        return true
    }

    package func hasSuffix(_ p: String) -> Bool {
        var p = p
        return p.withUTF8 { q in
            guard bytes.count >= q.count else { return false }
            let offset = bytes.count - q.count
            for j in 0..<q.count where bytes[offset + j] != q[j] { return false }
            return true
        }
    }

    /// Whether `p` (lower-case ASCII) occurs anywhere.
    package func contains(_ p: String) -> Bool {
        var p = p
        return p.withUTF8 { q in
            guard let first = q.first, bytes.count >= q.count else { return q.isEmpty }
            let last = bytes.count - q.count
            var i = 0
            while i <= last {
                if bytes[i] == first {
                    var j = 1
                    while j < q.count && bytes[i + j] == q[j] { j += 1 }
                    if j == q.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    package func contains(byte: UInt8) -> Bool { bytes.contains(byte) }
}
