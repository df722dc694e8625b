extension SearchIndex {
    /// Adds documents; a document whose id is already live replaces it (update). Within `documents`, the
    /// last occurrence of an id wins.
    ///
    /// The documents form a new small segment; small segments are merged together beyond
    /// ``maxSmallSegments`` and into the main segment when they hold more than a tenth of it.
    ///
    /// - Complexity: O(*T*) for the *T* tokens added, plus O(*n*) once to index identifiers.
    public mutating func add(_ documents: [SearchDocument]) {
        if documents.isEmpty { return }
        contentToken = ImpactCache.nextToken()
        var lastIndex: [String: Int] = [:]
        for (i, d) in documents.enumerated() { lastIndex[d.id] = i }
        let unique = documents.enumerated().filter { lastIndex[$0.element.id] == $0.offset }.map(\.element)
        delete(ids: unique.map(\.id))
        let segment = SegmentBuilder.build(DocumentBatch(unique), options: options)
        let base = segments.reduce(0) { $0 + $1.documentCount }
        segments.append(segment)
        deleted.append(Bitset(count: segment.documentCount))
        for (i, d) in unique.enumerated() { idLocations?[d.id] = base + i }
        compact()
    }

    /// Deletes the live documents with these ids; returns how many were deleted. Unknown ids are ignored.
    ///
    /// Document frequencies and the total length are adjusted at once, from the stored text or, when texts
    /// are not stored, by one pass over the affected segment's postings.
    @discardableResult
    public mutating func delete(ids: [String]) -> Int {
        ensureIDLocations()
        contentToken = ImpactCache.nextToken()
        var targets: [Int] = []
        for id in ids {
            if let doc = idLocations?[id] {
                targets.append(doc)
                idLocations?[id] = nil
            }
        }
        if targets.isEmpty { return 0 }
        var bySegment: [Int: [Int]] = [:]
        for doc in targets {
            guard let (s, l) = locate(doc), !deleted[s].contains(l) else { continue }
            bySegment[s, default: []].append(l)
        }
        var count = 0
        for (s, locals) in bySegment.sorted(by: { $0.key < $1.key }) {
            let seg = segments[s]
            var gone = Bitset(count: seg.documentCount)
            for l in locals {
                gone.insert(l)
                deleted[s].insert(l)
                deletedLength += Double(seg.documentLength[l])
                deletedCount += 1
                count += 1
            }
            for (term, n) in Self.termCounts(of: gone, locals: locals, in: seg, extractor: extractor) {
                deletedDF[term, default: 0] += n
            }
        }
        return count
    }

    /// How many of the documents `locals` (also set in `gone`) contain each term of `seg`.
    static func termCounts(of gone: Bitset, locals: [Int], in seg: IndexSegment, extractor: TermExtractor) -> [String: Int] {
        var counts: [String: Int] = [:]
        let stored = seg.storedFields.count == seg.fieldWeights.count && seg.storedFields.allSatisfy { $0.count == seg.documentCount }
        if stored && locals.count <= 256 {
            for l in locals {
                var seen = Set<String>()
                for f in 0..<seg.storedFields.count { seen.formUnion(extractor.terms(seg.storedFields[f][l])) }
                for t in seen where seg.dictionary.id(of: t) != nil { counts[t, default: 0] += 1 }
            }
            return counts
        }
        for t in 0..<seg.dictionary.count {
            var hits = 0
            seg.forEachPosting(term: t) { doc, _ in if gone.contains(doc) { hits += 1 } }
            if hits > 0 { counts[seg.dictionary.term(at: t), default: 0] += hits }
        }
        return counts
    }

    /// Merges every segment into one main segment without deleted documents. Statistics are unchanged;
    /// document numbers are compacted, keeping their order.
    public mutating func merge() {
        let merged = SegmentMerger.merge(segments, deleted: deleted, fieldWeights: options.fields.map { Float($0.weight) })
        segments = [merged]
        contentToken = ImpactCache.nextToken()
        deleted = [Bitset(count: merged.documentCount)]
        deletedDF = [:]
        deletedCount = 0
        deletedLength = 0
        if idLocations != nil {
            var map: [String: Int] = [:]
            for (i, id) in merged.ids.enumerated() { map[id] = i }
            idLocations = map
        }
    }

    private mutating func ensureIDLocations() {
        if idLocations != nil { return }
        var map: [String: Int] = [:]
        var base = 0
        for (s, seg) in segments.enumerated() {
            for (l, id) in seg.ids.enumerated() where !deleted[s].contains(l) { map[id] = base + l }
            base += seg.documentCount
        }
        idLocations = map
    }

    private mutating func compact() {
        guard segments.count > 1 else { return }
        let small = segments.dropFirst().reduce(0) { $0 + $1.documentCount }
        if small > max(1000, segments[0].documentCount / 10) {
            merge()
        } else if segments.count > maxSmallSegments + 1 {
            mergeSmallSegments()
        }
    }

    /// Merges the segments after the main one into one small segment.
    private mutating func mergeSmallSegments() {
        let tail = Array(segments.dropFirst())
        let tailDeleted = Array(deleted.dropFirst())
        for (seg, gone) in zip(tail, tailDeleted) where gone.cardinality > 0 {
            var locals: [Int] = []
            for l in 0..<seg.documentCount where gone.contains(l) {
                locals.append(l)
                deletedLength -= Double(seg.documentLength[l])
                deletedCount -= 1
            }
            for (term, n) in Self.termCounts(of: gone, locals: locals, in: seg, extractor: extractor) {
                let left = (deletedDF[term] ?? 0) - n
                deletedDF[term] = left > 0 ? left : nil
            }
        }
        let merged = SegmentMerger.merge(tail, deleted: tailDeleted, fieldWeights: options.fields.map { Float($0.weight) })
        segments = [segments[0], merged]
        contentToken = ImpactCache.nextToken()
        deleted = [deleted[0], Bitset(count: merged.documentCount)]
        idLocations = nil
    }
}
