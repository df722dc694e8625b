/// The weighted similarity graph of units: cosine similarity of their TF-IDF vectors, kept sparse.
///
/// Built from an inverted index so that only pairs sharing a term are compared. To bound the cost on
/// long threads, terms occurring in more than ``SimilarityOptions/maxPostingsPerTerm`` units are skipped
/// when *finding* pairs (their idf is low; pairs found through other terms still get their full
/// cosine), and each unit keeps its ``SimilarityOptions/maxNeighbors`` most similar neighbours.
///
/// - Complexity: O(*P*·*c*·*ℓ* + *n*·*m* log *m*) for *P* postings, *c* = `maxPostingsPerTerm`, *ℓ* terms
///   per unit, *n* units and *m* ≤ *ℓ*·*c* candidate pairs per unit; the kept neighbours are *k* =
///   `maxNeighbors`; memory O(*n*·*k* + *P*).
package struct SimilarityGraph: Sendable {
    /// Neighbours of each unit: (unit index, similarity), similarity descending then index ascending.
    package var neighbors: [[(index: Int, weight: Double)]]

    package init(vectors: [SparseVector], options: SimilarityOptions) {
        let n = vectors.count
        // Term ids are dense per call (see ``TermVectors``), so postings are an array.
        var vocabulary = 0
        for v in vectors { if let last = v.ids.last { vocabulary = max(vocabulary, Int(last) + 1) } }
        var postings = [[Int]](repeating: [], count: vocabulary)
        for (u, v) in vectors.enumerated() {
            for id in v.ids { postings[Int(id)].append(u) }
        }
        let cap = max(2, options.maxPostingsPerTerm)
        let half = cap / 2
        // Position of each unit in each posting list, for the document-order window of frequent terms.
        var slot: [Int: [Int: Int]] = [:]
        for (id, list) in postings.enumerated() where list.count > cap {
            var positions: [Int: Int] = [:]
            for (p, u) in list.enumerated() { positions[u] = p }
            slot[id] = positions
        }
        let k = max(1, options.maxNeighbors)
        var mark = [Int](repeating: -1, count: n)
        var result: [[(index: Int, weight: Double)]] = []
        result.reserveCapacity(n)
        for a in 0..<n {
            var touched: [Int] = []
            for id32 in vectors[a].ids {
                let id = Int(id32)
                let list = postings[id]
                if list.count <= cap {
                    for b in list where b != a && mark[b] != a { mark[b] = a; touched.append(b) }
                } else if let p = slot[id]?[a] {
                    for q in max(0, p - half)..<min(list.count, p + half + 1) {
                        let b = list[q]
                        if b != a && mark[b] != a { mark[b] = a; touched.append(b) }
                    }
                }
            }
            var scored: [(index: Int, weight: Double)] = []
            for b in touched {
                let w = vectors[a].dot(vectors[b])
                if w > options.threshold { scored.append((b, w)) }
            }
            scored.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.index < $1.index }
            result.append(scored.count > k ? Array(scored.prefix(k)) : scored)
        }
        neighbors = result
    }
}

/// Parameters of the similarity graph.
public struct SimilarityOptions: Sendable, Hashable, Codable {
    /// Edges with cosine at or below this value are dropped. The default is 0.
    public var threshold: Double = 0
    /// Neighbours kept per unit. The default is 32.
    public var maxNeighbors: Int = 32
    /// Terms found in more units than this are not used to find candidate pairs (a window of this many
    /// neighbours in document order is used instead). The default is 256.
    public var maxPostingsPerTerm: Int = 256

    public init() {}
}
