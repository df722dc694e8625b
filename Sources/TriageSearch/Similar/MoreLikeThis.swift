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
        let counts = Self.termCounts(analyzedTerms)
        let picked = distinctiveTerms(counts: counts, options: mlt)
        let weighted = picked.map { ($0.term, Double(counts[$0.term] ?? 1)) }
        let terms = weightedQueryTerms(weighted, scoring: options.scoring)
        let extra = mlt.excludeID == nil ? 0 : 1
        var ranked = rank(terms: terms, limit: mlt.limit + extra, filter: mlt.filter, strategy: .automatic)
        var query = SearchQuery(text, limit: mlt.limit)
        query.analyzedTerms = analyzedTerms
        var hits = ranked.map { makeHit($0, query: query) }
        if let ex = mlt.excludeID { hits.removeAll { $0.id == ex } }
        ranked.removeAll()
        return Array(hits.prefix(mlt.limit))
    }
}
