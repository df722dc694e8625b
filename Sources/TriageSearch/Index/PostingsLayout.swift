/// The merged vocabulary of a segment's chunks and the place of every (chunk, term) in the final
/// postings (``PostingsWriter`` format: per term, gap and weighted-tf varints in document order).
///
/// A term's postings are its chunks' postings back to back; only the first gap of each chunk changes
/// (it becomes relative to the term's last document in earlier chunks), so every size is known before
/// any byte is written.
struct PostingsLayout: Sendable {
    let dictionary: TermDictionary
    /// Per chunk: local term id → global term id.
    let localToGlobal: [[UInt32]]
    /// Documents containing each global term.
    let documentFrequency: [UInt32]
    /// Start of each global term's postings (terms + 1 entries).
    let termStart: [UInt64]
    /// Per chunk and local term: where its postings start, and its first gap in the final encoding.
    let chunkStart: [[UInt64]]
    let firstGap: [[UInt32]]
    /// Size of the postings in bytes.
    var totalBytes: Int { Int(termStart.last ?? 0) }

    init(chunks: [ChunkAnalysis], bases: [Int]) {
        var vocabulary = Set<String>()
        for c in chunks { vocabulary.formUnion(c.terms) }
        let sorted = vocabulary.sorted { $0.utf8Precedes($1) }
        vocabulary = []
        var globalID: [String: UInt32] = [:]
        globalID.reserveCapacity(sorted.count)
        for (i, t) in sorted.enumerated() { globalID[t] = UInt32(i) }
        let v = sorted.count
        var toGlobal: [[UInt32]] = []
        var toLocal: [[Int32]] = []
        for c in chunks {
            var back = [UInt32](repeating: 0, count: c.terms.count)
            var map = [Int32](repeating: -1, count: v)
            for (l, t) in c.terms.enumerated() {
                if let g = globalID[t] {
                    back[l] = g
                    map[Int(g)] = Int32(l)
                }
            }
            toGlobal.append(back)
            toLocal.append(map)
        }
        globalID = [:]
        var df = [UInt32](repeating: 0, count: v)
        var termStart = [UInt64](repeating: 0, count: v + 1)
        var chunkStart = chunks.map { [UInt64](repeating: 0, count: $0.terms.count) }
        var firstGap = chunks.map { [UInt32](repeating: 0, count: $0.terms.count) }
        var offset: UInt64 = 0
        for g in 0..<v {
            termStart[g] = offset
            var previous = -1
            for (c, chunk) in chunks.enumerated() {
                let l = Int(toLocal[c][g])
                guard l >= 0 else { continue }
                let st = chunk.stats[l]
                guard st.count > 0 else { continue }
                let first = bases[c] + Int(st.firstDoc)
                let gap = UInt32(first - previous - 1)
                chunkStart[c][l] = offset
                firstGap[c][l] = gap
                offset += st.bytes - UInt64(VarInt.size(st.firstDoc)) + UInt64(VarInt.size(gap))
                previous = bases[c] + Int(st.lastDoc)
                df[g] += st.count
            }
        }
        termStart[v] = offset
        self.dictionary = TermDictionary(sortedTerms: sorted)
        self.localToGlobal = toGlobal
        self.documentFrequency = df
        self.termStart = termStart
        self.chunkStart = chunkStart
        self.firstGap = firstGap
    }

    /// Writes chunk `c`'s postings into `out` (its own, disjoint ranges).
    func write(chunk: ChunkAnalysis, index c: Int, into out: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = out.baseAddress else { return }
        var cursor = chunkStart[c]
        var last = [Int32](repeating: -1, count: chunk.terms.count)
        let gaps = firstGap[c]
        let offsets = chunk.pairs.offsets
        chunk.pairs.withBytes { b in
            for d in 0..<chunk.documentLength.count {
                var off = Int(offsets[d])
                let end = Int(offsets[d + 1])
                while off < end {
                    let l = Int(VarInt.read(b, &off))
                    let q = VarInt.read(b, &off)
                    guard l < last.count else { continue }
                    let gap = last[l] < 0 ? gaps[l] : UInt32(d - Int(last[l]) - 1)
                    last[l] = Int32(d)
                    var at = Int(cursor[l])
                    guard at + VarInt.size(gap) + VarInt.size(q) <= out.count else { continue }  // never past the end
                    VarInt.write(gap, to: base, at: &at)
                    VarInt.write(q, to: base, at: &at)
                    cursor[l] = UInt64(at)
                }
            }
        }
    }

