/// A distinct query term with its weight (count in the query) and collection-wide statistics.
package struct QueryTerm: Sendable {
    package var term: String
    package var weight: Double
    package var scorer: BM25Scorer
    /// Segments whose term id is resolved below (0: searchers look the term up by spelling).
    package var resolvedSegments: Int
    /// The term's id in the first segment (`-1` where absent).
    package var firstID: Int32
    /// The term's ids in the other segments (`-1` where absent); empty for a single segment, so the
    /// common case allocates nothing.
    package var otherIDs: [Int32]
    /// The live documents containing the term, when the preparing index counted them (`-1`: not known).
    package var documentFrequency: Int

    package init(term: String, weight: Double, scorer: BM25Scorer) {
        self.term = term
        self.weight = weight
        self.scorer = scorer
        resolvedSegments = 0
        firstID = -1
        otherIDs = []
        documentFrequency = -1
    }

    /// A term with its id in each segment of the index that prepared it (`-1` where absent).
    ///
    /// Not inlined: a call writes the term straight into its destination, where the inlined initialiser left a
    /// temporary that was copied (a retain and a release of its spelling and ids).
    @inline(never)
    package init(term: String, weight: Double, scorer: BM25Scorer, firstID: Int32, otherIDs: [Int32], segments: Int,
                 documentFrequency: Int = -1) {
        self.term = term
        self.weight = weight
        self.scorer = scorer
        self.resolvedSegments = segments
        self.firstID = firstID
        self.otherIDs = otherIDs
        self.documentFrequency = documentFrequency
    }

    /// The id of the term in segment `s` of `segment`, resolved ids first.
    @inline(__always)
    func id(in segment: IndexSegment, at s: Int) -> Int? {
        if s >= 0 && s < resolvedSegments {
            let t = s == 0 ? Int(firstID) : (s - 1 < otherIDs.count ? Int(otherIDs[s - 1]) : -1)
            return t >= 0 && t < segment.dictionary.count ? t : nil
        }
        return segment.termID(term)
    }
}
