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
        let picked = segments.count == 1 && segments[0].dictionary.count <= Self.denseFeedbackVocabulary
            ? feedbackTermsSingleSegment(first, top: top, z: z, count: fb.terms)
            : feedbackTermsBySpelling(first, top: top, z: z, count: fb.terms)
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

    /// Vocabularies up to this size accumulate feedback weights in a dense array indexed by term id.
    static var denseFeedbackVocabulary: Int { 1 << 18 }

    /// RM3 term weights by term id (one segment: ids follow UTF-8 order, so ties break by term).
    private func feedbackTermsSingleSegment(_ first: [ScoredDoc], top: Double, z: Double,
                                            count: Int) -> [(term: String, id: Int32?, weight: Double)] {
        let seg = segments[0]
        let v = seg.dictionary.count
        let weights = UnsafeMutablePointer<Double>.allocate(capacity: max(v, 1))
        weights.initialize(repeating: 0, count: max(v, 1))
        let seen = UnsafeMutablePointer<Bool>.allocate(capacity: max(v, 1))
        seen.initialize(repeating: false, count: max(v, 1))
        defer {
            weights.deallocate()
            seen.deallocate()
        }
        var touched: [Int32] = []
        touched.reserveCapacity(1024)
        var shares = [Double](repeating: -1, count: 16)  // w · tf / |D| by tf of the current document
        let integral = seg.tfScale == 1 && seg.fieldWeights.allSatisfy { $0 >= 0 && $0 == $0.rounded() }
        seg.forward.withUnsafeBufferPointer { forward in
            for d in first {
                guard d.doc >= 0, d.doc < seg.documentCount else { continue }
                let start = Int(seg.forwardOffset[d.doc]), end = Int(seg.forwardOffset[d.doc + 1])
                guard start <= end, end <= forward.count else { continue }
                let bytes = UnsafeBufferPointer(rebasing: forward[0..<end])
                var length = 0.0
                var off = start
                if integral {
                    // Integral field weights: the stored tfs are exact integers summing to the length.
                    length = Double(seg.documentLength[d.doc])
                } else {
                    while off < end {
                        let t = Int(VarInt.read(bytes, &off))
                        let tf = VarInt.read(bytes, &off)
                        if t < v { length += Double(tf) }
                    }
                }
                guard length > 0 else { continue }
                let w = exp(d.score - top) / z
                // Most term frequencies are small: each document's w · tf / |D| is computed once per
                // distinct tf (the same expression, so the same bits), not once per term.
                for i in 0..<shares.count { shares[i] = -1 }
                off = start
                while off < end {
                    let t = Int(VarInt.read(bytes, &off))
                    let tf = VarInt.read(bytes, &off)
                    guard t < v else { continue }
                    if !seen[t] {
                        seen[t] = true
                        touched.append(Int32(t))
                    }
                    let share: Double
                    if Int(tf) < shares.count {
                        if shares[Int(tf)] < 0 { shares[Int(tf)] = w * Double(tf) / length }
                        share = shares[Int(tf)]
                    } else {
                        share = w * Double(tf) / length
                    }
                    weights[t] += share
                }
            }
        }
        var best: [(id: Int, weight: Double)] = []
        best.reserveCapacity(count + 1)
        func better(_ a: (id: Int, weight: Double), _ b: (id: Int, weight: Double)) -> Bool {
            a.weight > b.weight || (a.weight == b.weight && a.id < b.id)
        }
        for t in touched {
            let entry = (id: Int(t), weight: weights[Int(t)])
            if best.count < count {
                best.append(entry)
                var i = best.count - 1
                while i > 0 && better(best[i], best[i - 1]) { best.swapAt(i, i - 1); i -= 1 }
            } else if let last = best.last, better(entry, last) {
                best[best.count - 1] = entry
                var i = best.count - 1
                while i > 0 && better(best[i], best[i - 1]) { best.swapAt(i, i - 1); i -= 1 }
            }
        }
        return best.map { (term: seg.dictionary.term(at: $0.id), id: Int32($0.id), weight: $0.weight) }
    }

    /// RM3 term weights keyed by spelling (several segments, or a very large vocabulary).
    private func feedbackTermsBySpelling(_ first: [ScoredDoc], top: Double, z: Double,
                                         count: Int) -> [(term: String, id: Int32?, weight: Double)] {
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
        let sorted = weights.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key.utf8Precedes($1.key)) }
        return sorted.prefix(count).map { (term: $0.key, id: nil, weight: $0.value) }
    }
}
