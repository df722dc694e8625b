/// Options of ``SearchIndex/moreLikeThis(_:options:)``.
public struct MoreLikeThisOptions: Sendable, Hashable, Codable {
    /// The number of distinctive terms kept. The default is 25.
    public var maxTerms: Int = 25
    /// Terms in fewer live documents are ignored (too rare to link documents). The default is 1.
    public var minDocumentFrequency: Int = 1
    /// Terms in more than this fraction of live documents are ignored. The default is 0.5.
    public var maxDocumentFraction: Double = 0.5
    /// The maximum number of similar documents. The default is 10.
    public var limit: Int = 10
    /// Restricts candidates, e.g. `.equals(key: "kind", value: "ticket")`. The default is `nil`.
    public var filter: MetadataFilter? = nil
    /// A document id left out of the results (the source ticket itself). The default is `nil`.
    public var excludeID: String? = nil

    /// Creates options.
    public init(maxTerms: Int = 25, limit: Int = 10, filter: MetadataFilter? = nil, excludeID: String? = nil) {
        self.maxTerms = maxTerms
        self.limit = limit
        self.filter = filter
        self.excludeID = excludeID
    }
}

extension SearchIndex {
    /// The most distinctive terms of `text` for this collection: term frequency in `text` times idf, best
    /// first (ties by term), each with that weight.
    ///
    /// - Complexity: O(*t* log *t*) for *t* distinct terms of `text`.
    public func distinctiveTerms(of text: String, options mlt: MoreLikeThisOptions = .init()) -> [(term: String, weight: Double)] {
        distinctiveTerms(counts: Self.termCounts(extractor.terms(text)), options: mlt)
    }

    /// How often each term occurs in `terms`.
    static func termCounts(_ terms: [String]) -> [String: Int] {
        var counts = [String: Int](minimumCapacity: terms.count)
        for t in terms { counts[t, default: 0] += 1 }
        return counts
    }

