extension SoftmaxTrainer {
    /// The per-weight preconditioner `|r_cf|^γ`, normalised to mean 1 (all ones when γ = 0), padded to the
    /// scorer's stride with zeros.
    /// Empty when γ = 0 (no preconditioning).
    package func preconditioner(_ x: SparseMatrix, labels y: [Int32], classCount c: Int) -> [Float] {
        let f = x.columnCount
        let stride = LinearScorer.stride(for: c)
        let gamma = options.naiveBayesExponent
        if gamma == 0 { return [] }
        var s = [Float](repeating: 0, count: f * stride)
        let counts = NaiveBayes.Counts(x, labels: y, classCount: c)
        var featureTotals = [Double](repeating: 0, count: f)
        var classTotals = [Double](repeating: 0, count: c)
        for i in 0..<f {
            for j in 0..<c {
                featureTotals[i] += counts.featureCounts[i * c + j]
                classTotals[j] += counts.featureCounts[i * c + j]
            }
        }
        let grand = classTotals.reduce(0, +)
        let a = options.naiveBayesAlpha
        var sum = 0.0
        for j in 0..<c {
            let logP = mathLog(classTotals[j] + a * Double(f))
            let logQ = mathLog(grand - classTotals[j] + a * Double(f))
            for i in 0..<f {
                let n = counts.featureCounts[i * c + j]
                let r = abs(mathLog(n + a) - logP - mathLog(featureTotals[i] - n + a) + logQ)
                let v = gamma == 2 ? r * r : (gamma == 1 ? r : mathExp(gamma * mathLog(max(r, 1e-12))))
                s[i * stride + j] = Float(v)
                sum += v
            }
        }
        let mean = sum / Double(f * c)
        if mean > 0 { let inv = Float(1 / mean); for k in s.indices { s[k] *= inv } }
        return s
    }
}
