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
    /// - Complexity: One extra retrieval of `documents` hits plus O(Σ |term vector|).
    package func expandedTerms(_ analysed: [String], feedback fb: FeedbackOptions, scoring: BM25Options,
                               filter: MetadataFilter?, strategy: SearchStrategy) -> [QueryTerm] {
        let original = queryTerms(analysed, scoring: scoring)
        guard !original.isEmpty, fb.documents > 0, fb.terms > 0,
              segments.allSatisfy(\.hasTermVectors) else { return original }
        let first = rank(terms: original, limit: fb.documents, filter: filter, strategy: strategy)
        guard let top = first.first?.score else { return original }
        var z = 0.0
        for d in first { z += exp(d.score - top) }
        let picked = segments.count == 1
            ? feedbackTermsSingleSegment(first, top: top, z: z, count: fb.terms)
            : feedbackTermsBySpelling(first, top: top, z: z, count: fb.terms)
        let total = picked.reduce(0) { $0 + $1.value }
        let lambda = min(max(fb.originalQueryWeight, 0), 1)
        var combined: [String: Double] = [:]
        var order: [String] = []
        let unit = lambda / Double(max(analysed.count, 1))
        for t in analysed {
            if combined[t] == nil { order.append(t) }
            combined[t, default: 0] += unit
        }
        if total > 0 {
            for (t, w) in picked {
                if combined[t] == nil { order.append(t) }
                combined[t, default: 0] += (1 - lambda) * w / total
            }
        }
        return weightedQueryTerms(order.map { ($0, combined[$0] ?? 0) }, scoring: scoring)
    }

    /// RM3 term weights keyed by term id (one segment: ids follow UTF-8 order, so ties break by term).
    private func feedbackTermsSingleSegment(_ first: [ScoredDoc], top: Double, z: Double, count: Int) -> [(key: String, value: Double)] {
        let seg = segments[0]
        var weights: [Int: Double] = [:]
        for d in first {
            let vector = seg.termVector(d.doc)
            var length = 0.0
            for (_, tf) in vector { length += Double(tf) }
            guard length > 0 else { continue }
            let w = exp(d.score - top) / z
            for (t, tf) in vector { weights[t, default: 0] += w * Double(tf) / length }
        }
        var best: [(id: Int, weight: Double)] = []
        func better(_ a: (id: Int, weight: Double), _ b: (id: Int, weight: Double)) -> Bool {
            a.weight > b.weight || (a.weight == b.weight && a.id < b.id)
        }
        for (id, w) in weights {
            let entry = (id: id, weight: w)
            if best.count < count {
                best.append(entry)
                best.sort(by: better)
            } else if let last = best.last, better(entry, last) {
                best[best.count - 1] = entry
                var i = best.count - 1
                while i > 0 && better(best[i], best[i - 1]) { best.swapAt(i, i - 1); i -= 1 }
            }
        }
        return best.map { (key: seg.dictionary.term(at: $0.id), value: $0.weight) }
    }

    /// RM3 term weights keyed by spelling (several segments).
    private func feedbackTermsBySpelling(_ first: [ScoredDoc], top: Double, z: Double, count: Int) -> [(key: String, value: Double)] {
        var weights: [String: Double] = [:]
        for d in first {
            guard let (s, l) = locate(d.doc) else { continue }
            let seg = segments[s]
            let vector = seg.termVector(l)
            var length = 0.0
            for (_, tf) in vector { length += Double(tf) }
            guard length > 0 else { continue }
            let w = exp(d.score - top) / z
            for (t, tf) in vector { weights[seg.dictionary.term(at: t), default: 0] += w * Double(tf) / length }
        }
        return Array(weights.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key.utf8Precedes($1.key)) }.prefix(count))
    }
}
