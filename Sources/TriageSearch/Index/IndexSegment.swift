/// An immutable inverted index over a run of documents, in flat arrays.
///
/// Terms are ids into a sorted ``TermDictionary``; term `t` owns blocks
/// `termBlockStart[t] ..< termBlockStart[t + 1]`, block `k` owns postings bytes
/// `blockOffset[k] ..< blockOffset[k + 1]` (see ``PostingsWriter``). Documents are numbered from 0 in the
/// order they were added.
public final class IndexSegment: Sendable {
    /// BM25F field weights, in schema order.
    package let fieldWeights: [Float]
    /// Fixed-point scale of the stored weighted term frequencies (see ``PostingsWriter``).
    package let tfScale: Float
    /// The vocabulary.
    public let dictionary: TermDictionary
    /// Documents containing each term.
    package let documentFrequency: [UInt32]
    /// First block of each term (count + 1 entries).
    package let termBlockStart: [UInt32]
    /// Last document of each block.
    package let blockLastDoc: [UInt32]
    /// Byte offset of each block in ``postings`` (count + 1 entries).
    package let blockOffset: [UInt64]
    /// Largest weighted term frequency of each block.
    package let blockMaxTF: [Float]
    /// Smallest document length of each block.
    package let blockMinLength: [Float]
    /// Encoded postings.
    package let postings: [UInt8]
    /// Weighted length of each document.
    package let documentLength: [Float]
    /// Identifier of each document.
    package let ids: [String]
    /// Metadata columns by key.
    package let metadata: [String: MetadataColumn]
    /// Stored text per schema field and document (empty when the texts live elsewhere, as in a store).
    package let storedFields: [[String]]
    /// Term vectors: for each document, (term id, stored tf) varint pairs in
    /// `forward[forwardOffset[d] ..< forwardOffset[d + 1]]`; empty when not kept.
    package let forward: [UInt8]
    /// Start of each document's term vector (count + 1 entries, or empty).
    package let forwardOffset: [UInt64]
    /// Sum of ``documentLength``.
    package let totalLength: Double
    /// Analysed stored fields, built on first use for small segments (see ``StoredAnalysisCache``).
    package let analysisCache = StoredAnalysisCache()
    /// Decoded term vectors and feedback scratch, built on first use (see ``FeedbackVectors``).
    package let feedbackVectors = FeedbackVectors()
    /// Each document's metadata dictionary, built on first use for small segments (see ``MetadataRows``).
    package let metadataRows = MetadataRows()
    /// Term ids by spelling through a hash table (see ``TermLookup``).
    package let termLookup: TermLookup

    /// The number of documents (deleted ones included).
    public var documentCount: Int { documentLength.count }
    /// The number of distinct terms.
    public var termCount: Int { dictionary.count }
    /// The size of the encoded postings in bytes.
    public var postingsByteCount: Int { postings.count }

    package init(fieldWeights: [Float], tfScale: Float, dictionary: TermDictionary, documentFrequency: [UInt32],
                 termBlockStart: [UInt32], blockLastDoc: [UInt32], blockOffset: [UInt64],
                 blockMaxTF: [Float], blockMinLength: [Float], postings: [UInt8], documentLength: [Float],
                 ids: [String], metadata: [String: MetadataColumn], storedFields: [[String]],
                 forward: [UInt8] = [], forwardOffset: [UInt64] = []) {
        self.forward = forward
        self.forwardOffset = forwardOffset
        self.fieldWeights = fieldWeights
        self.tfScale = tfScale
        self.dictionary = dictionary
        self.termLookup = TermLookup(dictionary)
        self.documentFrequency = documentFrequency
        self.termBlockStart = termBlockStart
        self.blockLastDoc = blockLastDoc
        self.blockOffset = blockOffset
        self.blockMaxTF = blockMaxTF
        self.blockMinLength = blockMinLength
        self.postings = postings
        self.documentLength = documentLength
        self.ids = ids
        self.metadata = metadata
        self.storedFields = storedFields
        var total = 0.0
        for l in documentLength { total += Double(l) }
        self.totalLength = total
    }

    /// An empty segment with the given field weights.
    package static func empty(fieldWeights: [Float]) -> IndexSegment {
        IndexSegment(fieldWeights: fieldWeights, tfScale: PostingsWriter.tfScale(for: fieldWeights),
                     dictionary: TermDictionary(sortedTerms: []), documentFrequency: [],
                     termBlockStart: [0], blockLastDoc: [], blockOffset: [0], blockMaxTF: [], blockMinLength: [],
                     postings: [], documentLength: [], ids: [], metadata: [:],
                     storedFields: fieldWeights.map { _ in [] })
    }

    /// Whether term vectors are kept.
    package var hasTermVectors: Bool { forwardOffset.count == documentCount + 1 }

    /// The term vector of document `doc`: (term id, stored tf) pairs.
    package func termVector(_ doc: Int) -> [(term: Int, tf: UInt32)] {
        guard hasTermVectors, doc >= 0, doc < documentCount else { return [] }
        var out: [(Int, UInt32)] = []
        forward.withUnsafeBufferPointer { p in
            let end = Int(forwardOffset[doc + 1])
            let bytes = UnsafeBufferPointer(rebasing: p[0..<end])
            var off = Int(forwardOffset[doc])
            while off < end {
                let t = Int(VarInt.read(bytes, &off))
                let tf = VarInt.read(bytes, &off)
                if t < dictionary.count { out.append((t, tf)) }
            }
        }
        return out
    }

    /// Decodes every posting of term `t`: calls `body(doc, storedTF)` in document order (the stored
    /// term frequency is fixed point; divide by ``tfScale``).
    package func forEachPosting(term t: Int, _ body: (Int, UInt32) -> Void) {
        postings.withUnsafeBufferPointer { p in
            var prev = -1
            for blk in Int(termBlockStart[t])..<Int(termBlockStart[t + 1]) {
                var off = Int(blockOffset[blk])
                let end = Int(blockOffset[blk + 1])
                let bounded = UnsafeBufferPointer(rebasing: p[0..<end])
                while off < end {
                    let doc = prev + 1 + Int(VarInt.read(bounded, &off))
                    let tf = VarInt.read(bounded, &off)
                    if doc >= documentCount { break }  // corrupt data
                    prev = doc
                    body(doc, tf)
                }
            }
        }
    }

    /// The weighted term frequency of term `t` in document `doc`, or `nil` when it does not occur.
    ///
    /// - Complexity: O(log *B* + 128) for *B* blocks of the term.
    package func termFrequency(term t: Int, doc: Int) -> Double? {
        var lo = Int(termBlockStart[t]), hi = Int(termBlockStart[t + 1])
        while lo < hi {
            let mid = (lo + hi) >> 1
            if Int(blockLastDoc[mid]) < doc { lo = mid + 1 } else { hi = mid }
        }
        guard lo < Int(termBlockStart[t + 1]) else { return nil }
        var prev = lo > Int(termBlockStart[t]) ? Int(blockLastDoc[lo - 1]) : -1
        let scale = tfScale
        return postings.withUnsafeBufferPointer { p -> Double? in
            var off = Int(blockOffset[lo])
            let end = Int(blockOffset[lo + 1])
            let bounded = UnsafeBufferPointer(rebasing: p[0..<end])
            while off < end {
                let d = prev + 1 + Int(VarInt.read(bounded, &off))
                let q = VarInt.read(bounded, &off)
                if d == doc { return Double(Float(q) / scale) }
                if d > doc { return nil }
                prev = d
            }
            return nil
        }
    }
}
