/// A distinct query term with its weight (count in the query) and collection-wide statistics.
package struct QueryTerm: Sendable {
    package var term: String
    package var weight: Double
    package var scorer: BM25Scorer
    /// The term's id in each segment of the index that prepared it (`-1` where absent); empty when not
    /// resolved, in which case searchers look the term up by spelling.
    package var ids: [Int32] = []

    package init(term: String, weight: Double, scorer: BM25Scorer) {
        self.term = term
        self.weight = weight
        self.scorer = scorer
    }

    package init(term: String, weight: Double, scorer: BM25Scorer, ids: [Int32]) {
        self.term = term
        self.weight = weight
        self.scorer = scorer
        self.ids = ids
    }

    /// The id of the term in segment `s` of `segment`, resolved ids first.
    @inline(__always)
    func id(in segment: IndexSegment, at s: Int) -> Int? {
        if s >= 0 && s < ids.count {
            let t = Int(ids[s])
            return t >= 0 && t < segment.dictionary.count ? t : nil
        }
        return segment.dictionary.id(of: term)
    }
}
