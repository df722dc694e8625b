/// Per-document (local term id, stored tf) varint pairs of one chunk, released once no longer needed.
// @unchecked Sendable: each box is read by one job at a time and released by the job that owns it.
final class ChunkPairs: @unchecked Sendable {
    private(set) var bytes: [UInt8]
    /// Start of each document's pairs (documents + 1 entries).
    private(set) var offsets: [UInt64]

    init(bytes: [UInt8], offsets: [UInt64]) {
        self.bytes = bytes
        self.offsets = offsets
    }

    /// Frees the pairs.
    func release() {
        bytes = []
        offsets = []
    }
}

/// What analysing a contiguous run of documents produces: the local vocabulary, document lengths, each
/// document's (term, weighted tf) pairs, and per term the count and encoded size of its postings with
/// chunk-local document numbers (``PostingsWriter`` format).
struct ChunkAnalysis: Sendable {
    var terms: [String]
    var documentLength: [Float]
    let pairs: ChunkPairs
    /// Postings of each local term in the chunk.
    var postingCount: [UInt32]
    /// Bytes of each local term's postings, the first gap counted as its chunk-local document number.
    var encodedBytes: [UInt64]
    /// First and last chunk-local document of each local term.
    var firstDoc: [UInt32]
    var lastDoc: [UInt32]

    /// Analyses documents `range`: term ids through the chunk cache, per-document term counts.
    static func analyze(_ range: Range<Int>, columns: [[String]?], weights: [Float], scale: Float,
                        extractor: TermExtractor) -> ChunkAnalysis {
        let nf = weights.count
        var cache = ChunkTermCache(extractor: extractor)
        var stamp: [Int32] = []
        var tfs: [UInt32] = []
        var touched: [Int] = []
        var postingCount: [UInt32] = []
        var encodedBytes: [UInt64] = []
        var firstDoc: [UInt32] = []
        var lastDoc: [UInt32] = []
        var documentLength = [Float](repeating: 0, count: range.count)
        var ids: [UInt32] = []
        ids.reserveCapacity(256)
        var pairs: [UInt8] = []
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
                if vocabulary > stamp.count {
                    let grow = vocabulary - stamp.count
                    stamp.append(contentsOf: repeatElement(-1, count: grow))
                    tfs.append(contentsOf: repeatElement(0, count: grow * nf))
                    postingCount.append(contentsOf: repeatElement(0, count: grow))
                    encodedBytes.append(contentsOf: repeatElement(0, count: grow))
                    firstDoc.append(contentsOf: repeatElement(0, count: grow))
                    lastDoc.append(contentsOf: repeatElement(0, count: grow))
                }
                let mark = Int32(local)
                stamp.withUnsafeMutableBufferPointer { st in
                    tfs.withUnsafeMutableBufferPointer { counts in
                        for id in ids {
                            let t = Int(id)
                            if st[t] != mark {
                                st[t] = mark
                                touched.append(t)
                            }
                            counts[t * nf + f] += 1
                        }
                    }
                }
                dl += weights[f] * Float(ids.count)
            }
            documentLength[local] = dl
            tfs.withUnsafeMutableBufferPointer { all in
                weights.withUnsafeBufferPointer { w in
                    for t in touched {
                        let q = PostingsWriter.quantizedTF(UnsafeBufferPointer(rebasing: all[(t * nf)..<(t * nf + nf)]), w, scale: scale)
                        for f in 0..<nf { all[t * nf + f] = 0 }
                        let gap: UInt32
                        if postingCount[t] == 0 {
                            firstDoc[t] = UInt32(local)
                            gap = UInt32(local)
                        } else {
                            gap = UInt32(local) - lastDoc[t] - 1
                        }
                        postingCount[t] += 1
                        encodedBytes[t] += UInt64(VarInt.size(gap) + VarInt.size(q))
                        lastDoc[t] = UInt32(local)
                        VarInt.append(UInt32(t), to: &pairs)
                        VarInt.append(q, to: &pairs)
                    }
                }
            }
            touched.removeAll(keepingCapacity: true)
            offsets.append(UInt64(pairs.count))
        }
        return ChunkAnalysis(terms: cache.terms, documentLength: documentLength,
                             pairs: ChunkPairs(bytes: pairs, offsets: offsets),
                             postingCount: postingCount, encodedBytes: encodedBytes, firstDoc: firstDoc, lastDoc: lastDoc)
    }
}
