import TriageText

/// A thread cut into units and scored, with the cue view of each candidate: what the layouts
/// (``SupportSummary``, ``BugReportDraft``) read. Built once per unit list, so layouts that cut the thread
/// the same way share it (see ``Summarizer/handoffContext(_:layout:)``).
package struct ScoredThread: Sendable {
    /// Every unit of the thread.
    package let units: [SummaryUnit]
    /// The candidates' scores.
    package let scored: ScoredUnits
    /// The cue view of each eligible candidate's body (empty for the others), shared by every cue list.
    package let cues: [CueText]

    /// Scores `units` with `options` and builds the cue views.
    package init(units: [SummaryUnit], options: SummarizerOptions, memo: TermMemo) {
        self.units = units
        let scored = UnitScorer.score(units, options: options, memo: memo)
        self.scored = scored
        let empty = CueText("")
        cues = scored.candidates.indices.map { i in
            guard scored.eligible[i] else { return empty }
            let c = scored.candidates[i]
            let skip = units[c].labelLength
            var text = units[c].text
            return text.withUTF8 { CueText(utf8: UnsafeBufferPointer(rebasing: $0[min(skip, $0.count)...])) }
        }
    }
}
