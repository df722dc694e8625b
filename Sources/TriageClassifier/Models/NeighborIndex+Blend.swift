extension NeighborIndex {
    /// Adds `weight × neighbour score` to the logits of the ``NeighborOptions/candidates`` best classes of
    /// `logits` (the first `classCount` entries; ties by lower class) and returns the largest similarity.
    @inline(__always)
    package func blend(logits: UnsafeMutableBufferPointer<Float>, indices: UnsafePointer<Int32>, values: UnsafePointer<Float>,
                       count: Int, scratch: Scratch) -> Float {
        let c = classCount
        let m = max(1, min(options.candidates, c))
        let weight = Float(options.weight)
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: m) { top in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: m) { scores in
                var n = 0
                for j in 0..<c {
                    if n == m && !(logits[top[m &- 1]] < logits[j]) { continue }
                    var pos = n < m ? n : m &- 1
                    while pos > 0 && logits[top[pos &- 1]] < logits[j] { top[pos] = top[pos &- 1]; pos &-= 1 }
                    top[pos] = j
                    if n < m { n &+= 1 }
                }
                let best = score(indices: indices, values: values, count: count,
                                 candidates: UnsafeBufferPointer(rebasing: top[0..<n]),
                                 scores: UnsafeMutableBufferPointer(rebasing: scores[0..<n]), scratch: scratch)
                if weight != 0 { for i in 0..<n { logits[top[i]] += weight * scores[i] } }
                return best
            }
        }
    }

    /// Blends every row of `x` into `logits` (row-major, `rowCount × classCount`); returns the rows' largest
    /// similarities.
    package func blend(logits: inout [Float], _ x: SparseMatrix) -> [Float] {
        let c = classCount
        let scratch = Scratch(rowCount: rowCount)
        var best = [Float](repeating: 0, count: x.rowCount)
        logits.withUnsafeMutableBufferPointer { all in
            x.indices.withUnsafeBufferPointer { idx in
                x.values.withUnsafeBufferPointer { vals in
                    guard let ib = idx.baseAddress, let vb = vals.baseAddress else { return }
                    for r in 0..<x.rowCount {
                        let range = x.range(ofRow: r)
                        best[r] = blend(logits: UnsafeMutableBufferPointer(rebasing: all[(r * c)..<((r + 1) * c)]),
                                        indices: ib + range.lowerBound, values: vb + range.lowerBound,
                                        count: range.count, scratch: scratch)
                    }
                }
            }
        }
        return best
    }
}
