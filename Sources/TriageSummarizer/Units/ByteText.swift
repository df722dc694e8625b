import Foundation

/// Byte-level helpers for the line rules: lower-cased ASCII views and substring tests that avoid
/// Foundation's `String` search (slow on Linux), so classifying a line costs O(*n*).
package struct ByteText: Sendable, Hashable {
    /// Lower-cased bytes holding the view (a whole message's, shared by its lines, or the view's own).
    private let storage: [UInt8]
    /// The view's range in `storage`.
    private let range: Range<Int>

    /// The line's UTF-8 bytes with ASCII letters lower-cased and surrounding white space trimmed.
    package var bytes: ArraySlice<UInt8> { storage[range] }

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
        storage = b
        range = 0..<b.count
    }

    /// The view of `range` of bytes already lower-cased (see ``lowercased(_:)``), trimmed; shares
    /// `lowered` (no allocation).
    package init(lowered: [UInt8], range: Range<Int>) {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi && ByteText.isSpace(lowered[lo]) { lo += 1 }
        while hi > lo && ByteText.isSpace(lowered[hi - 1]) { hi -= 1 }
        storage = lowered
        self.range = lo..<hi
    }

    /// `bytes` with ASCII letters lower-cased (one copy for all the views of a message).
    package static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        b.withUnsafeMutableBufferPointer { b in
            for i in b.indices where b[i] >= 0x41 && b[i] <= 0x5A { b[i] += 32 }
        }
        return b
    }

    package static func == (a: ByteText, b: ByteText) -> Bool { a.bytes.elementsEqual(b.bytes) }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(range.count)
        for b in bytes { hasher.combine(b) }
    }

    package static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    package var isEmpty: Bool { range.isEmpty }

    /// The number of bytes.
    package var count: Int { range.count }

    /// The first byte, if any (read in place, no slice).
    package var first: UInt8? { range.isEmpty ? nil : storage[range.lowerBound] }

    package func hasPrefix(_ p: StaticString) -> Bool {
        let n = p.utf8CodeUnitCount
        guard range.count >= n else { return false }
        let q = p.utf8Start
        let offset = range.lowerBound
        for i in 0..<n where storage[offset + i] != q[i] { return false }
        return true
    }

    package func hasSuffix(_ p: StaticString) -> Bool {
        let n = p.utf8CodeUnitCount
        guard range.count >= n else { return false }
        let q = p.utf8Start
        let offset = range.upperBound - n
        for j in 0..<n where storage[offset + j] != q[j] { return false }
        return true
    }

    /// Whether `p` (lower-case ASCII) occurs anywhere.
    package func contains(_ p: StaticString) -> Bool {
        let n = p.utf8CodeUnitCount
        guard n > 0 else { return true }
        guard range.count >= n else { return false }
        let q = p.utf8Start
        return storage.withUnsafeBufferPointer { all in
            guard let start = all.baseAddress else { return false }
            let base = start + range.lowerBound
            var i = 0
            let last = range.count - n
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
