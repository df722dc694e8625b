/// Term ids by spelling over one segment for a run of lookups: the dictionary's and the hash table's storage
/// are held once for the run instead of once per lookup (see ``IndexSegment/withTermResolver(_:)``).
struct TermResolver {
    let bytes: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<UInt32>
    /// The segment's ``TermLookup`` table, or empty for a vocabulary without one (binary search).
    let slots: UnsafeBufferPointer<Int32>
    let mask: Int

    /// The id of `term`, or `nil` when the segment does not contain it.
    @inline(__always)
    func id(of term: String) -> Int? {
        // Native strings (small ones included) expose their bytes without a copy of the string.
        if let found = term.utf8.withContiguousStorageIfAvailable({ id(ofBytes: $0) }) { return found }
        var key = term
        return key.withUTF8 { id(ofBytes: $0) }
    }

    @inline(__always)
    private func id(ofBytes k: UnsafeBufferPointer<UInt8>) -> Int? {
        slots.isEmpty ? search(k) : probe(k)
    }

    /// Hash-table lookup (the table's hash, linear probing).
    private func probe(_ k: UnsafeBufferPointer<UInt8>) -> Int? {
        var h = TermLookup.Table.hash(k) & mask
        while true {
            let id = Int(slots[h])
            if id < 0 || id + 1 >= offsets.count { return nil }
            if equals(k, id) { return id }
            h = (h + 1) & mask
        }
    }

    /// Binary search in UTF-8 byte order (the dictionary's order).
    private func search(_ k: UnsafeBufferPointer<UInt8>) -> Int? {
        var lo = 0, hi = offsets.count - 2
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let start = Int(offsets[mid]), end = min(Int(offsets[mid + 1]), bytes.count)
            let n = min(k.count, end - start)
            var i = 0
            while i < n && k[i] == bytes[start + i] { i += 1 }
            let c = i < n ? (k[i] < bytes[start + i] ? -1 : 1) : (k.count == end - start ? 0 : (k.count < end - start ? -1 : 1))
            if c == 0 { return mid }
            if c < 0 { hi = mid - 1 } else { lo = mid + 1 }
        }
        return nil
    }

    @inline(__always)
    private func equals(_ k: UnsafeBufferPointer<UInt8>, _ id: Int) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        guard end - start == k.count, end <= bytes.count else { return false }
        var i = 0
        while i < k.count && k[i] == bytes[start + i] { i += 1 }
        return i == k.count
    }
}

extension IndexSegment {
    /// Runs `body` with a resolver of this segment's term ids.
    func withTermResolver<R>(_ body: (TermResolver) -> R) -> R {
        let table = termLookup.table(for: dictionary)
        return dictionary.bytes.withUnsafeBufferPointer { b in
            dictionary.offsets.withUnsafeBufferPointer { o in
                guard let table else {
                    return body(TermResolver(bytes: b, offsets: o, slots: UnsafeBufferPointer(start: nil, count: 0), mask: 0))
                }
                return table.slots.withUnsafeBufferPointer { s in
                    body(TermResolver(bytes: b, offsets: o, slots: s, mask: table.mask))
                }
            }
        }
    }
}
