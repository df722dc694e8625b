import Foundation

/// The sorted vocabulary of a segment in two flat arrays: the terms' UTF-8 bytes back to back and their
/// start offsets. Term ids are positions in UTF-8 byte order.
public struct TermDictionary: Sendable, Hashable {
    /// The UTF-8 bytes of every term, in order.
    package let bytes: [UInt8]
    /// Start offset of each term in ``bytes``, plus the end offset (count + 1 entries).
    package let offsets: [UInt32]

    /// Creates a dictionary from terms already sorted by UTF-8 bytes and free of duplicates.
    package init(sortedTerms: [String]) {
        var bytes: [UInt8] = []
        var offsets: [UInt32] = [0]
        offsets.reserveCapacity(sortedTerms.count + 1)
        for t in sortedTerms {
            bytes.append(contentsOf: t.utf8)
            offsets.append(UInt32(bytes.count))
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    /// Creates a dictionary from its flat arrays (as persisted).
    package init(bytes: [UInt8], offsets: [UInt32]) {
        self.bytes = bytes
        self.offsets = offsets.isEmpty ? [0] : offsets
    }

    /// The number of terms.
    public var count: Int { offsets.count - 1 }

    /// The term with id `index`.
    public func term(at index: Int) -> String {
        String(decoding: bytes[Int(offsets[index])..<Int(offsets[index + 1])], as: UTF8.self)
    }

    /// The id of `term`, or `nil` when the segment does not contain it.
    ///
    /// - Complexity: O(log *V*) byte comparisons for *V* terms.
    public func id(of term: String) -> Int? {
        var key = term
        return key.withUTF8 { k -> Int? in
            bytes.withUnsafeBufferPointer { b -> Int? in
                var lo = 0, hi = count - 1
                while lo <= hi {
                    let mid = (lo + hi) >> 1
                    let c = compare(k, b, Int(offsets[mid]), Int(offsets[mid + 1]))
                    if c == 0 { return mid }
                    if c < 0 { hi = mid - 1 } else { lo = mid + 1 }
                }
                return nil
            }
        }
    }

    private func compare(_ key: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        let n = min(key.count, end - start)
        var i = 0
        while i < n {
            let x = key[i], y = b[start + i]
            if x != y { return x < y ? -1 : 1 }
            i += 1
        }
        return key.count == end - start ? 0 : (key.count < end - start ? -1 : 1)
    }

    /// All terms, in id order.
    public var terms: [String] { (0..<count).map(term(at:)) }
}

extension String {
    /// Ordering by UTF-8 bytes, the order of ``TermDictionary``.
    @inline(__always)
    func utf8Precedes(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }

    /// The UTF-8 byte order of `self` against `other`: negative, 0 or positive (one pass, no decoding, and no
    /// Unicode equivalence: equal means the same bytes).
    func utf8Order(_ other: String) -> Int {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = Swift.min(x.count, y.count)
                if n > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let c = Int(memcmp(p, q, n))
                    if c != 0 { return c }
                }
                return x.count - y.count
            }
        }
    }
}
