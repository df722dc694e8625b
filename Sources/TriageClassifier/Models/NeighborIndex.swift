/// Options of the nearest-neighbour component: cosine similarity between a text and the training rows,
/// restricted to the linear model's best few intents, blended into the logits and used as an out-of-scope
/// signal.
///
/// Rows are the training feature vectors restricted to the indexed features (the word channel by default,
/// without features that occur in more than ``maximumDocumentFrequency`` of the rows) and re-normalised to
/// unit length. For each of the ``candidates`` best intents of the linear model, the intent's neighbour score
/// is the mean similarity of its ``perClass`` most similar training rows; `weight ×` that score is added to
/// the intent's logit. The largest similarity found is the text's ``IntentPrediction/similarity``, which
/// ``similarityWeight`` adds to the calibrated confidence for the out-of-scope decision.
public struct NeighborOptions: Sendable, Hashable, Codable {
    /// Logit weight of the neighbour score (0 turns the component off). The default is 0.
    public var weight: Double = 0
    /// Intents re-scored (the linear model's best). The default is 3.
    public var candidates: Int = 3
    /// Most similar rows averaged per intent. The default is 3.
    public var perClass: Int = 3
    /// Index the word channel only (`false`: every feature). The default is `true`.
    public var wordChannelOnly: Bool = true
    /// Features in more than this fraction of training rows are not indexed. The default is 1.0.
    public var maximumDocumentFrequency: Double = 1.0
    /// Weight δ of the best similarity in the in-scope score `confidence + δ · similarity` that rejection
    /// thresholds apply to. The default is 0.
    public var similarityWeight: Double = 0

    /// Creates the default options (component off).
    public init() {}

    /// Whether the component is used at all.
    public var isEnabled: Bool { weight != 0 || similarityWeight != 0 }
}

/// An inverted index over training rows grouped by intent, for cosine similarities against the rows of a
/// few intents (see ``NeighborOptions``).
public struct NeighborIndex: Sendable, Hashable {
    /// The options.
    public let options: NeighborOptions
    /// Intents; rows of intent `c` are `classStart[c]..<classStart[c + 1]`.
    package let classStart: [Int32]
    /// Postings of feature `f`: `postStart[f]..<postStart[f + 1]` in ``postRow``/``postValue``, rows ascending.
    package let postStart: [Int32]
    package let postRow: [Int32]
    package let postValue: [Float]

    package init(options: NeighborOptions, classStart: [Int32], postStart: [Int32], postRow: [Int32], postValue: [Float]) {
        self.options = options
        self.classStart = classStart
        self.postStart = postStart
        self.postRow = postRow
        self.postValue = postValue
    }

    /// The number of indexed rows.
    public var rowCount: Int { Int(classStart.last ?? 0) }
    /// The number of intents.
    public var classCount: Int { classStart.count - 1 }

    /// Builds the index from the training matrix `x` (rows as the vectorizer makes them) and labels.
    /// - Parameter wordFeatureCount: features `0..<wordFeatureCount` form the word channel.
    /// - Complexity: O(nnz(x) + features).
    public init(_ x: SparseMatrix, labels y: [Int32], classCount c: Int, wordFeatureCount: Int, options: NeighborOptions) {
        let f = x.columnCount, n = x.rowCount
        let limit = options.wordChannelOnly ? min(wordFeatureCount, f) : f
        var df = [Int32](repeating: 0, count: f)
        for k in x.indices.indices where Int(x.indices[k]) < limit { df[Int(x.indices[k])] += 1 }
        let cap = options.maximumDocumentFrequency * Double(n)
        let indexed = df.map { $0 > 0 && Double($0) <= cap }
        // Rows grouped by intent, in original order within an intent.
        var order: [Int] = []
        order.reserveCapacity(n)
        var start: [Int32] = [0]
        var members = [[Int]](repeating: [], count: c)
        for (r, label) in y.enumerated() { members[Int(label)].append(r) }
        for m in members { order.append(contentsOf: m); start.append(Int32(order.count)) }
        var postStart = [Int32](repeating: 0, count: f + 1)
        for k in x.indices.indices where indexed[Int(x.indices[k])] { postStart[Int(x.indices[k]) + 1] += 1 }
        for i in 0..<f { postStart[i + 1] += postStart[i] }
        var fill = Array(postStart.dropLast())
        let total = Int(postStart[f])
        var rows = [Int32](repeating: 0, count: total), values = [Float](repeating: 0, count: total)
        for (newRow, r) in order.enumerated() {
            let range = x.range(ofRow: r)
            var norm: Float = 0
            for k in range where indexed[Int(x.indices[k])] { norm += x.values[k] * x.values[k] }
            let scale: Float = norm > 0 ? 1 / norm.squareRoot() : 0
            for k in range where indexed[Int(x.indices[k])] {
                let feature = Int(x.indices[k])
                let slot = Int(fill[feature])
                rows[slot] = Int32(newRow)
                values[slot] = x.values[k] * scale
                fill[feature] += 1
            }
        }
        self.init(options: options, classStart: start, postStart: postStart, postRow: rows, postValue: values)
    }

