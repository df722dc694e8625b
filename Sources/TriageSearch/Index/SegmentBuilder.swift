/// Builds an ``IndexSegment`` from a ``DocumentBatch``.
///
/// Documents are cut into contiguous chunks analysed in parallel, each with its own chunk cache and
/// local term ids; the chunk vocabularies are then merged into one sorted dictionary and the postings of
/// disjoint term ranges are encoded in parallel. Chunks and term ranges are merged in order, so the
/// segment is byte-identical whatever the number of threads.
enum SegmentBuilder {
    /// What one chunk of documents produces: local vocabulary, per-term staged postings
    /// (gap varint + fixed-point weighted tf varint) and document lengths.
    struct ChunkResult: Sendable {
        var terms: [String]
        var staging: [[UInt8]]
        var documentLength: [Float]
        /// Per-document (local term id, stored tf) pairs, as varints.
        var forward: [UInt8]
        var forwardOffset: [Int]
    }

    static func build(_ batch: DocumentBatch, options: IndexOptions) -> IndexSegment {
        let n = batch.count
        let weights = options.fields.map { Float($0.weight) }
        let scale = PostingsWriter.tfScale(for: weights)
        let columns: [[String]?] = options.fields.map { batch.fields[$0.name] }
        let extractor = TermExtractor(options: options.analysis)
        let threads = Parallel.threads(options.buildThreads)
        let chunkCount = n < 2048 ? 1 : min(threads * 2, max(1, n / 1024))
        let ranges: [Range<Int>] = (0..<chunkCount).map { c in (c * n / chunkCount)..<((c + 1) * n / chunkCount) }
        let chunks = Parallel.map(chunkCount, threads: threads) { c in
            analyze(ranges[c], columns: columns, weights: weights, scale: scale, extractor: extractor)
        }
        var documentLength: [Float] = []
        documentLength.reserveCapacity(n)
        for c in chunks { documentLength.append(contentsOf: c.documentLength) }
        let segment = encode(chunks: chunks, ranges: ranges, documentLength: documentLength, scale: scale, threads: threads)
        var forward: [UInt8] = []
        var forwardOffset: [UInt64] = []
        if options.termVectors {
            let remapped = Parallel.map(chunks.count, threads: threads) { c -> [UInt8] in
                let chunk = chunks[c]
                let map = segment.localToGlobal[c]
                var out: [UInt8] = []
                out.reserveCapacity(chunk.forward.count + chunk.forward.count / 4)
                chunk.forward.withUnsafeBufferPointer { b in
                    var off = 0
                    while off < b.count {
                        let l = Int(VarInt.read(b, &off))
                        VarInt.append(UInt32(l < map.count ? map[l] : 0), to: &out)
                        VarInt.append(VarInt.read(b, &off), to: &out)
                    }
                }
                return out
            }
            forwardOffset.reserveCapacity(n + 1)
            for (c, chunk) in chunks.enumerated() {
                // Local offsets shift by the growth of re-encoded ids; recompute by walking pairs.
                let bytes = remapped[c]
                let base = UInt64(forward.count)
                var off = 0
                bytes.withUnsafeBufferPointer { b in
                    for d in 0..<(chunk.forwardOffset.count - 1) {
                        forwardOffset.append(base + UInt64(off))
                        let pairs = pairCount(chunk.forward, chunk.forwardOffset[d], chunk.forwardOffset[d + 1])
                        for _ in 0..<pairs { _ = VarInt.read(b, &off); _ = VarInt.read(b, &off) }
                    }
                }
                forward.append(contentsOf: bytes)
            }
            forwardOffset.append(UInt64(forward.count))
        }
        var metadata: [String: MetadataColumn] = [:]
        for (key, column) in batch.metadata {
            metadata[key] = MetadataColumn(column.count == n ? column : Array(column.prefix(n)) + Array(repeating: nil, count: max(0, n - column.count)))
        }
        let stored: [[String]] = columns.map { col in
            guard let col else { return Array(repeating: "", count: n) }
            return col.count == n ? col : Array(col.prefix(n)) + Array(repeating: "", count: max(0, n - col.count))
        }
        return IndexSegment(fieldWeights: weights, tfScale: scale, dictionary: segment.dictionary,
                            documentFrequency: segment.writer.documentFrequency,
                            termBlockStart: segment.termBlockStart, blockLastDoc: segment.writer.blockLastDoc,
                            blockOffset: segment.writer.blockOffset, blockMaxTF: segment.writer.blockMaxTF,
                            blockMinLength: segment.writer.blockMinLength, postings: segment.writer.bytes,
                            documentLength: documentLength, ids: batch.ids, metadata: metadata, storedFields: stored,
                            forward: forward, forwardOffset: forwardOffset)
    }

    /// The number of varint pairs in `bytes[start..<end]`.
    static func pairCount(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var ends = 0
        for i in start..<end where bytes[i] < 0x80 { ends += 1 }
        return ends / 2
    }

