import TriageText

/// Picks units for layout sections: each unit once, ranked by cue strength × score, ties to the earlier unit.
package struct SectionPicker {
    /// The scored thread picked from (a reference: copying a picker copies no arrays but `used`).
    package let thread: ScoredThread
    package var used: [Bool]

    package init(_ thread: ScoredThread) {
        self.thread = thread
        used = [Bool].filled(false, count: thread.scored.candidates.count)
    }

    package var units: [SummaryUnit] { thread.units }
    package var scored: ScoredUnits { thread.scored }

    package func unit(_ i: Int) -> SummaryUnit { thread.units[thread.scored.candidates[i]] }

    /// Whether the unit's body contains the character `?` (a `?` byte between ASCII bytes is one; next to
    /// a non-ASCII byte, a combining mark may join it, so `String` decides).
    package static func hasQuestionMark(_ u: SummaryUnit) -> Bool {
        var text = u.text
        let answer: Bool? = text.withUTF8 { all in
            let b = UnsafeBufferPointer(rebasing: all[min(u.labelLength, all.count)...])
            var found = false
            for i in b.indices where b[i] == UInt8(ascii: "?") {
                if (i + 1 == b.count || b[i + 1] < 0x80) && (i == 0 || b[i - 1] < 0x80) { return true }
                found = true
            }
            return found ? nil : false
        }
        return answer ?? u.body.contains("?")
    }

    /// Takes up to `count` unused eligible candidates for which `weight` is non-nil, best first;
    /// returns them ascending.
    ///
    /// "Best" is the larger value (`weight × (0.05 + score)`, or the position when `preferLater`), ties to
    /// the earlier candidate: a strict order, so taking the best `count` times equals sorting and taking a
    /// prefix. Values are gathered once into a scratch buffer (no allocation for up to 256 candidates).
    ///
    /// - Complexity: O(*n*·*k*) for *n* candidates and *k* = `count` (layouts take at most a few).
    package mutating func take(_ count: Int, preferLater: Bool = false, weight: (Int) -> Double?) -> [Int] {
        guard count > 0 else { return [] }
        let n = thread.scored.candidates.count
        let eligible = thread.scored.eligible
        let scores = thread.scored.scores
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { values in
            // -inf marks a candidate not offered (values offered are finite: finite weights times scores).
            var offered = 0
            var finite = true
            for i in 0..<n {
                values[i] = -.infinity
                guard !used[i] && eligible[i], let w = weight(i) else { continue }
                let v = preferLater ? Double(i) : w * (0.05 + scores[i])
                if !v.isFinite { finite = false }
                values[i] = v
                offered += 1
            }
            guard finite else { return takeSorted(count, preferLater, weight) }
            var chosen: [Int] = []
            chosen.reserveCapacity(min(count, offered))
            while chosen.count < min(count, offered) {
                var best = -1
                for i in 0..<n where values[i] != -.infinity && (best < 0 || values[i] > values[best]) { best = i }
                chosen.append(best)
                values[best] = -.infinity
            }
            chosen.sort()
            for i in chosen { used[i] = true }
            return chosen
        }
    }

    /// `take` by sorting (for values that are not all finite, where only the sort defines the order).
    private mutating func takeSorted(_ count: Int, _ preferLater: Bool, _ weight: (Int) -> Double?) -> [Int] {
        var ranked: [(i: Int, value: Double)] = []
        let scored = thread.scored
        for i in scored.candidates.indices where !used[i] && scored.eligible[i] {
            if let w = weight(i) { ranked.append((i, preferLater ? Double(i) : w * (0.05 + scored.scores[i]))) }
        }
        ranked.sort { $0.value != $1.value ? $0.value > $1.value : $0.i < $1.i }
        let chosen = ranked.prefix(count).map(\.i).sorted()
        for i in chosen { used[i] = true }
        return chosen
    }

    package func lines(_ picks: [Int]) -> [SummaryLine] {
        var ordered = picks
        if !zip(picks, picks.dropFirst()).allSatisfy({ $0 <= $1 }) { ordered.sort() }
        let scored = thread.scored
        return ordered.map { SummaryLine(unit: unit($0), score: scored.scores[$0], components: scored.components[$0]) }
    }
}
