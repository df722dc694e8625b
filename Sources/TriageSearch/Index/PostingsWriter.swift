/// Postings per term in blocks of ``PostingsWriter/blockSize``: each posting is the document gap
/// (`doc − previous − 1`) and the BM25F-weighted term frequency Σ w_f · tf_f in fixed point
/// (`round(value · tfScale)`), both LEB128 varints. Each block records its last document, byte offset,
/// the largest weighted term frequency and the smallest document length, which bound every score in
/// the block.
struct PostingsWriter {
    static let blockSize = 128

    /// Fixed-point scale of stored term frequencies (1 when every field weight is an integer, else 16).
    let tfScale: Float
    var bytes: [UInt8] = []
    var blockLastDoc: [UInt32] = []
    var blockOffset: [UInt64] = []
    var blockMaxTF: [Float] = []
    var blockMinLength: [Float] = []
    var termBlockCounts: [UInt32] = []
    var documentFrequency: [UInt32] = []

    private var pendingDocs: [UInt32] = []
    private var pendingTFs: [UInt32] = []
    private var previousDoc: Int = -1
    private var termPostings = 0
    private var termBlocks = 0

    init(tfScale: Float) {
        self.tfScale = tfScale
        pendingDocs.reserveCapacity(Self.blockSize)
    }

    /// The fixed-point scale for field weights: 1 when all are integers, else 16 (weights then count in
    /// sixteenths).
    static func tfScale(for weights: [Float]) -> Float {
        weights.allSatisfy { $0 == $0.rounded() } ? 1 : 16
    }

    /// The stored (fixed-point) weighted term frequency of per-field counts.
    @inline(__always)
    static func quantizedTF(_ tfs: UnsafeBufferPointer<UInt32>, _ weights: UnsafeBufferPointer<Float>, scale: Float) -> UInt32 {
        var s: Float = 0
        for f in 0..<weights.count { s += weights[f] * Float(tfs[f]) }
        return UInt32(max(0, (s * scale).rounded()))
    }

    mutating func beginTerm() {
        previousDoc = -1
        termPostings = 0
        termBlocks = 0
    }

    /// Adds a posting; documents must arrive in increasing order.
    @inline(__always)
    mutating func add(doc: UInt32, tf: UInt32, lengths: UnsafeBufferPointer<Float>) {
        pendingDocs.append(doc)
        pendingTFs.append(tf)
        termPostings += 1
        if pendingDocs.count == Self.blockSize { flush(lengths) }
    }

    mutating func endTerm(lengths: UnsafeBufferPointer<Float>) {
        if !pendingDocs.isEmpty { flush(lengths) }
        termBlockCounts.append(UInt32(termBlocks))
        documentFrequency.append(UInt32(termPostings))
    }

    private mutating func flush(_ lengths: UnsafeBufferPointer<Float>) {
        var maxTF: UInt32 = 0
        var minLength = Float.greatestFiniteMagnitude
        blockOffset.append(UInt64(bytes.count))
        for (i, doc) in pendingDocs.enumerated() {
            VarInt.append(UInt32(Int(doc) - previousDoc - 1), to: &bytes)
            previousDoc = Int(doc)
            let tf = pendingTFs[i]
            VarInt.append(tf, to: &bytes)
            maxTF = max(maxTF, tf)
            let dl = Int(doc) < lengths.count ? lengths[Int(doc)] : 0
            minLength = min(minLength, dl)
        }
        blockLastDoc.append(pendingDocs[pendingDocs.count - 1])
        blockMaxTF.append(Float(maxTF) / tfScale)
        blockMinLength.append(minLength)
        termBlocks += 1
        pendingDocs.removeAll(keepingCapacity: true)
        pendingTFs.removeAll(keepingCapacity: true)
    }
}
