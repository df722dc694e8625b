import Foundation
import TriageText

/// A sparse vector: term ids ascending, with weights, in one array (one allocation per vector).
package struct SparseVector: Sendable, Hashable {
    /// One term of a vector.
    package struct Entry: Sendable, Hashable {
        package var id: Int32
        package var weight: Double
    }

    package var entries: [Entry] = []

    /// Dot product by merging the two sorted id lists.
    ///
    /// - Complexity: O(*a* + *b*) in the two lengths.
    package func dot(_ other: SparseVector) -> Double {
        entries.withUnsafeBufferPointer { a in
            other.entries.withUnsafeBufferPointer { b in
                var i = 0
                var j = 0
                var sum = 0.0
                while i < a.count && j < b.count {
                    let x = a[i].id
                    let y = b[j].id
                    if x == y {
                        sum += a[i].weight * b[j].weight
                        i += 1
                        j += 1
                    } else if x < y {
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
        // Built in locals (the scratch closures below may not capture a partly initialised `self`).
        var documentFrequency = [Int].filled(0, count: analysis.termCount)
        var termCounts: [Int] = []
        termCounts.reserveCapacity(n)
        var vectors: [SparseVector] = []
        vectors.reserveCapacity(n)
        var longest = 0
        for u in 0..<n { longest = max(longest, analysis.offsets[u + 1] - analysis.offsets[u]) }
        // Each unit's ids sorted in a scratch buffer (no array per call).
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, longest)) { scratch in
            for u in 0..<n {
                let slice = analysis.termIDs[analysis.offsets[u]..<analysis.offsets[u + 1]]
                termCounts.append(slice.count)
                var sorted = UnsafeMutableBufferPointer(rebasing: scratch[0..<slice.count])
                for (k, id) in slice.enumerated() { sorted[k] = id }
                sorted.sort()
                // Distinct ids with their counts (kept in `weights` until weighted below), allocated once.
                var distinct = 0
                var previous: Int32 = -1
                for id in sorted where id != previous {
                    distinct += 1
                    previous = id
                }
                var v = SparseVector()
                v.entries.reserveCapacity(distinct)
                for id in sorted {
                    if let last = v.entries.last, last.id == id {
                        v.entries[v.entries.count - 1].weight += 1
                    } else {
                        v.entries.append(SparseVector.Entry(id: id, weight: 1))
                        documentFrequency[Int(id)] += 1
                    }
                }
                vectors.append(v)
            }
        }
        self.documentFrequency = documentFrequency
        self.termCounts = termCounts
        domainCounts = analysis.domainCounts
        nameCounts = analysis.nameCounts
        tokenFlags = analysis.tokenFlags
        let count = Double(n)
        // idf depends on the document frequency alone (0...n): one logarithm per value seen, not per term.
        let logs = TermVectors.logOfCount
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n + 1) { idfOf in
            idfOf.initialize(repeating: .nan)
            for df in documentFrequency where idfOf[df].isNaN { idfOf[df] = log((1 + count) / (1 + Double(df))) + 1 }
            for u in 0..<n {
                var v = SparseVector()
                swap(&v, &vectors[u])
                var norm = 0.0
                for k in v.entries.indices {
                    let tf = v.entries[k].weight
                    let w = (1 + (tf < Double(logs.count) ? logs[Int(tf)] : log(tf)))
                        * idfOf[documentFrequency[Int(v.entries[k].id)]]
                    v.entries[k].weight = w
                    norm += w * w
                }
                norm = norm.squareRoot()
                if norm > 0 { for k in v.entries.indices { v.entries[k].weight /= norm } }
                swap(&v, &vectors[u])
            }
        }
        self.vectors = vectors
    }

    /// `log(c)` for the small counts most terms have (index `c`; entry 0 unused), the same values `log` gives.
    private static let logOfCount: [Double] = (0..<16).map { log(Double($0)) }
}
