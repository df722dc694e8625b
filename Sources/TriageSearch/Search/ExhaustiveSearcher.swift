/// Term-at-a-time scoring of every matching document into dense accumulators: the reference the pruned
/// search must equal, the fastest path on small segments, and the fallback when a query term has a
/// negative weight (``BM25Variant/robertson``), where score bounds do not hold.
///
/// Terms are added in query order, so each document's score is the same floating-point sum as in
/// ``MaxScoreSearcher``.
enum ExhaustiveSearcher {
    static func search(_ segment: IndexSegment, docBase: Int, terms: [QueryTerm], accept: Bitset?,
                       impacts: ImpactCache.Entry? = nil, into top: inout TopK) {
        let n = segment.documentCount
        if n == 0 { return }
        var acc = [Double](repeating: 0, count: n)
        var matched = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        if let impacts {
            acc.withUnsafeMutableBufferPointer { acc in
                matched.withUnsafeMutableBufferPointer { matched in
                    impacts.docs.withUnsafeBufferPointer { docs in
                        impacts.impacts.withUnsafeBufferPointer { values in
                            for qt in terms {
                                guard let t = segment.dictionary.id(of: qt.term), t + 1 < impacts.start.count else { continue }
                                let w = qt.weight
                                for j in impacts.start[t]..<impacts.start[t + 1] {
                                    let doc = Int(docs[j])
                                    if let accept, !accept.contains(doc) { continue }
                                    acc[doc] += w * values[j]
                                    if !matched[doc] {
                                        matched[doc] = true
                                        touched.append(doc)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } else {
        segment.withPointers { p in
            let unit = p.tfUnit
            for qt in terms {
                guard let t = segment.dictionary.id(of: qt.term) else { continue }
                let first = Int(segment.termBlockStart[t]), end = Int(segment.termBlockStart[t + 1])
                var prev = -1
                for blk in first..<end {
                    var off = Int(p.blockOffset[blk])
                    let stop = Int(p.blockOffset[blk + 1])
                    let bytes = UnsafeBufferPointer(rebasing: p.postings[0..<stop])
                    while off < stop {
                        let doc = prev + 1 + Int(VarInt.read(bytes, &off))
                        if doc >= n { break }  // corrupt data: never read past the document table
                        prev = doc
                        let tf = Float(VarInt.read(bytes, &off)) * unit
                        if let accept, !accept.contains(doc) { continue }
                        acc[doc] += qt.scorer.score(Double(tf), length: Double(p.documentLength[doc]))
                        if !matched[doc] {
                            matched[doc] = true
                            touched.append(doc)
                        }
                    }
                }
            }
        }
        }
        if touched.count * 16 < n {
            touched.sort()
            for doc in touched { top.insert(ScoredDoc(score: acc[doc], doc: docBase + doc)) }
        } else {
            for doc in 0..<n where matched[doc] { top.insert(ScoredDoc(score: acc[doc], doc: docBase + doc)) }
        }
    }
}
