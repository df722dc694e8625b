/// A condition on document metadata, applied before ranking: filtered-out documents are never scored.
public indirect enum MetadataFilter: Sendable, Hashable, Codable {
    /// `metadata[key] == value`.
    case equals(key: String, value: String)
    /// `metadata[key]` is one of `values`.
    case anyOf(key: String, values: [String])
    /// The document has a value for `key`.
    case exists(key: String)
    /// Every filter holds (true when empty).
    case all([MetadataFilter])
    /// At least one filter holds (false when empty).
    case any([MetadataFilter])
    /// The filter does not hold.
    case not(MetadataFilter)

    /// Parses `key=value` (or `key=v1|v2` for several values).
    ///
    /// - Throws: ``SearchError/invalidFilter(_:reason:)`` when there is no `=` or the key is empty.
    public static func parse(_ text: String) throws -> MetadataFilter {
        guard let eq = text.firstIndex(of: "=") else {
            throw SearchError.invalidFilter(text, reason: "expected key=value")
        }
        let key = String(text[..<eq]).trimmingWhitespace()
        let value = String(text[text.index(after: eq)...])
        guard !key.isEmpty else { throw SearchError.invalidFilter(text, reason: "empty key") }
        let values = value.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return values.count == 1 ? .equals(key: key, value: value) : .anyOf(key: key, values: values)
    }

    /// Combines filters given as `key=value` strings: different keys must all match, several values of one
    /// key are alternatives.
    ///
    /// - Throws: ``SearchError/invalidFilter(_:reason:)`` for a malformed entry.
    public static func parseAll(_ texts: [String]) throws -> MetadataFilter? {
        if texts.isEmpty { return nil }
        var byKey: [String: [String]] = [:]
        for t in texts {
            switch try parse(t) {
            case .equals(let k, let v): byKey[k, default: []].append(v)
            case .anyOf(let k, let vs): byKey[k, default: []].append(contentsOf: vs)
            default: break
            }
        }
        let parts = byKey.keys.sorted().map { k -> MetadataFilter in
            let vs = byKey[k] ?? []
            return vs.count == 1 ? .equals(key: k, value: vs[0]) : .anyOf(key: k, values: vs)
        }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    /// The documents of `segment` that pass.
    package func evaluate(_ segment: IndexSegment) -> Bitset {
        let n = segment.documentCount
        switch self {
        case .equals(let key, let value):
            return segment.metadata[key]?.matching(value, count: n) ?? Bitset(count: n)
        case .anyOf(let key, let values):
            return segment.metadata[key]?.matching(Set(values), count: n) ?? Bitset(count: n)
        case .exists(let key):
            var set = Bitset(count: n)
            if let column = segment.metadata[key] {
                for (doc, code) in column.codes.enumerated() where code != 0 { set.insert(doc) }
            }
            return set
        case .all(let filters):
            var set = Bitset(count: n, value: true)
            for f in filters { set.formIntersection(f.evaluate(segment)) }
            return set
        case .any(let filters):
            var set = Bitset(count: n)
            for f in filters { set.formUnion(f.evaluate(segment)) }
            return set
        case .not(let filter):
            return filter.evaluate(segment).complemented()
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
