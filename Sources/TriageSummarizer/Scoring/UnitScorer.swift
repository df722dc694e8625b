import TriageText

/// Scores of the selectable units of a thread, with what the selector needs afterwards.
package struct ScoredUnits: Sendable {
    /// Indices into the thread's units of the candidates (selectable units), in order.
    package var candidates: [Int]
    /// TF-IDF vectors of the candidates (same order).
    package var vectors: [SparseVector]
    /// Final score per candidate.
    package var scores: [Double]
    /// Components per candidate.
    package var components: [ScoreComponents]
    /// Candidates with no analysable terms are never selected.
    package var eligible: [Bool]
    /// The centrality used.
    package var method: CentralityMethod
    /// Version and error-code tokens per candidate (from the analysis, so layouts need not tokenise again).
    package var tokenFlags: [TokenFlags]
}

/// Combines centrality, position, salience, length and role into one score per unit (see ``ScoreWeights``).
///
/// - Complexity: analysis O(*T*) for *T* tokens; graph and LexRank as in ``SimilarityGraph`` and
///   ``LexRank`` when there are at most ``SummarizerOptions/maxGraphUnits`` candidates, otherwise O(*P*).
package enum UnitScorer {
    package static func score(_ units: [SummaryUnit], options: SummarizerOptions, memo: TermMemo) -> ScoredUnits {
        // Unit fields are read through a pointer: no copy of each unit (and retain of its strings) per access.
        var candidates: [Int] = []
        var texts: [(text: String, skip: Int)] = []
        candidates.reserveCapacity(units.count)
        texts.reserveCapacity(units.count)
        units.withUnsafeBufferPointer { u in
            for i in u.indices where u[i].isSelectable {
                candidates.append(i)
                texts.append((text: u[i].text, skip: u[i].labelLength))
            }
        }
        let analyzer = Analyzer(options: options.analyzer)
        let tv = TermVectors(texts: texts, analyzer: analyzer, memo: memo)
        let n = candidates.count
        var centrality: [Double]
        let method: CentralityMethod
        if n > options.maxGraphUnits {
            method = .centroid
            centrality = centroidSimilarity(tv.vectors)
        } else {
            method = .lexRank
            let graph = SimilarityGraph(vectors: tv.vectors, options: options.similarity)
            centrality = LexRank.scores(graph, options: options.lexRank)
        }
        for i in 0..<n where tv.termCounts[i] == 0 { centrality[i] = 0 }
        let maxC = centrality.max() ?? 0
        let w = options.weights
        var scores: [Double] = []
        var components: [ScoreComponents] = []
        scores.reserveCapacity(n)
        components.reserveCapacity(n)
        // Roles read through a pointer (no unit copy per candidate).
        units.withUnsafeBufferPointer { u in
            for i in 0..<n {
                let c = ScoreComponents(
                    centrality: maxC > 0 ? centrality[i] / maxC : 0,
                    position: w.positionScale > 0 ? 1 / (1 + Double(i) / w.positionScale) : 1 - Double(i) / Double(max(1, n)),
                    salience: min(1, (Double(tv.domainCounts[i]) + w.nameWeight * Double(tv.nameCounts[i])) / 2),
                    length: min(1, Double(tv.termCounts[i]) / Double(max(1, w.fullLengthTerms))),
                    role: options.roles[u[candidates[i]].role])
                let s = c.role * c.length * (w.centrality * c.centrality + w.position * c.position + w.salience * c.salience)
                scores.append(s)
                components.append(c)
            }
        }
        return ScoredUnits(candidates: candidates, vectors: tv.vectors, scores: scores, components: components,
                           eligible: tv.termCounts.map { $0 > 0 }, method: method, tokenFlags: tv.tokenFlags)
    }

    /// Cosine of each vector with the sum of all vectors.
    private static func centroidSimilarity(_ vectors: [SparseVector]) -> [Double] {
        var sum: [Int32: Double] = [:]
        for v in vectors { for e in v.entries { sum[e.id, default: 0] += e.weight } }
        let norm = sum.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return vectors.map { _ in 0 } }
        return vectors.map { v in
            var dot = 0.0
            for e in v.entries { dot += e.weight * (sum[e.id] ?? 0) }
            return dot / norm
        }
    }
}