    /// Scratch for ``score(indices:values:count:candidates:scores:scratch:)``: one similarity per row.
    package final class Scratch {
        @exclusivity(unchecked) var similarity: UnsafeMutablePointer<Float>
        let count: Int
        package init(rowCount: Int) {
            count = max(rowCount, 1)
            similarity = .allocate(capacity: count)
            similarity.initialize(repeating: 0, count: count)
        }
        deinit { similarity.deallocate() }
    }

    /// For each class in `candidates`, writes its neighbour score (mean of its ``NeighborOptions/perClass``
    /// largest cosine similarities) into `scores[i]`; returns the largest similarity over the candidates' rows.
    /// - Complexity: O(Σ over query features of log(postings) + matching postings + candidate rows).
    package func score(indices: UnsafePointer<Int32>, values: UnsafePointer<Float>, count: Int,
                       candidates: UnsafeBufferPointer<Int>, scores: UnsafeMutableBufferPointer<Float>,
                       scratch: Scratch) -> Float {
        let sim = scratch.similarity
        let k = max(1, options.perClass)
        var best: Float = 0
        postStart.withUnsafeBufferPointer { ps in
        postRow.withUnsafeBufferPointer { pr in
        postValue.withUnsafeBufferPointer { pv in
        classStart.withUnsafeBufferPointer { cs in
            // The query's norm over indexed features.
            var norm: Float = 0
            for q in 0..<count {
                let f = Int(indices[q])
                if ps[f &+ 1] > ps[f] { norm += values[q] * values[q] }
            }
            let inv: Float = norm > 0 ? 1 / norm.squareRoot() : 0
            for (i, c) in candidates.enumerated() {
                let lo = cs[c], hi = cs[c &+ 1]
                for q in 0..<count {
                    let f = Int(indices[q])
                    var a = Int(ps[f]), b = Int(ps[f &+ 1])
                    if a == b { continue }
                    // First posting with row ≥ lo.
                    while a < b {
                        let m = (a &+ b) >> 1
                        if pr[m] < lo { a = m &+ 1 } else { b = m }
                    }
                    let v = values[q] * inv
                    let end = Int(ps[f &+ 1])
                    while a < end && pr[a] < hi {
                        sim[Int(pr[a])] += v * pv[a]
                        a &+= 1
                    }
                }
                // The k largest similarities of the intent's rows (insertion into a short list), then reset.
                withUnsafeTemporaryAllocation(of: Float.self, capacity: k) { top in
                    top.initialize(repeating: 0)
                    for r in Int(lo)..<Int(hi) {
                        let s = sim[r]
                        sim[r] = 0
                        if s <= top[k &- 1] { continue }
                        var pos = k &- 1
                        while pos > 0 && top[pos &- 1] < s { top[pos] = top[pos &- 1]; pos &-= 1 }
                        top[pos] = s
                    }
                    var sum: Float = 0
                    for j in 0..<k { sum += top[j] }
                    scores[i] = sum / Float(k)
                    best = max(best, top[0])
                }
            }
        }}}}
        return best
    }
}
