/// Raw views of a segment's arrays, valid inside ``IndexSegment/withPointers(_:)``.
struct SegmentPointers {
    let postings: UnsafeBufferPointer<UInt8>
    let blockLastDoc: UnsafeBufferPointer<UInt32>
    let blockOffset: UnsafeBufferPointer<UInt64>
    let blockMaxTF: UnsafeBufferPointer<Float>
    let blockMinLength: UnsafeBufferPointer<Float>
    let documentLength: UnsafeBufferPointer<Float>
    /// 1 / the segment's fixed-point term-frequency scale.
    let tfUnit: Float
}

extension IndexSegment {
    /// Calls `body` with raw views of the segment's arrays.
    func withPointers<R>(_ body: (SegmentPointers) -> R) -> R {
        postings.withUnsafeBufferPointer { p in
            blockLastDoc.withUnsafeBufferPointer { last in
                blockOffset.withUnsafeBufferPointer { off in
                    blockMaxTF.withUnsafeBufferPointer { maxTF in
                        blockMinLength.withUnsafeBufferPointer { minLen in
                            documentLength.withUnsafeBufferPointer { dl in
                                body(SegmentPointers(postings: p, blockLastDoc: last, blockOffset: off, blockMaxTF: maxTF,
                                                     blockMinLength: minLen, documentLength: dl, tfUnit: 1 / tfScale))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Iterates one term's postings in document order, a block at a time, with skipping by block.
struct PostingCursor {
    static let exhausted = Int.max

    /// Position of the term in the query (for the canonical order of score sums).
    let ordinal: Int
    let scorer: BM25Scorer
    let firstBlock: Int
    let endBlock: Int
    /// The largest contribution of the term over all its blocks.
    private(set) var maxScore: Double = 0
    private var block: Int
    private var decodedBlock = -1
    private var shallowBlock: Int
    private let buffer = DecodeBuffer()
    private var count = 0
    private var position = 0
    /// The current document, or ``exhausted``.
    private(set) var doc: Int = -1

    init(ordinal: Int, scorer: BM25Scorer, blocks: Range<Int>, pointers: SegmentPointers) {
        self.ordinal = ordinal
        self.scorer = scorer
        self.firstBlock = blocks.lowerBound
        self.endBlock = blocks.upperBound
        self.block = blocks.lowerBound
        self.shallowBlock = blocks.lowerBound
        var m = 0.0
        for b in blocks { m = max(m, bound(b, pointers)) }
        maxScore = m
        if block < endBlock { decode(block, pointers) } else { doc = Self.exhausted }
    }

    @inline(__always)
    private func bound(_ b: Int, _ p: SegmentPointers) -> Double {
        scorer.upperBound(maxTermFrequency: Double(p.blockMaxTF[b]), minLength: Double(p.blockMinLength[b]))
    }

    private mutating func decode(_ b: Int, _ p: SegmentPointers) {
        let docs = buffer.docs, tfs = buffer.tfs
        var n = 0
        var prev = b > firstBlock ? Int(p.blockLastDoc[b - 1]) : -1
        var off = Int(p.blockOffset[b])
        let end = Int(p.blockOffset[b + 1])
        let bytes = UnsafeBufferPointer(rebasing: p.postings[0..<end])
        let unit = p.tfUnit
        let limit = p.documentLength.count
        while off < end && n < PostingsWriter.blockSize {
            let d = prev + 1 + Int(VarInt.read(bytes, &off))
            if d >= limit { break }  // corrupt data: never read past the document table
            docs[n] = d
            tfs[n] = Float(VarInt.read(bytes, &off)) * unit
            n += 1
            prev = d
        }
        count = n
        decodedBlock = b
        position = 0
        doc = n == 0 ? Self.exhausted : docs[0]
    }

    /// The contribution of the term to the current document.
    @inline(__always)
    func score(_ p: SegmentPointers) -> Double {
        scorer.score(Double(buffer.tfs[position]), length: Double(p.documentLength[doc]))
    }

    /// Moves to the next posting.
    @inline(__always)
    mutating func next(_ p: SegmentPointers) {
        position += 1
        if position < count {
            doc = buffer.docs[position]
            return
        }
        block += 1
        if block < endBlock { decode(block, p) } else { doc = Self.exhausted }
    }

    /// Moves to the first posting with a document ≥ `target`.
    mutating func advance(to target: Int, _ p: SegmentPointers) {
        if doc >= target { return }
        if Int(p.blockLastDoc[block]) < target {
            while block < endBlock && Int(p.blockLastDoc[block]) < target { block += 1 }
            if block >= endBlock {
                doc = Self.exhausted
                return
            }
            decode(block, p)
        }
        let docs = buffer.docs
        while position < count && docs[position] < target { position += 1 }
        doc = position < count ? docs[position] : Self.exhausted
    }

    /// An upper bound of the term's contribution to document `target` (≥ the current document), from
    /// the block that would hold it; no decoding.
    mutating func blockBound(for target: Int, _ p: SegmentPointers) -> Double {
        if shallowBlock < block { shallowBlock = block }
        while shallowBlock < endBlock && Int(p.blockLastDoc[shallowBlock]) < target { shallowBlock += 1 }
        return shallowBlock < endBlock ? bound(shallowBlock, p) : 0
    }
}

/// The decoded postings of one block (documents and weighted term frequencies).
final class DecodeBuffer {
    let docs = UnsafeMutablePointer<Int>.allocate(capacity: PostingsWriter.blockSize)
    let tfs = UnsafeMutablePointer<Float>.allocate(capacity: PostingsWriter.blockSize)
    deinit {
        docs.deallocate()
        tfs.deallocate()
    }
}
