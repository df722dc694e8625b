extension SoftmaxTrainer {
    /// Fits the joint model (``LinearModelOptions/seedCount`` seeds averaged) and, when
    /// ``LinearModelOptions/channelModelWeight`` is not 0, adds the word-channel and character-channel models
    /// (features `0..<wordFeatureCount` and the rest). The sum of linear models is one ``LinearScorer``.
    /// - Complexity: O((seedCount + 2) · epochs · nnz(x) · C) at most.
    /// `outliers` (synthetic out-of-scope rows) are given to every member (see
    /// ``fit(_:labels:classCount:outliers:labelGroups:)``), and so are the label-token groups.
    public func fitEnsemble(_ x: SparseMatrix, labels y: [Int32], classCount c: Int, wordFeatureCount: Int,
                            outliers: SparseMatrix? = nil, labelGroups: LabelTokenGroups? = nil) -> LinearScorer {
        let seeds = max(1, options.seedCount)
        var joint = fit(x, labels: y, classCount: c, outliers: outliers, labelGroups: labelGroups)
        if seeds > 1 {
            for s in 1..<seeds {
                var o = options
                o.seed = options.seed &+ UInt64(s)
                Self.add(SoftmaxTrainer(options: o).fit(x, labels: y, classCount: c, outliers: outliers, labelGroups: labelGroups),
                         weight: 1, to: &joint)
            }
            Self.scale(&joint, by: 1 / Float(seeds))
        }
        let lambda = Float(options.channelModelWeight)
        guard lambda != 0, wordFeatureCount > 0, wordFeatureCount < x.columnCount else { return joint }
        var channel = options
        channel.naiveBayesBlend = 0
        channel.seedCount = 1
        let trainer = SoftmaxTrainer(options: channel)
        for columns in [0..<wordFeatureCount, wordFeatureCount..<x.columnCount] {
            let part = trainer.fit(x.keepingColumns(columns), labels: y, classCount: c,
                                   outliers: outliers?.keepingColumns(columns), labelGroups: labelGroups)
            Self.add(part, weight: lambda, to: &joint)
        }
        return joint
    }

    /// `target += weight · other` (weights and biases; same shape).
    static func add(_ other: LinearScorer, weight: Float, to target: inout LinearScorer) {
        precondition(other.classCount == target.classCount && other.featureCount == target.featureCount)
        let total = target.featureCount * target.stride
        let w = target.storage.base, o = other.storage.base
        withExtendedLifetime(other) {
            for k in 0..<total { w[k] += weight * o[k] }
        }
        for j in 0..<target.classCount { target.bias[j] += weight * other.bias[j] }
    }

    /// `target *= factor` (weights and biases).
    static func scale(_ target: inout LinearScorer, by factor: Float) {
        let w = target.storage.base
        for k in 0..<(target.featureCount * target.stride) { w[k] *= factor }
        for j in 0..<target.classCount { target.bias[j] *= factor }
    }
}
