/// One metadata key of a segment, dictionary-encoded: the sorted distinct values and one code per
/// document (`0` when the document has no value, `i + 1` for `values[i]`).
public struct MetadataColumn: Sendable, Hashable {
    /// Distinct values, sorted by UTF-8 bytes.
    package let values: [String]
    /// One code per document.
    package let codes: [UInt32]

    package init(values: [String], codes: [UInt32]) {
        self.values = values
        self.codes = codes
    }

    /// Encodes a column of optional values.
    package init(_ column: [String?]) {
        let distinct = Set(column.compactMap { $0 }).sorted { $0.utf8Precedes($1) }
        var index: [String: UInt32] = [:]
        for (i, v) in distinct.enumerated() { index[v] = UInt32(i + 1) }
        values = distinct
        codes = column.map { $0.flatMap { index[$0] } ?? 0 }
    }

    /// The value of document `doc`.
    package func value(_ doc: Int) -> String? {
        guard doc >= 0 && doc < codes.count else { return nil }
        let c = Int(codes[doc])
        return c == 0 ? nil : values[c - 1]
    }

    /// The code of `value`, or `nil` when no document has it.
    package func code(of value: String) -> UInt32? {
        var lo = 0, hi = values.count - 1
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let order = values[mid].utf8Order(value)
            if order == 0 { return UInt32(mid + 1) }
            if order < 0 { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    /// The documents whose value is `value`.
    package func matching(_ value: String, count: Int) -> Bitset {
        var set = Bitset(count: count)
        guard let wanted = code(of: value) else { return set }
        codes.withUnsafeBufferPointer { codes in
            for doc in codes.indices where codes[doc] == wanted { set.insert(doc) }
        }
        return set
    }

    /// The documents whose value is one of `values`.
    package func matching(_ values: Set<String>, count: Int) -> Bitset {
        var set = Bitset(count: count)
        let wanted = Set(values.compactMap { code(of: $0) })
        if wanted.isEmpty { return set }
        for (doc, c) in codes.enumerated() where c != 0 && wanted.contains(c) { set.insert(doc) }
        return set
    }
}
