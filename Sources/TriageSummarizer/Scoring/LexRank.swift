/// Continuous LexRank (Erkan & Radev, 2004): the stationary distribution of a random walk on the
/// similarity graph, each unit passing its score to its neighbours in proportion to edge weight,
/// with teleportation.
///
/// r = (1 − d)/n + d · Σ_j r_j · w_ji / Σ_k w_jk, where units without edges spread their score evenly.
/// Power iteration stops after ``LexRankOptions/iterations`` steps or when the L1 change falls below
/// ``LexRankOptions/tolerance``.
///
/// - Complexity: O(*t*·(*n* + *E*)) for *t* iterations, *n* units and *E* edges.
package enum LexRank {
    package static func scores(_ graph: SimilarityGraph, options: LexRankOptions) -> [Double] {
        let n = graph.count
        guard n > 0 else { return [] }
        let edges = graph.edges
        let offsets = graph.offsets
        let d = min(max(options.damping, 0), 1)
        // Out-weights and the two rank vectors in one scratch buffer; only the result is an array.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * n) { scratch in
            let outWeight = UnsafeMutableBufferPointer(rebasing: scratch[0..<n])
            var rank = UnsafeMutableBufferPointer(rebasing: scratch[n..<(2 * n)])
            var next = UnsafeMutableBufferPointer(rebasing: scratch[(2 * n)..<(3 * n)])
            for j in 0..<n {
                var sum = 0.0
                for e in offsets[j]..<offsets[j + 1] { sum += edges[e].weight }
                outWeight[j] = sum
            }
            for i in 0..<n { rank[i] = 1 / Double(n) }
            for _ in 0..<max(1, options.iterations) {
                var dangling = 0.0
                for j in 0..<n where outWeight[j] <= 0 { dangling += rank[j] }
                let base = (1 - d) / Double(n) + d * dangling / Double(n)
                for i in 0..<n { next[i] = base }
                for j in 0..<n where outWeight[j] > 0 {
                    let share = d * rank[j] / outWeight[j]
                    for e in offsets[j]..<offsets[j + 1] { next[edges[e].index] += share * edges[e].weight }
                }
                var change = 0.0
                for i in 0..<n { change += abs(next[i] - rank[i]) }
                swap(&rank, &next)
                if change < options.tolerance { break }
            }
            return Array(rank)
        }
    }
}

/// Parameters of the LexRank power iteration.
public struct LexRankOptions: Sendable, Hashable, Codable {
    /// Probability of following an edge rather than jumping to a random unit. The default is 0.85.
    public var damping: Double = 0.85
    /// Maximum number of iterations. The default is 50.
    public var iterations: Int = 50
    /// Stop when the L1 change of the scores is below this. The default is 1e-6.
    public var tolerance: Double = 1e-6

    public init() {}
}
