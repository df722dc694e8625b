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
        var termIDs: [String: Int32] = [:]
        var bags: [[Int32: Int]] = []
        bags.reserveCapacity(texts.count)
        termCounts = []
        domainCounts = []
        nameCounts = []
        documentFrequency = []
        for text in texts {
            var bag: [Int32: Int] = [:]
            var domain = 0
            let (tokens, names) = memo.analyzeCountingNames(text, analyzer: analyzer)
            for token in tokens {
                let id: Int32
                if let known = termIDs[token.term] {
                    id = known
                } else {
                    id = Int32(termIDs.count)
                    termIDs[token.term] = id
                    documentFrequency.append(0)
                }
                if bag[id] == nil { documentFrequency[Int(id)] += 1 }
                bag[id, default: 0] += 1
                if token.kind != .word { domain += 1 }
            }
            bags.append(bag)
            termCounts.append(tokens.count)
            domainCounts.append(domain)
            nameCounts.append(names)
        }
        let n = Double(texts.count)
        let idf = documentFrequency.map { log((1 + n) / (1 + Double($0))) + 1 }
        vectors = bags.map { bag in
            var v = SparseVector()
            let sorted = bag.sorted { $0.key < $1.key }
            v.ids = sorted.map(\.key)
            v.weights = sorted.map { (1 + log(Double($0.value))) * idf[Int($0.key)] }
            let norm = v.weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { v.weights = v.weights.map { $0 / norm } }
            return v
        }
    }
}