    func distinctiveTerms(counts: [String: Int], options mlt: MoreLikeThisOptions) -> [(term: String, weight: Double)] {
        let n = count
        var scored: [(String, Double)] = []
        for (t, c) in counts {
            let df = documentFrequency(t)
            if df < max(1, mlt.minDocumentFrequency) || Double(df) > mlt.maxDocumentFraction * Double(max(n, 1)) { continue }
            let idf = BM25Scorer.idf(variant: .lucene, documentCount: n, documentFrequency: df)
            scored.append((t, Double(c) * idf))
        }
        scored.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0.utf8Precedes($1.0)) }
        return Array(scored.prefix(max(0, mlt.maxTerms))).map { (term: $0.0, weight: $0.1) }
    }

    /// Documents similar to a text (a new ticket): its distinctive terms as a BM25 query, each weighted by
    /// its count in the text.
    ///
    /// - Returns: Hits best first; an empty array when the text has no usable term.
    public func moreLikeThis(_ text: String, options mlt: MoreLikeThisOptions = .init()) -> [SearchHit] {
        moreLikeThis(text, analyzedTerms: extractor.terms(text), options: mlt)
    }

    /// Documents similar to a text whose terms the caller has already analysed with this index's
    /// ``extractor`` (see ``SearchQuery/analyzedTerms``); otherwise as ``moreLikeThis(_:options:)``.
    public func moreLikeThis(_ text: String, analyzedTerms: [String], options mlt: MoreLikeThisOptions = .init()) -> [SearchHit] {
        moreLikeThis(text, analyzedTerms: analyzedTerms, options: mlt, includeMetadata: true)
    }

    /// ``moreLikeThis(_:analyzedTerms:options:)`` whose hits carry their metadata only when `includeMetadata`
    /// (the engine reads a prior ticket's facts by document number instead).
    package func moreLikeThis(_ text: String, analyzedTerms: [String], options mlt: MoreLikeThisOptions,
                              includeMetadata: Bool) -> [SearchHit] {
        let terms: [QueryTerm]
        if segments.count == 1 && deletedDF.isEmpty {
            terms = similarityTerms(analyzedTerms, options: mlt)
        } else {
            let counts = Self.termCounts(analyzedTerms)
            let picked = distinctiveTerms(counts: counts, options: mlt)
            let weighted = picked.map { ($0.term, Double(counts[$0.term] ?? 1)) }
            terms = weightedQueryTerms(weighted, scoring: options.scoring)
        }
        let extra = mlt.excludeID == nil ? 0 : 1
        let ranked = rank(terms: terms, limit: mlt.limit + extra, filter: mlt.filter, strategy: .automatic)
        var query = SearchQuery(text, limit: mlt.limit)
        query.includeMetadata = includeMetadata
        var hits: [SearchHit] = []
        hits.reserveCapacity(min(ranked.count, mlt.limit))
        var none = HitTerms(terms: [], segmentCount: 0)
        for d in ranked where hits.count < mlt.limit {
            // The excluded document is recognised by its id before a hit is made for it.
            if let ex = mlt.excludeID, let (s, l) = locate(d.doc), segments[s].ids[l] == ex { continue }
            hits.append(makeHit(d, query: query, terms: &none))
        }
        return hits
    }

    /// The query terms of ``moreLikeThis(_:analyzedTerms:options:)`` for the only segment of an index without
    /// deletions, worked out on term ids: each term is resolved once and counted by id, and ties in weight go
    /// to the smaller id, which is the term first in UTF-8 byte order (ids follow that order), as in
    /// ``distinctiveTerms(counts:options:)``.
    private func similarityTerms(_ analyzed: [String], options mlt: MoreLikeThisOptions) -> [QueryTerm] {
        let seg = segments[0]
        let n = count
        let minimum = max(1, mlt.minDocumentFrequency)
        let ceiling = mlt.maxDocumentFraction * Double(max(n, 1))
        // Distinct known terms: id, count, and where the term first occurs in `analyzed`.
        var ids: [Int32] = []
        var counts: [Int] = []
        var first: [Int] = []
        ids.reserveCapacity(min(analyzed.count, 256))
        counts.reserveCapacity(min(analyzed.count, 256))
        first.reserveCapacity(min(analyzed.count, 256))
        var slots = TermSlotMap(capacity: analyzed.count)
        seg.withTermResolver { resolver in
            for (i, t) in analyzed.enumerated() {
                guard let found = resolver.id(of: t) else { continue }
                let id = Int32(found)
                if let k = slots.slot(of: id) { counts[k] += 1 } else {
                    slots.insert(id, slot: ids.count)
                    ids.append(id); counts.append(1); first.append(i)
                }
            }
        }
        // Each candidate with its weight and idf (kept for the scorer when the index scores with the same,
        // Lucene, idf).
        var scored: [(slot: Int, weight: Double, idf: Double)] = []
        scored.reserveCapacity(ids.count)
        seg.documentFrequency.withUnsafeBufferPointer { dfs in
            for k in ids.indices where Int(ids[k]) < dfs.count {
                let df = Int(dfs[Int(ids[k])])
                if df < minimum || Double(df) > ceiling { continue }
                let idf = BM25Scorer.idf(variant: .lucene, documentCount: n, documentFrequency: df)
                scored.append((k, Double(counts[k]) * idf, idf))
            }
        }
        scored.sort { $0.weight > $1.weight || ($0.weight == $1.weight && ids[$0.slot] < ids[$1.slot]) }
        // What `queryTerm(_:weight:scoring:statistics:knownID:)` builds for a known id of the only segment.
        let stats = statistics
        let scoring = options.scoring
        // The idf above is the scorer's own when it uses Lucene's formula over the same document count.
        let reuseIDF = scoring.variant == .lucene && stats.documentCount == n
        let kept = min(scored.count, max(0, mlt.maxTerms))
        // Each term is made in its place in the result (appending a made term copied it, retains included).
        return [QueryTerm](unsafeUninitializedCapacity: kept) { buffer, made in
            guard let base = buffer.baseAddress else { return }
            for r in 0..<kept {
                let (k, _, idf) = scored[r]
                let w = Double(counts[k])
                let df = Int(seg.documentFrequency[Int(ids[k])])
                let scorer = reuseIDF
                    ? BM25Scorer(options: scoring, idf: idf, statistics: stats, weight: w)
                    : BM25Scorer(options: scoring, documentFrequency: df, statistics: stats, weight: w)
                (base + r).initialize(to: QueryTerm(term: analyzed[first[k]], weight: w, scorer: scorer,
                                                    firstID: ids[k], otherIDs: [], segments: 1, documentFrequency: df))
                made = r + 1
            }
        }
    }
}
