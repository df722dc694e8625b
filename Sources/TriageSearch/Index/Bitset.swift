/// A fixed-size set of document numbers.
package struct Bitset: Sendable, Hashable {
    package private(set) var words: [UInt64]
    /// The number of addressable bits.
    package let count: Int

    /// Creates a set of `count` bits, all `value`.
    package init(count: Int, value: Bool = false) {
        self.count = count
        let n = (count + 63) >> 6
        words = Array(repeating: value ? ~0 : 0, count: n)
        if value, count & 63 != 0, n > 0 { words[n - 1] = (1 << UInt64(count & 63)) - 1 }
    }

    @inline(__always)
    package func contains(_ i: Int) -> Bool {
        i >= 0 && i < count && words[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    @inline(__always)
    package mutating func insert(_ i: Int) {
        guard i >= 0 && i < count else { return }
        words[i >> 6] |= 1 << UInt64(i & 63)
    }

    @inline(__always)
    package mutating func remove(_ i: Int) {
        guard i >= 0 && i < count else { return }
        words[i >> 6] &= ~(1 << UInt64(i & 63))
    }

    /// The number of set bits.
    package var cardinality: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    package mutating func formIntersection(_ other: Bitset) {
        for i in 0..<min(words.count, other.words.count) { words[i] &= other.words[i] }
    }

    package mutating func formUnion(_ other: Bitset) {
        for i in 0..<min(words.count, other.words.count) { words[i] |= other.words[i] }
    }

    /// Removes every element of `other`.
    package mutating func subtract(_ other: Bitset) {
        for i in 0..<min(words.count, other.words.count) { words[i] &= ~other.words[i] }
    }

    package func complemented() -> Bitset {
        var r = Bitset(count: count, value: true)
        for i in 0..<words.count { r.words[i] &= ~words[i] }
        return r
    }
}
