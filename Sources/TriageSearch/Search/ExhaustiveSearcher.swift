/// Term-at-a-time scoring of every matching document into dense accumulators: the reference the pruned
/// search must equal, the fastest path on small segments, and the fallback when a query term has a
/// negative weight (``BM25Variant/robertson``), where score bounds do not hold.
///
/// Terms are added in query order, so each document's score is the same floating-point sum as in
/// ``MaxScoreSearcher``. Matched documents are offered to the top-k in any order: its order is total
/// (score, then document number), so the result does not depend on the order of offers.
enum ExhaustiveSearcher {
    /// Scratch of one search: accumulators, a seen mark and the list of matched documents.
    private struct Scratch {
        let acc: UnsafeMutablePointer<Double>
        let seen: UnsafeMutablePointer<UInt8>
        /// One slot more than documents: a matched document is written before the count moves.
        let touched: UnsafeMutablePointer<Int32>
        var matched = 0

        init(_ n: Int) {
            acc = .allocate(capacity: n)
            acc.initialize(repeating: 0, count: n)
            seen = .allocate(capacity: n)
            seen.initialize(repeating: 0, count: n)
            touched = .allocate(capacity: n + 1)
        }

        func release() {
            acc.deallocate()
            seen.deallocate()
            touched.deallocate()
        }

        /// Adds `value` to document `doc` (branch-free bookkeeping of first matches).
        @inline(__always)
        mutating func add(_ doc: Int, _ value: Double) {
            acc[doc] += value
            touched[matched] = Int32(truncatingIfNeeded: doc)
            matched &+= Int(1 &- seen[doc])
            seen[doc] = 1
        }
    }

