/// Multinomial and complement naive Bayes over non-negative features, in log space.
///
/// Multinomial: `log P(f | c) = log((N_cf + α) / (N_c + α·F))`, prior `log(n_c / n)`.
/// Complement (Rennie et al. 2003, as scikit-learn's `ComplementNB(norm=False)`): weights are
/// `−log((N_~c,f + α) / (N_~c + α·F))` from the counts of every *other* class, no prior.
public enum NaiveBayes {
    /// Per-class feature sums and example counts: the sufficient statistics of both variants.
    public struct Counts: Sendable, Hashable, Codable {
        /// `featureCount × classCount` sums, feature-major.
        public var featureCounts: [Double]
        /// Training examples per class.
        public var classCounts: [Double]
        /// The number of classes.
        public var classCount: Int
        /// The number of features.
        public var featureCount: Int

        /// Creates counts from stored arrays.
        public init(featureCounts: [Double], classCounts: [Double], classCount: Int, featureCount: Int) {
            self.featureCounts = featureCounts
            self.classCounts = classCounts
            self.classCount = classCount
            self.featureCount = featureCount
        }

        /// Accumulates the rows of `x` with labels `y`.
        public init(_ x: SparseMatrix, labels y: [Int32], classCount: Int) {
            self.classCount = classCount
            featureCount = x.columnCount
            featureCounts = [Double](repeating: 0, count: x.columnCount * classCount)
            classCounts = [Double](repeating: 0, count: classCount)
            add(x, labels: y)
        }

        /// Adds the rows of `x` with labels `y` (incremental update).
        public mutating func add(_ x: SparseMatrix, labels y: [Int32]) {
            for r in 0..<x.rowCount {
                let c = Int(y[r])
                classCounts[c] += 1
                for k in x.range(ofRow: r) {
                    featureCounts[Int(x.indices[k]) * classCount + c] += Double(max(x.values[k], 0))
                }
            }
        }
    }

    /// The multinomial NB scorer for smoothing `alpha`.
    public static func multinomial(_ counts: Counts, alpha: Double) -> LinearScorer {
        let c = counts.classCount, f = counts.featureCount
        let stride = LinearScorer.stride(for: c)
        var totals = [Double](repeating: 0, count: c)
        let a = max(alpha, 1e-10)
        // Most (feature, class) counts are zero: their log is computed once.
        let logAlpha = mathLog(0 + a)
        let storage = counts.featureCounts.withUnsafeBufferPointer { fc in
            for i in 0..<f { for j in 0..<c { totals[j] += fc[i * c + j] } }
            let logDenominator = totals.map { mathLog($0 + a * Double(f)) }
            return AlignedFloats(count: f * stride) { w in
                for i in 0..<f {
                    for j in 0..<c {
                        let n = fc[i * c + j]
                        w[i * stride + j] = Float((n == 0 ? logAlpha : mathLog(n + a)) - logDenominator[j])
                    }
                    for j in c..<stride { w[i * stride + j] = 0 }
                }
            }
        }
        let n = counts.classCounts.reduce(0, +)
        let bias = counts.classCounts.map { Float(mathLog(max($0, 1e-10) / max(n, 1))) }
        return LinearScorer(classCount: c, featureCount: f, storage: storage, bias: bias)
    }

    /// The complement NB scorer for smoothing `alpha`.
    public static func complement(_ counts: Counts, alpha: Double) -> LinearScorer {
        let c = counts.classCount, f = counts.featureCount
        let stride = LinearScorer.stride(for: c)
        var featureTotals = [Double](repeating: 0, count: f)
        var classTotals = [Double](repeating: 0, count: c)
        let a = max(alpha, 1e-10)
        let logAlpha = mathLog(0 + a)
        let storage = counts.featureCounts.withUnsafeBufferPointer { fc in
            for i in 0..<f { for j in 0..<c { featureTotals[i] += fc[i * c + j] } }
            let grand = featureTotals.reduce(0, +)
            for i in 0..<f { for j in 0..<c { classTotals[j] += fc[i * c + j] } }
            let logDenominator = classTotals.map { mathLog(grand - $0 + a * Double(f)) }
            return AlignedFloats(count: f * stride) { w in
                for i in 0..<f {
                    for j in 0..<c {
                        let complement = featureTotals[i] - fc[i * c + j]
                        w[i * stride + j] = Float(-((complement == 0 ? logAlpha : mathLog(complement + a)) - logDenominator[j]))
                    }
                    for j in c..<stride { w[i * stride + j] = 0 }
                }
            }
        }
        return LinearScorer(classCount: c, featureCount: f, storage: storage, bias: [Float](repeating: 0, count: c))
    }
}
