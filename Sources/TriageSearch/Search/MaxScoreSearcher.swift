/// Document-at-a-time top-k retrieval with block-max MaxScore pruning (Turtle and Flood 1995; block
/// bounds as in Ding and Suel 2011).
///
/// Terms are sorted by their largest possible contribution. The longest prefix whose bounds sum to no
/// more than the current k-th score is *non-essential*: a document matching only those terms cannot
/// enter the top k, so candidates come from the other (essential) lists only, and the non-essential
/// lists are probed in decreasing bound order while the block bounds still allow the candidate to
/// beat the k-th score. Every fully scored document sums its term contributions in query order, the
/// same sum as ``ExhaustiveSearcher``, so results are identical to exhaustive scoring.
enum MaxScoreSearcher {
    /// Adds the matches of `terms` in `segment` to `top`, numbering documents from `docBase`.
    /// `accept` (local numbers) excludes filtered-out and deleted documents before they are scored.
    static func search(_ segment: IndexSegment, segmentIndex s: Int = -1, docBase: Int, terms: [QueryTerm], accept: Bitset?, into top: inout TopK) {
        segment.withPointers { p in
            var cursors: [PostingCursor] = []
            for (ordinal, qt) in terms.enumerated() {
                guard let t = qt.id(in: segment, at: s) else { continue }
                let blocks = Int(segment.termBlockStart[t])..<Int(segment.termBlockStart[t + 1])
                if blocks.isEmpty { continue }
                cursors.append(PostingCursor(ordinal: ordinal, scorer: qt.scorer, blocks: blocks, pointers: p))
            }
            if cursors.isEmpty { return }
            cursors.sort { $0.maxScore < $1.maxScore || ($0.maxScore == $1.maxScore && $0.ordinal < $1.ordinal) }
            let m = cursors.count
            var prefix = [Double](repeating: 0, count: m)
            var running = 0.0
            for i in 0..<m { running += cursors[i].maxScore; prefix[i] = running }
            var contributions = [Double](repeating: 0, count: terms.count)
            cursors.withUnsafeMutableBufferPointer { cursors in
            contributions.withUnsafeMutableBufferPointer { contributions in
            var threshold = top.threshold
            var firstEssential = partition(prefix, threshold)
            while firstEssential < m {
                var candidate = PostingCursor.exhausted
                for i in firstEssential..<m where cursors[i].doc < candidate { candidate = cursors[i].doc }
                if candidate == PostingCursor.exhausted { break }
                if let accept, !accept.contains(candidate) {
                    for i in firstEssential..<m where cursors[i].doc == candidate { cursors[i].next(p) }
                    continue
                }
                var partial = 0.0
                for i in firstEssential..<m where cursors[i].doc == candidate {
                    let s = cursors[i].score(p)
                    contributions[cursors[i].ordinal] = s
                    partial += s
                    cursors[i].next(p)
                }
                var pruned = false
                if firstEssential > 0 {
                    var remaining = prefix[firstEssential - 1]
                    var i = firstEssential - 1
                    while i >= 0 {
                        remaining -= cursors[i].maxScore
                        let bound = min(cursors[i].maxScore, cursors[i].blockBound(for: candidate, p))
                        if partial + bound + max(remaining, 0) <= threshold - base(threshold) {
                            pruned = true
                            break
                        }
                        cursors[i].advance(to: candidate, p)
                        if cursors[i].doc == candidate {
                            let s = cursors[i].score(p)
                            contributions[cursors[i].ordinal] = s
                            partial += s
                        }
                        i -= 1
                    }
                }
                if !pruned {
                    var score = 0.0
                    for s in contributions { score += s }
                    if top.insert(ScoredDoc(score: score, doc: docBase + candidate)) {
                        let t = top.threshold
                        if t != threshold {
                            threshold = t
                            firstEssential = partition(prefix, threshold)
                        }
                    }
                }
                for i in 0..<contributions.count { contributions[i] = 0 }
            }
            }
            }
        }
    }

    /// The number of leading (smallest-bound) terms that are non-essential at `threshold`.
    @inline(__always)
    static func partition(_ prefix: [Double], _ threshold: Double) -> Int {
        var i = 0
        let limit = threshold - base(threshold)
        while i < prefix.count && prefix[i] <= limit { i += 1 }
        return i
    }

    /// Slack below the threshold within which bounds are not trusted to prune (rounding of sums taken in
    /// a different order).
    @inline(__always)
    static func base(_ threshold: Double) -> Double {
        threshold.isFinite ? abs(threshold) * 1e-9 + 1e-12 : 0
    }
}
