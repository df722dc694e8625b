import Foundation

extension SearchIndex {
    /// RM3 term weights from the decoded term vectors of the only segment (see ``FeedbackVectors``), or
    /// `nil` when that segment is too large to keep them decoded. Same sums, in the same order, as
    /// ``feedbackTermsSingleSegment(_:top:z:count:)``.
    package func feedbackTermsDecoded(_ first: [ScoredDoc], top: Double, z: Double,
                              count: Int) -> [(term: String, id: Int32?, weight: Double)]? {
        guard segments.count == 1 else { return nil }
        let seg = segments[0]
        let v = seg.dictionary.count
        guard v <= Self.denseFeedbackVocabulary, let vectors = seg.feedbackVectors.vectors(of: seg),
              vectors.lengths.count == seg.documentCount else { return nil }
        let scratch = seg.feedbackVectors.takeScratch(capacity: v)
        defer { seg.feedbackVectors.giveBack(scratch) }
        // The scratch weights are all zero between uses: every weight added below is read back and reset.
        let weights = scratch.weights
        var best: [(id: Int, weight: Double)] = []
        best.reserveCapacity(count + 1)
        var zeroShare = false
        var entries = 0
        for d in first where d.doc >= 0 && d.doc < seg.documentCount {
            entries += max(vectors.start[d.doc + 1] - vectors.start[d.doc], 0)
        }
        // Scratch of this call: the small-tf shares of a document, and the terms in order of first share.
        let shares = UnsafeMutablePointer<Double>.allocate(capacity: Int(Self.sharedTFs))
        let touched = UnsafeMutablePointer<Int32>.allocate(capacity: entries + 1)
        defer {
            shares.deallocate()
            touched.deallocate()
        }
        var touchedCount = 0
        vectors.terms.withUnsafeBufferPointer { terms in
            vectors.tfs.withUnsafeBufferPointer { tfs in
                vectors.start.withUnsafeBufferPointer { start in
                    // Weights: each document adds w · tf / |D| to its terms, documents in rank order. A term
                    // is listed when its weight leaves zero (again only after zero shares, read back as 0).
                    for d in first {
                        guard d.doc >= 0, d.doc < seg.documentCount else { continue }
                        let length = vectors.lengths[d.doc]
                        guard length > 0 else { continue }
                        let w = exp(d.score - top) / z
                        // The share of each small tf once per document (the same expression, so the same bits).
                        for f in 0..<Int(Self.sharedTFs) { shares[f] = w * Double(f) / length }
                        for j in start[d.doc]..<start[d.doc + 1] {
                            let t = Int(terms[j])
                            guard t < v else { continue }
                            let tf = tfs[j]
                            let share = tf < Self.sharedTFs ? shares[Int(tf)] : w * Double(tf) / length
                            zeroShare = zeroShare || !(share > 0)
                            let old = weights[t]
                            weights[t] = old + share
                            touched[touchedCount] = Int32(truncatingIfNeeded: t)
                            touchedCount &+= old == 0 ? 1 : 0
                        }
                    }
                }
            }
        }
        // Each listed term is read once (its weight is reset as it is read) and kept if among the `count`
        // heaviest. `bar`: the weight to reach (to pass while `best` has room, so read-back zeros are skipped).
        var bar = 0.0
        var full = false
        for i in 0..<touchedCount {
            let t = Int(touched[i])
            let w = weights[t]
            weights[t] = 0
            if w > bar || (full && w == bar) {
                Self.keepHeaviest((id: t, weight: w), in: &best, count: count)
                if best.count >= count {
                    full = true
                    bar = best[best.count - 1].weight
                }
            }
        }
        // A term whose shares all rounded to zero still competes (at weight 0) in the reference: rare
        // enough to defer to it.
        if zeroShare && best.count < count { return nil }
        return best.map { (term: seg.dictionary.term(at: $0.id), id: Int32($0.id), weight: $0.weight) }
    }

    /// Term frequencies below this get their per-document feedback share from a table.
    static var sharedTFs: UInt32 { 16 }

    /// Inserts `entry` into `best` (heaviest first, ties by smaller id) when it is among the `count` best.
    @inline(__always)
    static func keepHeaviest(_ entry: (id: Int, weight: Double), in best: inout [(id: Int, weight: Double)], count: Int) {
        func better(_ a: (id: Int, weight: Double), _ b: (id: Int, weight: Double)) -> Bool {
            a.weight > b.weight || (a.weight == b.weight && a.id < b.id)
        }
        if best.count < count {
            best.append(entry)
        } else if let last = best.last, better(entry, last) {
            best[best.count - 1] = entry
        } else {
            return
        }
        var i = best.count - 1
        while i > 0 && better(best[i], best[i - 1]) { best.swapAt(i, i - 1); i -= 1 }
    }
}
