/// What a handoff carries about its thread: the support layout and the bug-report draft, made together.
///
/// Equal, field for field, to ``Summarizer/supportSummary(_:layout:)`` and ``Summarizer/bugReport(_:)`` on
/// the same messages (see ``Summarizer/handoffContext(_:layout:)``).
public struct HandoffContext: Sendable, Hashable, Codable {
    /// The support layout: issue, tried, status, open questions.
    public var supportSummary: SupportSummary
    /// The bug-report draft (check ``BugReportDraft/isLikelyBug`` before showing it).
    public var bugReport: BugReportDraft

    private enum CodingKeys: String, CodingKey { case supportSummary = "support_summary", bugReport = "bug_report" }

    /// Creates a context.
    public init(supportSummary: SupportSummary, bugReport: BugReportDraft) {
        self.supportSummary = supportSummary
        self.bugReport = bugReport
    }
}

extension Summarizer {
    /// Builds the support layout and the bug-report draft of a thread in one pass: exactly
    /// `HandoffContext(supportSummary: supportSummary(messages, layout: layout), bugReport: bugReport(messages))`,
    /// for about half the work.
    ///
    /// The two layouts cut the thread differently only where the bug draft asks for sentences
    /// (``UnitGranularity/automatic`` keeps a short message whole; the draft splits it). Messages are cut
    /// into lines, labelled and grouped once for both; when the two unit lists come out equal (threads of
    /// long messages, one-sentence messages, or options that fix the granularity) they are scored once and
    /// share their cue counts and token kinds; otherwise each list is scored on its own, as the two calls do.
    ///
    /// - Parameters:
    ///   - messages: The thread, oldest first.
    ///   - layout: Section sizes of the support layout.
    /// - Returns: Both layouts, each citing its units as the separate calls do.
    /// - Complexity: as ``supportSummary(_:layout:)`` plus ``bugReport(_:)`` at most; one unit list's
    ///   segmentation and scoring when the lists coincide.
    public func handoffContext(_ messages: [SummaryMessage], layout: SupportLayoutOptions = .init()) -> HandoffContext {
        let support: ScoredThread
        let bug: ScoredThread
        if options.granularity == .automatic {
            let cut = UnitSegmenter(granularity: options.granularity, shortTurnWords: options.shortTurnWords)
                .unitsWithSentences(of: messages)
            support = ScoredThread(units: cut.units, options: options, memo: memo)
            bug = cut.same ? support : ScoredThread(units: cut.sentences, options: options, memo: memo)
        } else {
            // The bug draft keeps an explicit granularity: both layouts read the same units.
            support = ScoredThread(units: units(of: messages), options: options, memo: memo)
            bug = support
        }
        return HandoffContext(supportSummary: Summarizer.supportLayout(support, layout: layout),
                              bugReport: Summarizer.bugLayout(bug))
    }
}
