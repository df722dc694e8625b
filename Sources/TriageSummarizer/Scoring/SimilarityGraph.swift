/// The weighted similarity graph of units: cosine similarity of their TF-IDF vectors, kept sparse.
///
/// Built from an inverted index so that only pairs sharing a term are compared. To bound the cost on
/// long threads, terms occurring in more than ``SimilarityOptions/maxPostingsPerTerm`` units are skipped
/// when *finding* pairs (their idf is low; pairs found through other terms still get their full
/// cosine), and each unit keeps its ``SimilarityOptions/maxNeighbors`` most similar neighbours.
/// Postings and edges are stored flat (compressed rows), so building the graph allocates a handful of
/// arrays whatever the number of units.
///
/// - Complexity: O(*P*·*c*·*ℓ* + *n*·*m* log *m*) for *P* postings, *c* = `maxPostingsPerTerm`, *ℓ* terms
///   per unit, *n* units and *m* ≤ *ℓ*·*c* candidate pairs per unit; the kept neighbours are *k* =
///   `maxNeighbors`; memory O(*n*·*k* + *P*).
package struct SimilarityGraph: Sendable {
    /// Neighbours of unit *j* are `edges[offsets[j]..<offsets[j + 1]]`: (unit index, similarity),
    /// similarity descending then index ascending.
    package var edges: [(index: Int, weight: Double)]
    /// Row offsets into ``edges`` (one more than the number of units).
    package var offsets: [Int]

    /// Number of units.
    package var count: Int { offsets.count - 1 }

    /// The neighbours of unit `j`.
    package func neighbors(of j: Int) -> ArraySlice<(index: Int, weight: Double)> { edges[offsets[j]..<offsets[j + 1]] }

    package init(vectors: [SparseVector], options: SimilarityOptions) {
        let n = vectors.count
        // Term ids are dense per call (see ``TermVectors``), so postings are flat rows per term.
        var vocabulary = 0
        for v in vectors { if let last = v.ids.last { vocabulary = max(vocabulary, Int(last) + 1) } }
        var start = [Int](repeating: 0, count: vocabulary + 1)
        for v in vectors { for id in v.ids { start[Int(id) + 1] += 1 } }
        for t in 0..<vocabulary { start[t + 1] += start[t] }
        var postings = [Int](repeating: 0, count: start[vocabulary])
        var fill = start
        for (u, v) in vectors.enumerated() {
            for id in v.ids {
                postings[fill[Int(id)]] = u
                fill[Int(id)] += 1
            }
        }
        let cap = max(2, options.maxPostingsPerTerm)
        let half = cap / 2
        let k = max(1, options.maxNeighbors)
        var mark = [Int](repeating: -1, count: n)
        var touched: [Int] = []
        var scored: [(index: Int, weight: Double)] = []
        var edges: [(index: Int, weight: Double)] = []
        var offsets: [Int] = [0]
        offsets.reserveCapacity(n + 1)
        for a in 0..<n {
            touched.removeAll(keepingCapacity: true)
            for id32 in vectors[a].ids {
                let id = Int(id32)
                let lo = start[id]
                let hi = start[id + 1]
                if hi - lo <= cap {
                    for q in lo..<hi {
                        let b = postings[q]
                        if b != a && mark[b] != a { mark[b] = a; touched.append(b) }
                    }
                } else {
                    // A frequent term: the window of units around `a` in document order (postings ascend).
                    let p = SimilarityGraph.position(of: a, in: postings, lo, hi) - lo
                    for q in max(0, p - half)..<min(hi - lo, p + half + 1) {
                        let b = postings[lo + q]
                        if b != a && mark[b] != a { mark[b] = a; touched.append(b) }
                    }
                }
            }
            scored.removeAll(keepingCapacity: true)
            for b in touched {
                let w = vectors[a].dot(vectors[b])
                if w > options.threshold { scored.append((b, w)) }
            }
            scored.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.index < $1.index }
            edges.append(contentsOf: scored.prefix(k))
            offsets.append(edges.count)
        }
        self.edges = edges
        self.offsets = offsets
    }

    /// Index of `a` in the ascending `postings[lo..<hi]`, which contains it.
    private static func position(of a: Int, in postings: [Int], _ lo: Int, _ hi: Int) -> Int {
        var l = lo
        var h = hi
        while l < h {
            let m = (l + h) / 2
            if postings[m] < a { l = m + 1 } else { h = m }
        }
        return l
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
