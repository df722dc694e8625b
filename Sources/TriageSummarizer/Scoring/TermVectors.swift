import Foundation
import TriageText

/// A sparse vector: term ids ascending, with weights.
package struct SparseVector: Sendable, Hashable {
    package var ids: [Int32] = []
    package var weights: [Double] = []

    /// Dot product by merging the two sorted id lists.
    ///
    /// - Complexity: O(*a* + *b*) in the two lengths.
    package func dot(_ other: SparseVector) -> Double {
        ids.withUnsafeBufferPointer { ai in
            weights.withUnsafeBufferPointer { aw in
                other.ids.withUnsafeBufferPointer { bi in
                    other.weights.withUnsafeBufferPointer { bw in
                        var i = 0
                        var j = 0
                        var sum = 0.0
                        while i < ai.count && j < bi.count {
                            let a = ai[i]
                            let b = bi[j]
                            if a == b {
                                sum += aw[i] * bw[j]
                                i += 1
                                j += 1
                            } else if a < b {
                                i += 1
                            } else {
                                j += 1
                            }
                        }
                        return sum
                    }
                }
            }
        }
    }
}

/// Analysed units: L2-normalised TF-IDF vectors plus the counts the scorer needs.
///
/// tf-idf(t, u) = (1 + ln tf) · idf(t), with idf(t) = ln((1 + N) / (1 + df(t))) + 1 over the *N*
/// selectable units of the thread (sklearn's smoothed idf), then each vector is scaled to unit length.
package struct TermVectors: Sendable {
    /// One vector per analysed unit (empty for units with no terms).
    package var vectors: [SparseVector]
    /// Number of analysed terms per unit.
    package var termCounts: [Int]
    /// Number of domain tokens (ids, error codes, amounts, versions, e-mails, URLs, numbers) per unit.
    package var domainCounts: [Int]
    /// Number of name-like words (capitalised, not opening a sentence) per unit.
    package var nameCounts: [Int]
    /// Version and error-code tokens per unit.
    package var tokenFlags: [TokenFlags]
    /// Document frequency per term id.
    package var documentFrequency: [Int]

    /// Analyses `texts` (each from byte `skip` on) with `analyzer`.
    ///
    /// - Complexity: O(*T* log *T*) for *T* terms in all.
    package init(texts: [(text: String, skip: Int)], analyzer: Analyzer, memo: TermMemo) {
        self.init(memo.analyze(texts, analyzer: analyzer))
    }

    /// Vectors of analysed texts.
    package init(_ analysis: LocalAnalysis) {
        let n = analysis.count
        documentFrequency = [Int](repeating: 0, count: analysis.termCount)
        termCounts = []
        termCounts.reserveCapacity(n)
        var vectors: [SparseVector] = []
        vectors.reserveCapacity(n)
        var sorted: [Int32] = []
        for u in 0..<n {
            let slice = analysis.termIDs[analysis.offsets[u]..<analysis.offsets[u + 1]]
            termCounts.append(slice.count)
            sorted.removeAll(keepingCapacity: true)
            sorted.append(contentsOf: slice)
            sorted.sort()
            // Distinct ids with their counts (kept in `weights` until weighted below).
            var v = SparseVector()
            for id in sorted {
                if v.ids.last == id {
                    v.weights[v.weights.count - 1] += 1
                } else {
                    v.ids.append(id)
                    v.weights.append(1)
                    documentFrequency[Int(id)] += 1
                }
            }
            vectors.append(v)
        }
        domainCounts = analysis.domainCounts
        nameCounts = analysis.nameCounts
        tokenFlags = analysis.tokenFlags
        let count = Double(n)
        let idf = documentFrequency.map { log((1 + count) / (1 + Double($0))) + 1 }
        for u in 0..<n {
            var v = SparseVector()
            swap(&v, &vectors[u])
            var norm = 0.0
            for k in v.ids.indices {
                let w = (1 + log(v.weights[k])) * idf[Int(v.ids[k])]
                v.weights[k] = w
                norm += w * w
            }
            norm = norm.squareRoot()
            if norm > 0 { for k in v.weights.indices { v.weights[k] /= norm } }
            swap(&v, &vectors[u])
        }
        self.vectors = vectors
    }
}