    static func search(_ segment: IndexSegment, segmentIndex s: Int = -1, docBase: Int, terms: [QueryTerm], accept: Bitset?,
                       impacts: ImpactCache.Entry? = nil, into top: inout TopK) {
        let n = segment.documentCount
        if n == 0 { return }
        if let impacts {
            // With every contribution positive, a document matched exactly when its sum is non-zero: when the
            // postings cover a good part of the segment, skip the match bookkeeping and scan the sums.
            var postings = 0
            var positive = true
            // Terms are read in place (a copy of a term would retain its spelling).
            terms.withUnsafeBufferPointer { tp in
                for i in tp.indices {
                    guard let t = tp[i].id(in: segment, at: s), t + 1 < impacts.start.count else { continue }
                    postings += impacts.start[t + 1] - impacts.start[t]
                    if !(tp[i].weight * impacts.minImpact > 0) { positive = false }
                }
            }
            if positive && accept == nil && postings * 8 >= n {
                scanSearch(segment, segmentIndex: s, docBase: docBase, terms: terms, impacts: impacts, into: &top)
                return
            }
        }
        if let impacts, let accept, accept.cardinality <= directLimit {
            directSearch(segment, segmentIndex: s, docBase: docBase, terms: terms, accept: accept, impacts: impacts, into: &top)
            return
        }
        var scratch = Scratch(n)
        defer { scratch.release() }
        if let impacts {
            terms.withUnsafeBufferPointer { tp in
                impacts.docs.withUnsafeBufferPointer { docs in
                    impacts.impacts.withUnsafeBufferPointer { values in
                        for i in tp.indices {
                            guard let t = tp[i].id(in: segment, at: s), t + 1 < impacts.start.count else { continue }
                            let w = tp[i].weight
                            let range = impacts.start[t]..<impacts.start[t + 1]
                            if let accept {
                                for j in range {
                                    let doc = Int(docs[j])
                                    if doc < n && accept.contains(doc) { scratch.add(doc, w * values[j]) }
                                }
                            } else {
                                for j in range {
                                    let doc = Int(docs[j])
                                    if doc < n { scratch.add(doc, w * values[j]) }
                                }
                            }
                        }
                    }
                }
            }
        } else {
            segment.withPointers { p in
                terms.withUnsafeBufferPointer { tp in
                    let unit = p.tfUnit
                    for i in tp.indices {
                        guard let t = tp[i].id(in: segment, at: s) else { continue }
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
                                scratch.add(doc, tp[i].scorer.score(Double(tf), length: Double(p.documentLength[doc])))
                            }
                        }
                    }
                }
            }
        }
        for i in 0..<scratch.matched {
            let doc = Int(scratch.touched[i])
            top.insert(ScoredDoc(score: scratch.acc[doc], doc: docBase + doc))
        }
    }

    /// Filters that accept at most this many documents (a search restricted to one article) are scored
    /// document by document (``directSearch(_:segmentIndex:docBase:terms:accept:impacts:into:)``).
    static let directLimit = 8

    /// Scores the few documents a filter accepts one by one: each term's impacts are binary searched for the
    /// document instead of every posting being read. A document's sum takes the terms in query order from
    /// 0, as the accumulators do, so scores are the same; a document is offered when some term matched it.
    private static func directSearch(_ segment: IndexSegment, segmentIndex s: Int, docBase: Int, terms: [QueryTerm],
                                     accept: Bitset, impacts: ImpactCache.Entry, into top: inout TopK) {
        let n = segment.documentCount
        let start = impacts.start
        terms.withUnsafeBufferPointer { tp in
            impacts.docs.withUnsafeBufferPointer { docs in
                impacts.impacts.withUnsafeBufferPointer { values in
                    for (w, word) in accept.words.enumerated() {
                        var bits = word
                        while bits != 0 {
                            let doc = w << 6 | bits.trailingZeroBitCount
                            bits &= bits &- 1
                            guard doc < n else { continue }
                            let target = Int32(truncatingIfNeeded: doc)
                            var sum = 0.0
                            var matched = false
                            for i in tp.indices {
                                guard let t = tp[i].id(in: segment, at: s), t + 1 < start.count else { continue }
                                let end = min(start[t + 1], docs.count, values.count)
                                var lo = start[t], hi = end
                                while lo < hi {
                                    let mid = (lo + hi) >> 1
                                    if docs[mid] < target { lo = mid + 1 } else { hi = mid }
                                }
                                guard lo < end, docs[lo] == target else { continue }
                                sum += tp[i].weight * values[lo]
                                matched = true
                            }
                            if matched { top.insert(ScoredDoc(score: sum, doc: docBase + doc)) }
                        }
                    }
                }
            }
        }
    }

    /// Scores with positive contributions only and no filter: sums every posting, then offers the
    /// documents whose sum is non-zero (exactly the matched ones), in document order.
    private static func scanSearch(_ segment: IndexSegment, segmentIndex s: Int, docBase: Int, terms: [QueryTerm],
                                   impacts: ImpactCache.Entry, into top: inout TopK) {
        let n = segment.documentCount
        // Padded to whole blocks of 8 (the padding stays zero and is never offered).
        let padded = (n + 7) & ~7
        let blocks = padded >> 3
        // The sums, then the maximum of each block of 8.
        let acc = impacts.takeAccumulator(capacity: padded + blocks)
        acc.initialize(repeating: 0, count: padded)
        let maxima = acc + padded
        defer { impacts.giveBack(acc, capacity: padded + blocks) }
        terms.withUnsafeBufferPointer { tp in
            impacts.docs.withUnsafeBufferPointer { docs in
                impacts.impacts.withUnsafeBufferPointer { values in
                    for i in tp.indices {
                        guard let t = tp[i].id(in: segment, at: s), t + 1 < impacts.start.count else { continue }
                        let end = min(impacts.start[t + 1], docs.count, values.count)
                        let begin = impacts.start[t]
                        guard begin < end, let d = docs.baseAddress, let v = values.baseAddress else { continue }
                        scatter(into: acc, count: n, docs: d + begin, values: v + begin, postings: end - begin,
                                weight: tp[i].weight)
                    }
                }
            }
        }
        var highest = 0.0
        for blk in 0..<blocks {
            let a = acc + (blk &<< 3)
            // Maxima by comparison (sums are never NaN): plain max instructions, no branches.
            let m01 = a[0] > a[1] ? a[0] : a[1], m23 = a[2] > a[3] ? a[2] : a[3]
            let m45 = a[4] > a[5] ? a[4] : a[5], m67 = a[6] > a[7] ? a[6] : a[7]
            let m03 = m01 > m23 ? m01 : m23, m47 = m45 > m67 ? m45 : m67
            let m = m03 > m47 ? m03 : m47
            maxima[blk] = m
            highest = m > highest ? m : highest
        }
        // `floor`: a score at least k documents reach (the least block maximum among at least k of the
        // highest), so a document scoring less is not among the best k and is never offered.
        let floor = floorOfTop(maxima, count: blocks, k: top.k, highest: highest)
        // Every sum is positive or zero (unmatched), so a kept document has a positive score and `bar`, the
        // score to beat, is positive once the top is full. Documents arrive in increasing number, so a
        // document that only ties the k-th score loses.
        var bar = max(top.threshold, 0)
        for blk in 0..<blocks where maxima[blk] >= floor && maxima[blk] > bar {
            let doc = blk &<< 3
            for j in doc..<min(doc + 8, n) where acc[j] >= floor && acc[j] > bar {
                top.insert(ScoredDoc(score: acc[j], doc: docBase + j))
                bar = max(top.threshold, 0)
            }
        }
    }

    /// Adds `weight · values[j]` to `acc[docs[j]]` for each of `postings` postings (documents at or beyond
    /// `count` are skipped), the sums' hot loop kept free of array and closure bookkeeping.
    @inline(never)
    private static func scatter(into acc: UnsafeMutablePointer<Double>, count n: Int, docs: UnsafePointer<Int32>,
                                values: UnsafePointer<Double>, postings: Int, weight w: Double) {
        var j = 0
        while j &+ 4 <= postings {
            let d0 = Int(docs[j]), d1 = Int(docs[j &+ 1]), d2 = Int(docs[j &+ 2]), d3 = Int(docs[j &+ 3])
            if d0 < n { acc[d0] += w * values[j] }
            if d1 < n { acc[d1] += w * values[j &+ 1] }
            if d2 < n { acc[d2] += w * values[j &+ 2] }
            if d3 < n { acc[d3] += w * values[j &+ 3] }
            j &+= 4
        }
        while j < postings {
            let d = Int(docs[j])
            if d < n { acc[d] += w * values[j] }
            j &+= 1
        }
    }

    /// A value that at least `k` of `count` values (all in `0...highest`) reach, close above the k-th
    /// largest: the least value in the highest buckets of a 64-bucket histogram that hold at least `k`
    /// values (0 when there are fewer than `k` values or no positive one). Branch-free passes.
    private static func floorOfTop(_ values: UnsafeMutablePointer<Double>, count: Int, k: Int, highest: Double) -> Double {
        guard k > 0, count >= k, highest > 0, highest.isFinite else { return 0 }
        let scale = 63 / highest
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 64) { histogram in
            histogram.initialize(repeating: 0)
            for i in 0..<count {
                histogram[bucket(values[i], scale)] &+= 1
            }
            var cut = 63
            var reached = histogram[63]
            while reached < k && cut > 0 {
                cut -= 1
                reached &+= histogram[cut]
            }
            var least = highest
            for i in 0..<count {
                let v = values[i]
                least = bucket(v, scale) >= cut && v < least ? v : least
            }
            return max(least, 0)
        }
    }

    /// The histogram bucket of `v` in `0...highest` (`scale` = 63 / highest): v · scale rounded to the
    /// nearest integer by the 1.5 · 2^52 addition (exact and monotone for these magnitudes), capped at 63.
    @inline(__always)
    private static func bucket(_ v: Double, _ scale: Double) -> Int {
        let rounded = Int(truncatingIfNeeded: (v * scale + 6_755_399_441_055_744.0).bitPattern & 0xFFFF)
        return rounded < 63 ? rounded : 63
    }
}
