import Foundation

/// The term vectors of a small segment decoded once into flat arrays, and reusable per-query scratch, so
/// that pseudo-relevance feedback reads fixed-width entries and never allocates or clears a
/// vocabulary-sized table per query.
// @unchecked Sendable: the lazily built vectors and the scratch pool are only touched under `lock`.
package final class FeedbackVectors: @unchecked Sendable {
    /// Decoded term vectors: document `d` owns entries `start[d] ..< start[d + 1]`.
    final class Decoded: Sendable {
        let start: [Int]
        let terms: [Int32]
        let tfs: [UInt32]
        /// The length each document's P(t|D) divides by (0: the document proposes no terms).
        let lengths: [Double]

        init(start: [Int], terms: [Int32], tfs: [UInt32], lengths: [Double]) {
            self.start = start
            self.terms = terms
            self.tfs = tfs
            self.lengths = lengths
        }
    }

    /// Per-term weights for one feedback computation over a vocabulary of `capacity` terms, all zero
    /// whenever the scratch is idle.
    final class Scratch {
        let capacity: Int
        let weights: UnsafeMutablePointer<Double>

        init(capacity: Int) {
            self.capacity = capacity
            weights = .allocate(capacity: max(capacity, 1))
            weights.initialize(repeating: 0, count: max(capacity, 1))
        }

        deinit {
            weights.deallocate()
        }
    }

    /// Segments with more documents or term-vector bytes keep decoding their varint vectors per query.
    static let maxDocuments = 65_536
    static let maxVectorBytes = 4_000_000
    /// Idle scratch kept for reuse (one per concurrently searching thread, up to this many).
    static let maxIdleScratch = 8

    private let lock = NSLock()
    private var decoded: Decoded?
    private var idle: [Scratch] = []

    package init() {}

    /// The decoded vectors of `segment` (the owner of this cache), or `nil` when it is too large or keeps
    /// no term vectors.
    func vectors(of segment: IndexSegment) -> Decoded? {
        guard segment.hasTermVectors, segment.documentCount <= Self.maxDocuments,
              segment.forward.count <= Self.maxVectorBytes else { return nil }
        lock.lock()
        if let decoded {
            lock.unlock()
            return decoded
        }
        lock.unlock()
        let built = Self.decode(segment)
        lock.lock()
        defer { lock.unlock() }
        if let decoded { return decoded }
        decoded = built
        return built
    }

    /// A scratch for a vocabulary of `capacity` terms, reused when one is idle.
    func takeScratch(capacity: Int) -> Scratch {
        lock.lock()
        if let i = idle.lastIndex(where: { $0.capacity == capacity }) {
            let s = idle.remove(at: i)
            lock.unlock()
            return s
        }
        lock.unlock()
        return Scratch(capacity: capacity)
    }

    /// Returns a scratch taken with ``takeScratch(capacity:)``.
    func giveBack(_ s: Scratch) {
        lock.lock()
        if idle.count < Self.maxIdleScratch { idle.append(s) }
        lock.unlock()
    }

    /// Decodes every term vector; lengths follow the per-query decoding they replace (the stored document
    /// length when field weights are integral and tfs unscaled, else the sum of the stored tfs).
    private static func decode(_ seg: IndexSegment) -> Decoded {
        let n = seg.documentCount
        let v = seg.dictionary.count
        let integral = seg.tfScale == 1 && seg.fieldWeights.allSatisfy { $0 >= 0 && $0 == $0.rounded() }
        var start: [Int] = [0]
        var terms: [Int32] = []
        var tfs: [UInt32] = []
        var lengths: [Double] = []
        start.reserveCapacity(n + 1)
        terms.reserveCapacity(seg.forward.count / 2)
        tfs.reserveCapacity(seg.forward.count / 2)
        lengths.reserveCapacity(n)
        seg.forward.withUnsafeBufferPointer { forward in
            for d in 0..<n {
                let first = Int(seg.forwardOffset[d]), end = Int(seg.forwardOffset[d + 1])
                var length = 0.0
                if first <= end, end <= forward.count {
                    let bytes = UnsafeBufferPointer(rebasing: forward[0..<end])
                    var off = first
                    while off < end {
                        let t = Int(VarInt.read(bytes, &off))
                        let tf = VarInt.read(bytes, &off)
                        guard t < v else { continue }
                        terms.append(Int32(t))
                        tfs.append(tf)
                        if !integral { length += Double(tf) }
                    }
                    if integral { length = Double(seg.documentLength[d]) }
                }
                lengths.append(length)
                start.append(terms.count)
            }
        }
        return Decoded(start: start, terms: terms, tfs: tfs, lengths: lengths)
    }
}
