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
        let cap = max(2, options.maxPostingsPerTerm)
        let k = max(1, options.maxNeighbors)
        if n <= SimilarityGraph.smallThread && n <= cap && options.threshold >= 0 {
            (edges, offsets) = SimilarityGraph.allPairs(vectors, threshold: options.threshold, keep: k)
        } else {
            (edges, offsets) = SimilarityGraph.postings(vectors, options: options, cap: cap, keep: k)
        }
    }

    /// The general construction: candidate pairs from the postings (see the type's discussion).
    private static func postings(_ vectors: [SparseVector], options: SimilarityOptions, cap: Int, keep k: Int)
        -> (edges: [(index: Int, weight: Double)], offsets: [Int])
    {
        let n = vectors.count
        // Term ids are dense per call (see ``TermVectors``), so postings are flat rows per term.
        var vocabulary = 0
        for v in vectors { if let last = v.entries.last { vocabulary = max(vocabulary, Int(last.id) + 1) } }
        var start = [Int].filled(0, count: vocabulary + 1)
        for v in vectors { for e in v.entries { start[Int(e.id) + 1] += 1 } }
        for t in 0..<vocabulary { start[t + 1] += start[t] }
        var postings = [Int].filled(0, count: start[vocabulary])
        var fill = start
        for (u, v) in vectors.enumerated() {
            for e in v.entries {
                postings[fill[Int(e.id)]] = u
                fill[Int(e.id)] += 1
            }
        }
        let half = cap / 2
        var mark = [Int].filled(-1, count: n)
        var touched: [Int] = []
        var scored: [(index: Int, weight: Double)] = []
        var edges: [(index: Int, weight: Double)] = []
        var offsets: [Int] = [0]
        offsets.reserveCapacity(n + 1)
        for a in 0..<n {
            touched.removeAll(keepingCapacity: true)
            for e in vectors[a].entries {
                let id = Int(e.id)
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
        return (edges, offsets)
    }

    /// Threads up to this many units compare every pair directly (see `allPairs`).
    static let smallThread = 48

    /// The same graph for a short thread: every pair's cosine computed once (it is symmetric, bit for bit:
    /// the products are the same and are summed in the same id order). Pairs without a shared term have
    /// cosine 0, which a threshold ≥ 0 drops, as the postings would never have paired them; no term can
    /// exceed the postings cap, so the edges are exactly those of the general construction.
    private static func allPairs(_ vectors: [SparseVector], threshold: Double, keep k: Int)
        -> (edges: [(index: Int, weight: Double)], offsets: [Int])
    {
        let n = vectors.count
        // No pairs: no edges (the loops below would allocate their buffers to find none).
        if n <= 1 { return ([], n == 0 ? [0] : [0, 0]) }
        var edges: [(index: Int, weight: Double)] = []
        edges.reserveCapacity(n * min(k, max(0, n - 1)))
        var offsets: [Int] = [0]
        offsets.reserveCapacity(n + 1)
        // The cosine matrix and each unit's candidate edges in scratch buffers (no arrays per call).
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n * n) { sim in
            withUnsafeTemporaryAllocation(of: (index: Int, weight: Double).self, capacity: n) { scratch in
                for a in 0..<n {
                    sim[a * n + a] = 0
                    for b in (a + 1)..<n {
                        let w = vectors[a].dot(vectors[b])
                        sim[a * n + b] = w
                        sim[b * n + a] = w
                    }
                }
                for a in 0..<n {
                    var count = 0
                    for b in 0..<n where b != a && sim[a * n + b] > threshold {
                        scratch[count] = (b, sim[a * n + b])
                        count += 1
                    }
                    var scored = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
                    scored.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.index < $1.index }
                    edges.append(contentsOf: scored.prefix(k))
                    offsets.append(edges.count)
                }
            }
        }
        return (edges, offsets)
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
