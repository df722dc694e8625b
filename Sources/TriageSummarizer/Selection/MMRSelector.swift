/// Maximal marginal relevance (Carbonell & Goldstein, 1998): picks units one at a time, maximising
/// λ·ŝ(u) − (1 − λ)·max_{v ∈ S} cos(u, v) + coverage(u), where ŝ is the score divided by the maximum
/// and coverage(u) is ``SummarizerOptions/speakerCoverage`` when u's speaker (label, else role) is not
/// yet in S. Candidates more similar than ``SummarizerOptions/maxRedundancy`` to a chosen unit are
/// near-duplicates and only considered when nothing else is left. Ties go to the earlier unit. The result
/// is returned in document order.
///
/// - Complexity: O(*k*·*n*·ℓ) for *k* picks among *n* candidates of ℓ terms.
package enum MMRSelector {
    /// Candidate positions (into `scored.candidates`) chosen, ascending.
    package static func select(_ scored: ScoredUnits, units: [SummaryUnit], count: Int, options: SummarizerOptions,
                               allowed: ((Int) -> Bool)? = nil) -> [Int] {
        let n = scored.candidates.count
        let maxScore = scored.scores.max() ?? 0
        let norm = maxScore > 0 ? maxScore : 1
        let lambda = min(max(options.mmrLambda, 0), 1)
        var chosen: [Int] = []
        // Speakers (label, else role) as small integers, so the loop below compares integers.
        var keyIDs: [String: Int] = [:]
        let speakerOf: [Int] = scored.candidates.map { c in
            let key = units[c].speaker ?? units[c].role.rawValue
            if let id = keyIDs[key] { return id }
            let id = keyIDs.count
            keyIDs[key] = id
            return id
        }
        var heard = [Bool].filled(false, count: keyIDs.count)
        var maxSim = [Double].filled(0, count: n)
        var taken = [Bool].filled(false, count: n)
        while chosen.count < count {
            var best = -1
            var bestValue = -Double.infinity
            var bestIsDuplicate = true
            for i in 0..<n where !taken[i] && scored.eligible[i] && (allowed?(i) ?? true) {
                let duplicate = maxSim[i] > options.maxRedundancy
                if duplicate && !bestIsDuplicate { continue }
                let bonus = !chosen.isEmpty && !heard[speakerOf[i]] ? options.speakerCoverage : 0
                let value = lambda * scored.scores[i] / norm - (1 - lambda) * maxSim[i] + bonus
                if value > bestValue || (bestIsDuplicate && !duplicate) {
                    bestValue = value
                    best = i
                    bestIsDuplicate = duplicate
                }
            }
            guard best >= 0 else { break }
            taken[best] = true
            chosen.append(best)
            heard[speakerOf[best]] = true
            for i in 0..<n where !taken[i] {
                maxSim[i] = max(maxSim[i], scored.vectors[i].dot(scored.vectors[best]))
            }
        }
        return chosen.sorted()
    }
}
