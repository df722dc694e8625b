/// A linear scoring function over sparse features: `score_c(x) = bias_c + Σ_f x_f · W[f, c]`.
///
/// Every model kind (multinomial NB, complement NB, NB-weighted logistic regression) ends as one of these,
/// so prediction and explanations share one code path. Weights are stored feature-major with each feature's
/// row padded to ``stride`` (a multiple of 8) floats, so a sparse row is scored with 8-wide SIMD over
/// contiguous memory.
public struct LinearScorer: Sendable, Hashable {
    public static func == (a: LinearScorer, b: LinearScorer) -> Bool {
        a.classCount == b.classCount && a.featureCount == b.featureCount && a.bias == b.bias
            && a.storage.buffer.elementsEqual(b.storage.buffer)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(classCount)
        hasher.combine(featureCount)
        hasher.combine(bias)
        for w in storage.buffer { hasher.combine(w) }
    }

    /// The number of classes.
    public let classCount: Int
    /// The number of features.
    public let featureCount: Int
    /// Floats per feature row (`classCount` rounded up to a multiple of 8).
    public let stride: Int
    /// `featureCount × stride` weights, feature-major, 64-byte aligned (each row starts a cache line when
    /// `stride` is a multiple of 16); padding entries are 0.
    package internal(set) var storage: AlignedFloats
    /// A copy of the weights as an array (`featureCount × stride`, feature-major).
    package var weights: [Float] { storage.array }
    /// One bias per class.
    public var bias: [Float]

    /// `classCount` rounded up to a multiple of 8.
    package static func stride(for classCount: Int) -> Int { (classCount + 7) / 8 * 8 }

    /// Creates a scorer from padded weights (`featureCount × stride(for: classCount)`).
    package init(classCount: Int, featureCount: Int, paddedWeights: [Float], bias: [Float]) {
        precondition(paddedWeights.count == featureCount * Self.stride(for: classCount) && bias.count == classCount)
        self.classCount = classCount
        self.featureCount = featureCount
        self.stride = Self.stride(for: classCount)
        self.storage = AlignedFloats(paddedWeights)
        self.bias = bias
    }

    /// Creates a scorer that takes over `storage` (`featureCount × stride(for: classCount)` padded weights).
    package init(classCount: Int, featureCount: Int, storage: AlignedFloats, bias: [Float]) {
        precondition(storage.count == featureCount * Self.stride(for: classCount) && bias.count == classCount)
        self.classCount = classCount
        self.featureCount = featureCount
        self.stride = Self.stride(for: classCount)
        self.storage = storage
        self.bias = bias
    }

    /// Creates a scorer from dense `featureCount × classCount` weights (feature-major).
    public init(classCount: Int, featureCount: Int, weights: [Float], bias: [Float]) {
        precondition(weights.count == featureCount * classCount && bias.count == classCount)
        let s = Self.stride(for: classCount)
        var padded = [Float](repeating: 0, count: featureCount * s)
        for f in 0..<featureCount { for c in 0..<classCount { padded[f * s + c] = weights[f * classCount + c] } }
        self.init(classCount: classCount, featureCount: featureCount, paddedWeights: padded, bias: bias)
    }

    /// The weight of feature `f` for class `c`.
    public func weight(feature f: Int, class c: Int) -> Float {
        precondition(f >= 0 && f < featureCount && c >= 0 && c < classCount, "weight index out of range")
        return storage.base[f * stride + c]
    }

    /// Writes the scores of row `r` of `x` into `out` (at least ``stride`` elements).
    /// - Complexity: O(nnz(row) · C).
    @inline(__always)
    package func scores(_ x: SparseMatrix, row r: Int, into out: UnsafeMutableBufferPointer<Float>) {
        let range = x.range(ofRow: r)
        x.indices.withUnsafeBufferPointer { idx in
            x.values.withUnsafeBufferPointer { vals in
                guard let ib = idx.baseAddress, let vb = vals.baseAddress else {
                    for c in 0..<stride { out[c] = 0 }
                    return
                }
                scores(indices: ib + range.lowerBound, values: vb + range.lowerBound, count: range.count, into: out)
            }
        }
    }

    /// Writes the scores of the sparse vector (`indices`, `values`, `count` entries) into `out` (at least
    /// ``stride`` elements).
    @inline(__always)
    package func scores(indices: UnsafePointer<Int32>, values: UnsafePointer<Float>, count: Int,
                        into out: UnsafeMutableBufferPointer<Float>) {
        guard let ob = out.baseAddress else { return }
        SparseKernels.product(indices: indices, values: values, count: count, weights: UnsafeRawPointer(storage.base),
                              stride: stride, into: UnsafeMutableRawPointer(ob))
        for c in 0..<classCount { out[c] += bias[c] }
    }

    /// The scores of every row of `x`, row-major (`rowCount × classCount`).
    public func scores(_ x: SparseMatrix) -> [Float] {
        var out = [Float](repeating: 0, count: x.rowCount * classCount)
        var buffer = [Float](repeating: 0, count: stride)
        buffer.withUnsafeMutableBufferPointer { b in
            for r in 0..<x.rowCount {
                scores(x, row: r, into: b)
                for c in 0..<classCount { out[r * classCount + c] = b[c] }
            }
        }
        return out
    }
}
