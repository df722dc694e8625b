import TriageText

/// A thread cut into units and scored, with the cue counts of each candidate: what the layouts
/// (``SupportSummary``, ``BugReportDraft``) read. Built once per unit list, so layouts that cut the thread
/// the same way share it (see ``Summarizer/handoffContext(_:layout:)``). A class, so that the layouts and
/// their pickers share it by one reference instead of copying (retaining) each of its arrays.
package final class ScoredThread: Sendable {
    /// Every unit of the thread.
    package let units: [SummaryUnit]
    /// The candidates' scores.
    package let scored: ScoredUnits
    /// The cue counts of each eligible candidate's body (zero for the others), every cue list at once.
    package let cues: [CueCounts]

    /// Scores `units` with `options` and counts the cues.
    package init(units: [SummaryUnit], options: SummarizerOptions, memo: TermMemo) {
        self.units = units
        let scored = UnitScorer.score(units, options: options, memo: memo)
        self.scored = scored
        var cues: [CueCounts] = []
        cues.reserveCapacity(scored.candidates.count)
        let set = CueSet.all
        units.withUnsafeBufferPointer { u in
            for i in scored.candidates.indices {
                guard scored.eligible[i] else {
                    cues.append(CueCounts())
                    continue
                }
                let c = scored.candidates[i]
                let skip = u[c].labelLength
                var text = u[c].text
                cues.append(text.withUTF8 { set.counts(utf8: UnsafeBufferPointer(rebasing: $0[min(skip, $0.count)...])) })
            }
        }
        self.cues = cues
    }
}
