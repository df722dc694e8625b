/// A distinct query term with its weight (count in the query) and collection-wide statistics.
package struct QueryTerm: Sendable {
    package var term: String
    package var weight: Double
    package var scorer: BM25Scorer
    package init(term: String, weight: Double, scorer: BM25Scorer) {
        self.term = term
        self.weight = weight
        self.scorer = scorer
    }
}
