extension SearchIndex {
    /// Weighted query terms (count in `terms`), in order of first occurrence, without unknown terms.
    package func queryTerms(_ terms: [String], scoring: BM25Options) -> [QueryTerm] {
        if segments.count == 1 && deletedDF.isEmpty {
            return singleSegmentQueryTerms(terms, scoring: scoring)
        }
        var order: [String] = []
        var counts: [Double] = []
        order.reserveCapacity(min(terms.count, 64))
        counts.reserveCapacity(min(terms.count, 64))
        if terms.count <= 64 {
            // Short queries: a linear scan beats hashing.
            for t in terms {
                if let i = order.firstIndex(of: t) { counts[i] += 1 } else { order.append(t); counts.append(1) }
            }
        } else {
            var slot: [String: Int] = [:]
            for t in terms {
                if let i = slot[t] { counts[i] += 1 } else { slot[t] = order.count; order.append(t); counts.append(1) }
            }
        }
        var out: [QueryTerm] = []
        out.reserveCapacity(order.count)
        let stats = statistics
        for (i, t) in order.enumerated() {
            if let qt = queryTerm(t, weight: counts[i], scoring: scoring, statistics: stats) { out.append(qt) }
        }
        return out
    }

    /// ``queryTerms(_:scoring:)`` over the only segment of an index without deletions: each term is resolved to
    /// its id once and counted by id (terms are byte strings in the dictionary, so equal ids are equal terms).
    private func singleSegmentQueryTerms(_ terms: [String], scoring: BM25Options) -> [QueryTerm] {
        let seg = segments[0]
        var ids: [Int32] = []
        var first: [Int] = []
        var counts: [Double] = []
        ids.reserveCapacity(min(terms.count, 256))
        first.reserveCapacity(min(terms.count, 256))
        counts.reserveCapacity(min(terms.count, 256))
        var slots = TermSlotMap(capacity: terms.count)
        seg.withTermResolver { resolver in
            seg.documentFrequency.withUnsafeBufferPointer { dfs in
                for (i, t) in terms.enumerated() {
                    guard let found = resolver.id(of: t), found < dfs.count, dfs[found] > 0 else { continue }
                    let id = Int32(found)
                    if let k = slots.slot(of: id) { counts[k] += 1 } else {
                        slots.insert(id, slot: ids.count)
                        ids.append(id); first.append(i); counts.append(1)
                    }
                }
            }
        }
        let stats = statistics
        // Each term is made in its place in the result (appending a made term copied it, retains included).
        return [QueryTerm](unsafeUninitializedCapacity: ids.count) { buffer, made in
            guard let base = buffer.baseAddress else { return }
            for k in ids.indices {
                let df = Int(seg.documentFrequency[Int(ids[k])])
                (base + k).initialize(to: QueryTerm(
                    term: terms[first[k]], weight: counts[k],
                    scorer: BM25Scorer(options: scoring, documentFrequency: df, statistics: stats, weight: counts[k]),
                    firstID: ids[k], otherIDs: [], segments: 1, documentFrequency: df))
                made = k + 1
            }
        }
    }

    /// Query terms with explicit weights, dropping terms no live document contains.
    package func weightedQueryTerms(_ terms: [(String, Double)], scoring: BM25Options) -> [QueryTerm] {
        let stats = statistics
        var out: [QueryTerm] = []
        out.reserveCapacity(terms.count)
        for (t, w) in terms {
            if let qt = queryTerm(t, weight: w, scoring: scoring, statistics: stats) { out.append(qt) }
        }
        return out
    }

    /// One query term with its ids resolved in every segment, or `nil` when no live document contains it.
    ///
    /// - Parameter knownID: The term's id in the only segment, when the caller has it (skips the lookup).
    package func queryTerm(_ t: String, weight w: Double, scoring: BM25Options, statistics stats: CollectionStatistics,
                           knownID: Int32? = nil) -> QueryTerm? {
        var firstID: Int32 = -1
        var otherIDs: [Int32] = []
        var df = 0
        if let knownID, segments.count == 1, knownID >= 0, Int(knownID) < segments[0].documentFrequency.count {
            firstID = knownID
            df = Int(segments[0].documentFrequency[Int(knownID)])
        } else {
            if segments.count > 1 { otherIDs = [Int32](repeating: -1, count: segments.count - 1) }
            for (s, seg) in segments.enumerated() {
                guard let id = seg.termID(t) else { continue }
                if s == 0 { firstID = Int32(id) } else { otherIDs[s - 1] = Int32(id) }
                df += Int(seg.documentFrequency[id])
            }
        }
        if !deletedDF.isEmpty { df -= deletedDF[t] ?? 0 }
        if df <= 0 { return nil }
        return QueryTerm(term: t, weight: w,
                         scorer: BM25Scorer(options: scoring, documentFrequency: df, statistics: stats, weight: w),
                         firstID: firstID, otherIDs: otherIDs, segments: segments.count, documentFrequency: df)
    }

    /// Runs prepared terms over every segment.
    package func rank(terms: [QueryTerm], limit: Int, filter: MetadataFilter?, strategy: SearchStrategy) -> [ScoredDoc] {
        if terms.isEmpty || limit <= 0 { return [] }
        var top = TopK(k: limit)
        let negative = terms.contains { $0.scorer.idf * $0.weight < 0 }
        var base = 0
        for (i, seg) in segments.enumerated() {
            defer { base += seg.documentCount }
            var accept: Bitset? = nil
            if let filter { accept = filter.evaluate(seg) }
            if deleted[i].cardinality > 0 {
                if accept == nil { accept = deleted[i].complemented() } else { accept?.subtract(deleted[i]) }
            }
            let small = seg.documentCount <= 65_536
            if strategy == .exhaustive || negative || (strategy == .automatic && small) {
                let cached = terms.isEmpty ? nil : impacts(segment: i, options: terms[0].scorer.options)
                ExhaustiveSearcher.search(seg, segmentIndex: i, docBase: base, terms: terms, accept: accept, impacts: cached, into: &top)
            } else {
                MaxScoreSearcher.search(seg, segmentIndex: i, docBase: base, terms: terms, accept: accept, into: &top)
            }
        }
        return top.sorted()
    }
}
