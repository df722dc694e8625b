import Foundation

/// A growing byte buffer in one `malloc`ed allocation, whose ownership passes to a ``ChunkPairs``.
struct ByteWriter {
    private(set) var base: UnsafeMutablePointer<UInt8>?
    private(set) var count = 0
    private var capacity = 0

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra <= capacity { return }
        var c = max(capacity, 1 << 16)
        while c < count + extra { c += c / 2 }
        guard let grown = realloc(base, c) else { fatalError("out of memory growing a build buffer to \(c) bytes") }
        base = grown.assumingMemoryBound(to: UInt8.self)
        capacity = c
    }

    /// Appends a varint; ``reserve(_:)`` must have made room (5 bytes).
    @inline(__always)
    mutating func append(_ value: UInt32) {
        guard let base else { return }
        VarInt.write(value, to: base, at: &count)
    }
}

/// Per-document (local term id, stored tf) varint pairs of one chunk, released as soon as no longer needed.
// @unchecked Sendable: the storage is only read after the analysis that filled it, and released once
// by the job that owns the chunk.
final class ChunkPairs: @unchecked Sendable {
    private var base: UnsafeMutablePointer<UInt8>?
    private var count: Int
    /// Start of each document's pairs (documents + 1 entries).
    private(set) var offsets: [UInt64]

    /// Takes ownership of `bytes`' allocation.
    init(_ bytes: ByteWriter, offsets: [UInt64]) {
        base = bytes.base
        count = bytes.count
        self.offsets = offsets
    }

    deinit { free(base) }

    /// Calls `body` with the bytes.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: base, count: base == nil ? 0 : count))
    }

    /// Frees the pairs.
    func release() {
        free(base)
        base = nil
        count = 0
        offsets = []
    }
}

/// What analysing a contiguous run of documents produces: the local vocabulary, document lengths, each
/// document's (term, weighted tf) pairs, and per term the count and encoded size of its postings with
/// chunk-local document numbers (``PostingsWriter`` format).
struct ChunkAnalysis: Sendable {
    /// Per local term: postings in the chunk, their encoded bytes (the first gap counted as the chunk-local
    /// document number), and the first and last chunk-local documents.
    struct TermStats: Sendable {
        var count: UInt32 = 0
        var firstDoc: UInt32 = 0
        var lastDoc: UInt32 = 0
        /// Last document that saw the term (analysis bookkeeping), -1 before any.
        var stamp: Int32 = -1
        var bytes: UInt64 = 0
        /// Occurrences in the current document (single-field schemas).
        var tf: UInt32 = 0
    }

    var terms: [String]
    var documentLength: [Float]
    let pairs: ChunkPairs
    var stats: [TermStats]

    /// Analyses documents `range`: term ids through the chunk cache, per-document term counts.
    static func analyze(_ range: Range<Int>, columns: [[String]?], weights: [Float], scale: Float,
                        extractor: TermExtractor) -> ChunkAnalysis {
        let nf = weights.count
        var cache = ChunkTermCache(extractor: extractor)
        var stats: [TermStats] = []
        var tfs: [UInt32] = []  // per term and field, when there are several fields
        var touched: [Int] = []
        var documentLength = [Float](repeating: 0, count: range.count)
        var ids: [UInt32] = []
        ids.reserveCapacity(256)
        var pairs = ByteWriter()
        var offsets: [UInt64] = [0]
        offsets.reserveCapacity(range.count + 1)
        for (local, doc) in range.enumerated() {
            var dl: Float = 0
            for f in 0..<nf {
                guard let column = columns[f], doc < column.count else { continue }
                var text = column[doc]
                ids.removeAll(keepingCapacity: true)
                text.withUTF8 { cache.appendTerms(of: $0, to: &ids) }
                let vocabulary = cache.termCount
                if vocabulary > stats.count {
                    let grow = vocabulary - stats.count
                    stats.append(contentsOf: repeatElement(TermStats(), count: grow))
                    if nf > 1 { tfs.append(contentsOf: repeatElement(0, count: grow * nf)) }
                }
                let mark = Int32(local)
                stats.withUnsafeMutableBufferPointer { st in
                    tfs.withUnsafeMutableBufferPointer { counts in
                        for id in ids {
                            let t = Int(id)
                            if st[t].stamp != mark {
                                st[t].stamp = mark
                                touched.append(t)
                            }
                            if nf == 1 { st[t].tf += 1 } else { counts[t * nf + f] += 1 }
                        }
                    }
                }
                dl += weights[f] * Float(ids.count)
            }
            documentLength[local] = dl
            pairs.reserve(touched.count * 10)
            stats.withUnsafeMutableBufferPointer { st in
                tfs.withUnsafeMutableBufferPointer { all in
                    weights.withUnsafeBufferPointer { w in
                        for t in touched {
                            let q: UInt32
                            if nf == 1 {
                                q = UInt32(max(0, (w[0] * Float(st[t].tf) * scale).rounded()))
                                st[t].tf = 0
                            } else {
                                q = PostingsWriter.quantizedTF(UnsafeBufferPointer(rebasing: all[(t * nf)..<(t * nf + nf)]), w, scale: scale)
                                for f in 0..<nf { all[t * nf + f] = 0 }
                            }
                            let gap: UInt32
                            if st[t].count == 0 {
                                st[t].firstDoc = UInt32(local)
                                gap = UInt32(local)
                            } else {
                                gap = UInt32(local) - st[t].lastDoc - 1
                            }
                            st[t].count += 1
                            st[t].bytes += UInt64(VarInt.size(gap) + VarInt.size(q))
                            st[t].lastDoc = UInt32(local)
                            pairs.append(UInt32(t))
                            pairs.append(q)
                        }
                    }
                }
            }
            touched.removeAll(keepingCapacity: true)
            offsets.append(UInt64(pairs.count))
        }
        return ChunkAnalysis(terms: cache.terms, documentLength: documentLength, pairs: ChunkPairs(pairs, offsets: offsets), stats: stats)
    }
}
