import Foundation

/// Pseudo-relevance feedback (RM3, Lavrenko and Croft 2001; Abdul-Jaleel et al. 2004): the top documents
/// of a first retrieval vote for expansion terms, which are interpolated with the original query.
///
/// The defaults are the usual RM3 settings (as in Anserini): 10 feedback documents, 10 expansion terms,
/// original query weight 0.5.
public struct FeedbackOptions: Sendable, Hashable, Codable {
    /// Feedback documents. The default is 10.
    public var documents: Int = 10
    /// Expansion terms. The default is 10.
    public var terms: Int = 10
    /// Weight of the original query in the interpolation, in `0...1`. The default is 0.5.
    public var originalQueryWeight: Double = 0.5

    /// Creates feedback options.
    public init(documents: Int = 10, terms: Int = 10, originalQueryWeight: Double = 0.5) {
        self.documents = documents
        self.terms = terms
        self.originalQueryWeight = originalQueryWeight
    }
}

extension SearchIndex {
    /// RM3 expansion of analysed query terms.
    ///
    /// Each of the top ``FeedbackOptions/documents`` documents D (same filter) gets weight
    /// exp(score(D)) / Σ exp(score), and proposes its terms with P(t|D) = tf / |D| from its term vector;
    /// the ``FeedbackOptions/terms`` heaviest terms (ties by term) are normalised to sum 1 and mixed with
    /// the original query (each occurrence weighing 1/|q|) as λ·q + (1 − λ)·feedback. Without term vectors
    /// or first-pass hits the original terms are returned.
    ///
    /// - Complexity: One extra retrieval of `documents` hits plus O(Σ |term vector|); term ids are kept
    ///   throughout on a single segment, so no term is looked up by spelling.
    package func expandedTerms(_ analysed: [String], feedback fb: FeedbackOptions, scoring: BM25Options,
                               filter: MetadataFilter?, strategy: SearchStrategy) -> [QueryTerm] {
        let original = queryTerms(analysed, scoring: scoring)
        guard !original.isEmpty, fb.documents > 0, fb.terms > 0,
              segments.allSatisfy(\.hasTermVectors) else { return original }
        let first = rank(terms: original, limit: fb.documents, filter: filter, strategy: strategy)
        guard let top = first.first?.score else { return original }
        var z = 0.0
        for d in first { z += exp(d.score - top) }
        if let decoded = feedbackTermsDecoded(first, top: top, z: z, count: fb.terms) {
            return mixed(original, analysedCount: analysed.count, picked: decoded, feedback: fb, scoring: scoring)
        }
        let picked = segments.count == 1 && segments[0].dictionary.count <= Self.denseFeedbackVocabulary
            ? feedbackTermsSingleSegment(first, top: top, z: z, count: fb.terms)
            : feedbackTermsBySpelling(first, top: top, z: z, count: fb.terms)
        return mixedBySpelling(analysed, original: original, picked: picked, feedback: fb, scoring: scoring)
    }

    /// The RM3 mix by spelling (any segments): the query's terms in order of first occurrence, each
    /// occurrence adding λ/|q|, then the feedback terms not in the query by decreasing weight, each adding
    /// (1 − λ)·weight/Σ weights.
    package func mixedBySpelling(_ analysed: [String], original: [QueryTerm], picked: [(term: String, id: Int32?, weight: Double)],
                                 feedback fb: FeedbackOptions, scoring: BM25Options) -> [QueryTerm] {
        var total = 0.0
        for p in picked { total += p.weight }
        let lambda = min(max(fb.originalQueryWeight, 0), 1)
        // Terms in order: the query's (first occurrence), then new feedback terms by decreasing weight.
        var names: [String] = []
        var weights: [Double] = []
        var known: [Int32?] = []
        // Short lists are searched linearly; a table takes over beyond 32 terms.
        var slot: [String: Int] = [:]
        func index(of t: String) -> Int? {
            names.count <= 32 ? names.firstIndex(of: t) : slot[t]
        }
        func append(_ t: String, _ id: Int32?) {
            if names.count == 32 { for (i, x) in names.enumerated() { slot[x] = i } }
            if names.count >= 32 { slot[t] = names.count }
            names.append(t)
            weights.append(0)
            known.append(id)
        }
        let unit = lambda / Double(max(analysed.count, 1))
        for t in analysed {
            let i: Int
            if let found = index(of: t) { i = found } else {
                i = names.count
                append(t, original.first { $0.term == t }.map(\.firstID))
            }
            weights[i] += unit
        }
        if total > 0 {
            for p in picked {
                let i: Int
                if let found = index(of: p.term) { i = found } else { i = names.count; append(p.term, p.id) }
                weights[i] += (1 - lambda) * p.weight / total
            }
        }
        let stats = statistics
        var out: [QueryTerm] = []
        out.reserveCapacity(names.count)
        for i in names.indices {
            if let qt = queryTerm(names[i], weight: weights[i], scoring: scoring, statistics: stats, knownID: known[i]) { out.append(qt) }
        }
        return out
    }

    /// The RM3 mix of one segment's query terms and feedback terms, matched by term id: the same terms,
    /// order and weights (the same floating-point sums) as the general mix by spelling. The query's own
    /// terms keep their resolved ids and idf under the new weight.
    package func mixed(_ original: [QueryTerm], analysedCount: Int, picked: [(term: String, id: Int32?, weight: Double)],
                       feedback fb: FeedbackOptions, scoring: BM25Options) -> [QueryTerm] {
        var total = 0.0
        for p in picked { total += p.weight }
        let lambda = min(max(fb.originalQueryWeight, 0), 1)
        let unit = lambda / Double(max(analysedCount, 1))
        var weights: [Double] = []
        weights.reserveCapacity(original.count + picked.count)
        for qt in original {
            // Each occurrence adds its share in turn, as when the analysed terms are walked one by one.
            var w = 0.0
            for _ in 0..<max(Int(qt.weight), 0) { w += unit }
            weights.append(w)
        }
        // Feedback terms that are not query terms, in order, with their weights at the end of `weights`.
        var added: [Int] = []
        added.reserveCapacity(picked.count)
        if total > 0 {
            for (k, p) in picked.enumerated() {
                let share = (1 - lambda) * p.weight / total
                if let id = p.id, let i = original.firstIndex(where: { $0.firstID == id }) {
                    weights[i] += share
                } else {
                    added.append(k)
                    weights.append(0 + share)
                }
            }
        }
        var out: [QueryTerm] = []
        out.reserveCapacity(weights.count)
        for (i, qt) in original.enumerated() {
            var q = qt
            q.weight = weights[i]
            q.scorer = qt.scorer.reweighted(weights[i])
            out.append(q)
        }
        let stats = statistics
        for (j, k) in added.enumerated() {
            let p = picked[k]
            if let qt = queryTerm(p.term, weight: weights[original.count + j], scoring: scoring, statistics: stats,
                                  knownID: p.id) { out.append(qt) }
        }
        return out
    }
}