    /// Block bounds of finished postings, computed over term ranges in parallel.
    func blocks(postings: [UInt8], documentLength: [Float], scale: Float, threads: Int) -> PostingsBlocks {
        let v = documentFrequency.count
        let parts = max(1, min(threads * 4, v / 256))
        var bounds: [Int] = [0]
        let total = max(1, totalBytes)
        for g in 0..<v where bounds.count < parts && Int(termStart[g + 1]) * parts >= total * bounds.count {
            bounds.append(g + 1)
        }
        if bounds.last != v { bounds.append(v) }
        let results = Parallel.map(bounds.count - 1, threads: threads) { part -> PostingsBlocks in
            var out = PostingsBlocks()
            postings.withUnsafeBufferPointer { p in
                documentLength.withUnsafeBufferPointer { lengths in
                    for g in bounds[part]..<bounds[part + 1] {
                        out.addTerm(p, from: Int(termStart[g]), to: Int(termStart[g + 1]), lengths: lengths, scale: scale)
                    }
                }
            }
            return out
        }
        var all = PostingsBlocks()
        all.termBlockStart = [0]
        all.termBlockStart.reserveCapacity(v + 1)
        let count = results.reduce(0) { $0 + $1.lastDoc.count }
        all.lastDoc.reserveCapacity(count)
        all.offset.reserveCapacity(count + 1)
        all.maxTF.reserveCapacity(count)
        all.minLength.reserveCapacity(count)
        for r in results {
            all.lastDoc.append(contentsOf: r.lastDoc)
            all.offset.append(contentsOf: r.offset)
            all.maxTF.append(contentsOf: r.maxTF)
            all.minLength.append(contentsOf: r.minLength)
            for c in r.termBlockCounts { all.termBlockStart.append((all.termBlockStart.last ?? 0) + c) }
        }
        all.offset.append(UInt64(totalBytes))
        return all
    }
}

/// Per-block bounds of postings: every ``PostingsWriter/blockSize`` postings of a term (and its rest).
struct PostingsBlocks: Sendable {
    var lastDoc: [UInt32] = []
    var offset: [UInt64] = []
    var maxTF: [Float] = []
    var minLength: [Float] = []
    var termBlockCounts: [UInt32] = []
    var termBlockStart: [UInt32] = []

    /// Adds the blocks of the term whose postings are `p[start..<end]`.
    mutating func addTerm(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                          lengths: UnsafeBufferPointer<Float>, scale: Float) {
        let bounded = UnsafeBufferPointer(rebasing: p[0..<min(end, p.count)])
        var off = start
        var doc = -1
        var blocks: UInt32 = 0
        while off < end {
            offset.append(UInt64(off))
            var maxQ: UInt32 = 0
            var minLength = Float.greatestFiniteMagnitude
            var k = 0
            while k < PostingsWriter.blockSize && off < end {
                doc += 1 + Int(VarInt.read(bounded, &off))
                let q = VarInt.read(bounded, &off)
                maxQ = max(maxQ, q)
                minLength = min(minLength, doc >= 0 && doc < lengths.count ? lengths[doc] : 0)
                k += 1
            }
            lastDoc.append(UInt32(truncatingIfNeeded: doc))
            maxTF.append(Float(maxQ) / scale)
            self.minLength.append(minLength)
            blocks += 1
        }
        termBlockCounts.append(blocks)
    }
}
