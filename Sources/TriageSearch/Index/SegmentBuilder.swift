/// Builds an ``IndexSegment`` from a ``DocumentBatch``.
///
/// 1. Documents are cut into contiguous chunks analysed in parallel, each with its own chunk cache and
///    local term ids. A chunk keeps each document's (term, weighted tf) pairs and, per term, the size of
///    its postings with chunk-local gaps (``ChunkAnalysis``).
/// 2. The chunk vocabularies are merged into one sorted dictionary; every (chunk, term) gets its exact
///    place in the final postings, so the postings array is allocated once.
/// 3. Chunks write their postings straight into that array in parallel (disjoint ranges) and release
///    their pairs as they finish; then term ranges compute their block bounds in parallel.
///
/// Chunks and term ranges are merged in order, so the segment is byte-identical whatever the number of
/// threads. Peak memory beyond the finished segment is about one copy of the postings.
enum SegmentBuilder {
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
            ChunkAnalysis.analyze(ranges[c], columns: columns, weights: weights, scale: scale, extractor: extractor)
        }
        var documentLength: [Float] = []
        documentLength.reserveCapacity(n)
        for c in chunks { documentLength.append(contentsOf: c.documentLength) }
        let layout = PostingsLayout(chunks: chunks, bases: ranges.map(\.lowerBound))
        let keepVectors = options.termVectors
        // Every chunk writes its postings into its own ranges of the array.
        let postings = [UInt8](unsafeUninitializedCapacity: layout.totalBytes) { buffer, count in
            let out = UnsafeSendable(buffer)
            _ = Parallel.map(chunks.count, threads: threads) { c -> Bool in
                layout.write(chunk: chunks[c], index: c, into: out.value)
                if !keepVectors { chunks[c].pairs.release() }
                return true
            }
            count = layout.totalBytes
        }
        let blocks = layout.blocks(postings: postings, documentLength: documentLength, scale: scale, threads: threads)
        var forward: [UInt8] = []
        var forwardOffset: [UInt64] = []
        if keepVectors {
            (forward, forwardOffset) = globalTermVectors(chunks, layout: layout, threads: threads)
        }
        var metadata: [String: MetadataColumn] = [:]
        for (key, column) in batch.metadata {
            metadata[key] = MetadataColumn(column.count == n ? column : Array(column.prefix(n)) + Array(repeating: nil, count: max(0, n - column.count)))
        }
        let stored: [[String]] = columns.map { col in
            guard let col else { return Array(repeating: "", count: n) }
            return col.count == n ? col : Array(col.prefix(n)) + Array(repeating: "", count: max(0, n - col.count))
        }
        return IndexSegment(fieldWeights: weights, tfScale: scale, dictionary: layout.dictionary,
                            documentFrequency: layout.documentFrequency,
                            termBlockStart: blocks.termBlockStart, blockLastDoc: blocks.lastDoc,
                            blockOffset: blocks.offset, blockMaxTF: blocks.maxTF,
                            blockMinLength: blocks.minLength, postings: postings,
                            documentLength: documentLength, ids: batch.ids, metadata: metadata, storedFields: stored,
                            forward: forward, forwardOffset: forwardOffset)
    }

    /// Term vectors with global term ids: each chunk's pairs re-encoded, then concatenated in order.
    static func globalTermVectors(_ chunks: [ChunkAnalysis], layout: PostingsLayout, threads: Int) -> ([UInt8], [UInt64]) {
        let remapped = Parallel.map(chunks.count, threads: threads) { c -> ([UInt8], [UInt64]) in
            let chunk = chunks[c]
            let map = layout.localToGlobal[c]
            var out: [UInt8] = []
            var offsets: [UInt64] = []
            offsets.reserveCapacity(chunk.documentLength.count)
            let starts = chunk.pairs.offsets
            chunk.pairs.withBytes { b in
                out.reserveCapacity(b.count + b.count / 4)
                for d in 0..<chunk.documentLength.count {
                    offsets.append(UInt64(out.count))
                    var off = Int(starts[d])
                    let end = Int(starts[d + 1])
                    while off < end {
                        let l = Int(VarInt.read(b, &off))
                        VarInt.append(l < map.count ? map[l] : 0, to: &out)
                        VarInt.append(VarInt.read(b, &off), to: &out)
                    }
                }
            }
            chunk.pairs.release()
            return (out, offsets)
        }
        var forward: [UInt8] = []
        var forwardOffset: [UInt64] = []
        forward.reserveCapacity(remapped.reduce(0) { $0 + $1.0.count })
        forwardOffset.reserveCapacity(remapped.reduce(1) { $0 + $1.1.count })
        for (bytes, offsets) in remapped {
            let base = UInt64(forward.count)
            for o in offsets { forwardOffset.append(base + o) }
            forward.append(contentsOf: bytes)
        }
        forwardOffset.append(UInt64(forward.count))
        return (forward, forwardOffset)
    }
}
