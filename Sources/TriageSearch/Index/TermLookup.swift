import Foundation

/// A hash table from spelling to term id over a segment's ``TermDictionary``, built on first use, so query
/// terms resolve with one hash and usually one comparison instead of a binary search over the vocabulary.
/// Small vocabularies get their table when the segment is made, so lookups take no lock.
// @unchecked Sendable: `eager` never changes; `table` is built once under `lock` and never changes afterwards.
package final class TermLookup: @unchecked Sendable {
    /// Open addressing with linear probing: each slot holds a term id, or -1 when empty.
    final class Table: Sendable {
        let slots: [Int32]
        let mask: Int

        init(_ dictionary: TermDictionary) {
            var size = 16
            while size < dictionary.count * 2 { size <<= 1 }
            var slots = [Int32](repeating: -1, count: size)
            let mask = size - 1
            dictionary.bytes.withUnsafeBufferPointer { bytes in
                for id in 0..<dictionary.count {
                    let start = Int(dictionary.offsets[id]), end = Int(dictionary.offsets[id + 1])
                    var h = Table.hash(UnsafeBufferPointer(rebasing: bytes[start..<end])) & mask
                    while slots[h] >= 0 { h = (h + 1) & mask }
                    slots[h] = Int32(id)
                }
            }
            self.slots = slots
            self.mask = mask
        }

        /// ``ByteHash`` of the UTF-8 bytes.
        @inline(__always)
        static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int { Int(truncatingIfNeeded: ByteHash.hash(key)) }

        /// The id of `term` in `dictionary` (the one this table was built from), or `nil`.
        @inline(__always)
        func id(of term: String, in dictionary: TermDictionary) -> Int? {
            // Native strings (small ones included) expose their bytes without a copy of the string.
            if let found = term.utf8.withContiguousStorageIfAvailable({ find($0, in: dictionary) }) { return found }
            var key = term
            return key.withUTF8 { find($0, in: dictionary) }
        }

        private func find(_ k: UnsafeBufferPointer<UInt8>, in dictionary: TermDictionary) -> Int? {
            dictionary.bytes.withUnsafeBufferPointer { bytes -> Int? in
                dictionary.offsets.withUnsafeBufferPointer { offsets -> Int? in
                    slots.withUnsafeBufferPointer { slots -> Int? in
                        var h = Table.hash(k) & mask
                        while true {
                            let id = Int(slots[h])
                            if id < 0 || id + 1 >= offsets.count { return nil }
                            let start = Int(offsets[id]), end = Int(offsets[id + 1])
                            if end - start == k.count && end <= bytes.count {
                                var i = 0
                                while i < k.count && k[i] == bytes[start + i] { i += 1 }
                                if i == k.count { return id }
                            }
                            h = (h + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// Vocabularies larger than this keep the binary search (the table would take 8 bytes per term or more).
    static let maxTerms = 1 << 21
    /// Vocabularies up to this size get their table when the segment is made, so lookups take no lock.
    static let eagerTerms = 1 << 17
    /// The table of a small vocabulary, built at once (never changes).
    private let eager: Table?
    private let lock = NSLock()
    private var table: Table?

    /// A lookup over `dictionary`: small vocabularies get their table now, larger ones on first use.
    package init(_ dictionary: TermDictionary) {
        eager = dictionary.count <= Self.eagerTerms ? Table(dictionary) : nil
    }

    /// The table of `dictionary` (the owning segment's), or `nil` for very large vocabularies.
    @inline(__always)
    func table(for dictionary: TermDictionary) -> Table? {
        if let eager { return eager }
        return lazyTable(for: dictionary)
    }

    private func lazyTable(for dictionary: TermDictionary) -> Table? {
        guard dictionary.count <= Self.maxTerms else { return nil }
        lock.lock()
        if let table {
            lock.unlock()
            return table
        }
        lock.unlock()
        let built = Table(dictionary)
        lock.lock()
        defer { lock.unlock() }
        if let table { return table }
        table = built
        return built
    }
}

extension IndexSegment {
    /// The id of `term` in this segment, or `nil`: through the hash table when there is one.
    @inline(__always)
    package func termID(_ term: String) -> Int? {
        if let table = termLookup.table(for: dictionary) { return table.id(of: term, in: dictionary) }
        return dictionary.id(of: term)
    }
}