    /// Analyses documents `range`: term ids through the chunk cache, per-document term counts, staged postings.
    static func analyze(_ range: Range<Int>, columns: [[String]?], weights: [Float], scale: Float, extractor: TermExtractor) -> ChunkResult {
        let nf = weights.count
        var cache = ChunkTermCache(extractor: extractor)
        var staging: [[UInt8]] = []
        var lastDoc: [Int32] = []
        var stamp: [Int32] = []
        var tfs: [UInt32] = []
        var touched: [Int] = []
        var documentLength = [Float](repeating: 0, count: range.count)
        var ids: [UInt32] = []
        ids.reserveCapacity(256)
        var forward: [UInt8] = []
        var forwardOffset: [Int] = [0]
        forwardOffset.reserveCapacity(range.count + 1)
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
                    lastDoc.append(contentsOf: repeatElement(-1, count: grow))
                    staging.append(contentsOf: repeatElement([], count: grow))
                    tfs.append(contentsOf: repeatElement(0, count: grow * nf))
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
            for t in touched {
                VarInt.append(UInt32(local - Int(lastDoc[t]) - 1), to: &staging[t])
                let q = tfs.withUnsafeBufferPointer { all in
                    weights.withUnsafeBufferPointer { w in
                        PostingsWriter.quantizedTF(UnsafeBufferPointer(rebasing: all[(t * nf)..<(t * nf + nf)]), w, scale: scale)
                    }
                }
                VarInt.append(q, to: &staging[t])
                VarInt.append(UInt32(t), to: &forward)
                VarInt.append(q, to: &forward)
                for f in 0..<nf { tfs[t * nf + f] = 0 }
                lastDoc[t] = Int32(local)
            }
            touched.removeAll(keepingCapacity: true)
            forwardOffset.append(forward.count)
        }
        return ChunkResult(terms: cache.terms, staging: staging, documentLength: documentLength,
                           forward: forward, forwardOffset: forwardOffset)
    }

    struct Encoded {
        var dictionary: TermDictionary
        var termBlockStart: [UInt32]
        var writer: PostingsWriter
        /// Per chunk: local term id → global term id.
        var localToGlobal: [[UInt32]]
    }

    /// Merges chunk vocabularies into a sorted dictionary and encodes the final postings.
    static func encode(chunks: [ChunkResult], ranges: [Range<Int>], documentLength: [Float], scale: Float, threads: Int) -> Encoded {
        var vocabulary = Set<String>()
        for c in chunks { vocabulary.formUnion(c.terms) }
        let sorted = vocabulary.sorted { $0.utf8Precedes($1) }
        var globalID: [String: Int32] = [:]
        globalID.reserveCapacity(sorted.count)
        for (i, t) in sorted.enumerated() { globalID[t] = Int32(i) }
        let v = sorted.count
        // globalToLocal[c][g] = local id of global term g in chunk c, or -1.
        var globalToLocal: [[Int32]] = []
        var localToGlobal: [[UInt32]] = []
        var weight = [Int](repeating: 0, count: v)
        for c in chunks {
            var map = [Int32](repeating: -1, count: v)
            var back = [UInt32](repeating: 0, count: c.terms.count)
            for (l, t) in c.terms.enumerated() {
                if let g = globalID[t] {
                    map[Int(g)] = Int32(l)
                    back[l] = UInt32(g)
                    weight[Int(g)] += l < c.staging.count ? c.staging[l].count : 0
                }
            }
            globalToLocal.append(map)
            localToGlobal.append(back)
        }
        // Split the term ids into contiguous parts of similar staged size.
        let parts = max(1, min(threads * 4, v / 256))
        let total = max(1, weight.reduce(0, +))
        var bounds: [Int] = [0]
        var acc = 0
        for g in 0..<v {
            acc += weight[g]
            if bounds.count < parts && acc * parts >= total * bounds.count { bounds.append(g + 1) }
        }
        if bounds.last != v { bounds.append(v) }
        let bases = ranges.map(\.lowerBound)
        let encodedParts = Parallel.map(bounds.count - 1, threads: threads) { part -> PostingsWriter in
            var w = PostingsWriter(tfScale: scale)
            documentLength.withUnsafeBufferPointer { lengths in
                for g in bounds[part]..<bounds[part + 1] {
                    w.beginTerm()
                    for (c, chunk) in chunks.enumerated() {
                        let l = Int(globalToLocal[c][g])
                        guard l >= 0, l < chunk.staging.count else { continue }
                        chunk.staging[l].withUnsafeBufferPointer { s in
                            var off = 0
                            var prev = -1
                            while off < s.count {
                                let local = prev + 1 + Int(VarInt.read(s, &off))
                                prev = local
                                let tf = VarInt.read(s, &off)
                                w.add(doc: UInt32(bases[c] + local), tf: tf, lengths: lengths)
                            }
                        }
                    }
                    w.endTerm(lengths: lengths)
                }
            }
            return w
        }
        var writers = encodedParts
        var out = PostingsWriter(tfScale: scale)
        out.bytes.reserveCapacity(writers.reduce(0) { $0 + $1.bytes.count })
        let blocks = writers.reduce(0) { $0 + $1.blockLastDoc.count }
        out.blockOffset.reserveCapacity(blocks + 1)
        out.blockLastDoc.reserveCapacity(blocks)
        out.blockMaxTF.reserveCapacity(blocks)
        out.blockMinLength.reserveCapacity(blocks)
        out.documentFrequency.reserveCapacity(v)
        var termBlockStart: [UInt32] = [0]
        termBlockStart.reserveCapacity(v + 1)
        for i in writers.indices {
            let w = writers[i]
            writers[i] = PostingsWriter(tfScale: scale)  // release each part once copied
            let byteBase = UInt64(out.bytes.count)
            out.bytes.append(contentsOf: w.bytes)
            out.blockOffset.append(contentsOf: w.blockOffset.map { $0 + byteBase })
            out.blockLastDoc.append(contentsOf: w.blockLastDoc)
            out.blockMaxTF.append(contentsOf: w.blockMaxTF)
            out.blockMinLength.append(contentsOf: w.blockMinLength)
            out.documentFrequency.append(contentsOf: w.documentFrequency)
            for c in w.termBlockCounts { termBlockStart.append((termBlockStart.last ?? 0) + c) }
        }
        out.blockOffset.append(UInt64(out.bytes.count))
        return Encoded(dictionary: TermDictionary(sortedTerms: sorted), termBlockStart: termBlockStart, writer: out,
                       localToGlobal: localToGlobal)
    }
}
