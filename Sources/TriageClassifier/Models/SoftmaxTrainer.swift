import TriageText
/// Trains a ``LinearScorer`` by deterministic stochastic gradient descent on the softmax cross-entropy.
///
/// The example order of each epoch is a seeded shuffle; the learning rate decays linearly from
/// ``LinearModelOptions/learningRate`` to 0; weight decay uses the scale trick (`W = scale · W'`) so each step
/// touches only the row's features. Same data and options → bit-identical weights.
public struct SoftmaxTrainer: Sendable {
    /// The options.
    public var options: LinearModelOptions

    /// Creates a trainer.
    public init(options: LinearModelOptions = .init()) { self.options = options }

    /// Fits weights on rows `x` with labels `y` in `0..<classCount`.
    ///
    /// `outliers` (same columns) are synthetic out-of-scope rows (``SyntheticOutliers``): they join the
    /// shuffled example order with the uniform distribution over intents as their target, weighted by
    /// ``LinearModelOptions/outlierExposure``'s weight. The naive Bayes parts and class balancing see `x`
    /// alone. Without outlier rows the result is bit-identical to training without the parameter.
    ///
    /// `labelGroups` (with ``LinearModelOptions/labelTokenRate`` not 0) adds one shared weight vector per label
    /// token group: intent `c` scores `V_c + Σ U_t` over its groups, the gradient of `U_t` is the sum of its
    /// members' gradients times the rate, and the result folds the sums into one weight vector per intent
    /// (``LabelTokenGroups``). Without groups, at rate 0, with groups made for another number of intents, or with
    /// a ``LinearModelOptions/naiveBayesExponent`` other than 0, the groups are not used and the result is
    /// bit-identical to training without them.
    /// - Complexity: O(epochs · (nnz(x) + nnz(outliers)) · (C + groups)).
    public func fit(_ x: SparseMatrix, labels y: [Int32], classCount c: Int, outliers: SparseMatrix? = nil,
                    labelGroups: LabelTokenGroups? = nil) -> LinearScorer {
        let f = x.columnCount, n = x.rowCount
        // Shared label-token columns `c..<c + t` after the intents' own (none without groups).
        // (Not combined with the NB preconditioner, whose step sizes are per intent column.)
        let groups = options.labelTokenRate != 0 && options.naiveBayesExponent == 0 && labelGroups?.groupsOfClass.count == c
            ? labelGroups : nil
        let t = groups?.count ?? 0
        let tokenRate = Float(options.labelTokenRate)
        var groupStart = [Int](repeating: 0, count: c + 1), groupIDs: [Int] = []
        if let groups {
            for j in 0..<c { groupIDs.append(contentsOf: groups.groupsOfClass[j]); groupStart[j + 1] = groupIDs.count }
        }
        let outlierCount = outliers?.rowCount ?? 0
        // Rows `n...` of `rows` are the outliers.
        let rows = outlierCount > 0 ? x.appending(outliers ?? x) : x
        let total = rows.rowCount
        let outlierWeight = Float(options.outlierExposure.weight), uniform = 1 / Float(c)
        let stride = LinearScorer.stride(for: c + t)
        let blocks = stride / 8
        let s = preconditioner(x, labels: y, classCount: c)
        let weights = AlignedFloats(count: f * stride)
        var b = [Float](repeating: 0, count: c)
        var scale: Float = 1
        var rng = SplitMix64(seed: options.seed)
        var order = Array(0..<total)
        let totalSteps = Double(max(1, options.epochs * total))
        var step = 0.0
        var probs = [Float](repeating: 0, count: stride)
        let lambda = Float(options.l2)
        let smoothing = Float(options.labelSmoothing)
        let smoothingShare = smoothing / Float(c)
        var classWeight = [Float](repeating: 1, count: c)
        if options.balanceClasses {
            var perClass = [Int](repeating: 0, count: c)
            for label in y { perClass[Int(label)] += 1 }
            for j in 0..<c where perClass[j] > 0 { classWeight[j] = Float(n) / Float(c * perClass[j]) }
        }
        var averaged: [Float] = [], averagedBias: [Float] = []
        var snapshots = 0
        do {
        s.withUnsafeBytes { sRaw in
        rows.indices.withUnsafeBufferPointer { idx in
        rows.values.withUnsafeBufferPointer { vals in
        probs.withUnsafeMutableBufferPointer { p in
            let wb = UnsafeMutableRawPointer(weights.base)
            guard let pb = p.baseAddress, let ib = idx.baseAddress, let vb = vals.baseAddress else { return }
            let sb = s.isEmpty ? nil : sRaw.baseAddress
            let acc = UnsafeMutableRawPointer(pb)
            for epoch in 0..<options.epochs {
                if epoch >= options.epochs - options.averagedEpochs + 1 && options.averagedEpochs > 1 {
                    let fp = wb.assumingMemoryBound(to: Float.self)
                    if averaged.isEmpty { averaged = [Float](repeating: 0, count: f * stride); averagedBias = [Float](repeating: 0, count: c) }
                    for k in 0..<(f * stride) { averaged[k] += fp[k] * scale }
                    for j in 0..<c { averagedBias[j] += b[j] }
                    snapshots += 1
                }
                // The permutation of `SplitMix64.shuffle` (Fisher–Yates from the end), without generic swaps.
                order.withUnsafeMutableBufferPointer { o in
                    var i = o.count - 1
                    while i > 0 {
                        o.swapAt(i, rng.below(i + 1))
                        i -= 1
                    }
                }
                for r in order {
                    let eta = Float(options.learningRate * (1 - step / totalSteps))
                    step += 1
                    let range = rows.range(ofRow: r)
                    let rowIndices = ib + range.lowerBound, rowValues = vb + range.lowerBound
                    SparseKernels.product(indices: rowIndices, values: rowValues, count: range.count,
                                          weights: UnsafeRawPointer(wb), stride: stride, into: acc)
                    if t > 0 {
                        // Each intent's score adds its groups' shared columns.
                        for j in 0..<c {
                            var sum = p[j]
                            for g in groupStart[j]..<groupStart[j &+ 1] { sum += p[c &+ groupIDs[g]] }
                            p[j] = sum
                        }
                    }
                    var maxScore = -Float.infinity
                    for j in 0..<c {
                        p[j] = p[j] * scale + b[j]
                        maxScore = max(maxScore, p[j])
                    }
                    var z: Float = 0
                    for j in 0..<c { p[j] = expf32(p[j] - maxScore); z += p[j] }
                    let inv = 1 / z
                    for j in 0..<c { p[j] *= inv }
                    for j in c..<stride { p[j] = 0 }
                    if r >= n {
                        // A synthetic out-of-scope row: uniform target, its own weight.
                        for j in 0..<c { p[j] = (p[j] - uniform) * outlierWeight }
                    } else {
                        let label = Int(y[r])
                        if smoothing != 0 {
                            for j in 0..<c { p[j] -= smoothingShare }
                            p[label] -= 1 - smoothing
                        } else {
                            p[label] -= 1
                        }
                        let exampleWeight = classWeight[label]
                        if exampleWeight != 1 { for j in 0..<c { p[j] *= exampleWeight } }
                    }
                    for j in 0..<c { b[j] -= eta * p[j] }
                    if let groups {
                        for (g, m) in groups.members.enumerated() {
                            var sum: Float = 0
                            for j in m { sum += p[j] }
                            p[c &+ g] = sum * tokenRate
                        }
                    }
                    let factor = eta / scale
                    if sb == nil {
                        SparseKernels.update(indices: rowIndices, values: rowValues, count: range.count, factor: factor,
                                             p: UnsafeRawPointer(acc), weights: wb, stride: stride)
                    } else {
                    for k in range {
                        let g = SIMD8<Float>(repeating: factor * vals[k])
                        let base = Int(idx[k]) &* stride &* 4
                        if let sb {
                            for o in 0..<blocks {
                                let off = o &* 32
                                let pv = acc.loadUnaligned(fromByteOffset: off, as: SIMD8<Float>.self)
                                let sv = sb.loadUnaligned(fromByteOffset: base &+ off, as: SIMD8<Float>.self)
                                let wv = wb.loadUnaligned(fromByteOffset: base &+ off, as: SIMD8<Float>.self)
                                wb.storeBytes(of: wv - g * sv * pv, toByteOffset: base &+ off, as: SIMD8<Float>.self)
                            }
                        } else {
                            for o in 0..<blocks {
                                let off = o &* 32
                                let pv = acc.loadUnaligned(fromByteOffset: off, as: SIMD8<Float>.self)
                                let wv = wb.loadUnaligned(fromByteOffset: base &+ off, as: SIMD8<Float>.self)
                                wb.storeBytes(of: wv - g * pv, toByteOffset: base &+ off, as: SIMD8<Float>.self)
                            }
                        }
                    }
                    }
                    scale *= (1 - eta * lambda)
                    if scale < 1e-4 {
                        let fp = wb.assumingMemoryBound(to: Float.self)
                        for k in 0..<(f * stride) { fp[k] *= scale }
                        scale = 1
                    }
                }
            }
        }}}}}
        // Finish in place (the buffer becomes the scorer's storage).
        var w = weights.base, weightCount = f * stride
        if scale != 1 { for k in 0..<weightCount { w[k] *= scale } }
        if snapshots > 0 {
            let inv = 1 / Float(snapshots + 1)
            averaged.withUnsafeBufferPointer { avg in for k in 0..<weightCount { w[k] = (w[k] + avg[k]) * inv } }
            for j in 0..<c { b[j] = (b[j] + averagedBias[j]) * inv }
        }
        var storage = weights
        if t > 0 {
            // Fold the shared columns into each intent's weights.
            let folded = AlignedFloats(count: f * LinearScorer.stride(for: c))
            let out = folded.base, outStride = LinearScorer.stride(for: c)
            for feature in 0..<f {
                let row = w + feature * stride, target = out + feature * outStride
                for j in 0..<c {
                    var sum = row[j]
                    for g in groupStart[j]..<groupStart[j + 1] { sum += row[c + groupIDs[g]] }
                    target[j] = sum
                }
            }
            storage = folded
            w = out
            weightCount = f * outStride
        }
        if options.naiveBayesBlend != 0 {
            let nb = NaiveBayes.multinomial(NaiveBayes.Counts(x, labels: y, classCount: c), alpha: options.naiveBayesAlpha)
            let beta = Float(options.naiveBayesBlend)
            withExtendedLifetime(nb) {
                let nbWeights = nb.storage.base
                for k in 0..<weightCount { w[k] += beta * nbWeights[k] }
            }
            for j in 0..<c { b[j] += beta * nb.bias[j] }
        }
        return LinearScorer(classCount: c, featureCount: f, storage: storage, bias: b)
    }
}
