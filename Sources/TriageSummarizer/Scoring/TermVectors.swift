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
        var i = 0
        var j = 0
        var sum = 0.0
        while i < ids.count && j < other.ids.count {
            let a = ids[i]
            let b = other.ids[j]
            if a == b {
                sum += weights[i] * other.weights[j]
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
    /// Document frequency per term id.
    package var documentFrequency: [Int]

    /// Analyses `texts` with `analyzer`.
    ///
    /// - Complexity: O(*T* log *T*) for *T* terms in all.
    package init(texts: [String], analyzer: Analyzer, memo: TermMemo) {
        let analysed = memo.analyze(texts, analyzer: analyzer)
        // Dense per-call ids so that the later stages index arrays.
        var local: [Int32: Int32] = [:]
        var lists: [[Int32]] = []
        lists.reserveCapacity(texts.count)
        documentFrequency = []
        for a in analysed {
            var ids: [Int32] = []
            ids.reserveCapacity(a.termIDs.count)
            for g in a.termIDs {
                if let l = local[g] {
                    ids.append(l)
                } else {
                    let l = Int32(local.count)
                    local[g] = l
                    ids.append(l)
                    documentFrequency.append(0)
                }
            }
            ids.sort()
            lists.append(ids)
        }
        termCounts = analysed.map(\.termIDs.count)
        domainCounts = analysed.map(\.domainCount)
        nameCounts = analysed.map(\.nameCount)
        var bags: [(ids: [Int32], tf: [Int])] = []
        bags.reserveCapacity(lists.count)
        for ids in lists {
            var unique: [Int32] = []
            var tf: [Int] = []
            for id in ids {
                if unique.last == id { tf[tf.count - 1] += 1 } else { unique.append(id); tf.append(1) }
            }
            for id in unique { documentFrequency[Int(id)] += 1 }
            bags.append((unique, tf))
        }
        let n = Double(texts.count)
        let idf = documentFrequency.map { log((1 + n) / (1 + Double($0))) + 1 }
        vectors = bags.map { bag in
            var v = SparseVector()
            v.ids = bag.ids
            v.weights = zip(bag.ids, bag.tf).map { (1 + log(Double($0.1))) * idf[Int($0.0)] }
            let norm = v.weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { for k in v.weights.indices { v.weights[k] /= norm } }
            return v
        }
    }
}
