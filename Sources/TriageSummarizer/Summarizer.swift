/// Extractive, speaker-aware thread summaries that cite their sources.
///
/// The pipeline: ``UnitSegmenter`` cuts messages into units (sentences, or whole short turns) and labels
/// quoted history, signatures, greetings, sign-offs and boilerplate, which are kept but never selected;
/// units are analysed with the shared `Analyzer` into TF-IDF vectors; LexRank over their cosine
/// similarity gives centrality, combined with position, domain-term salience, length and speaker role
/// (``ScoreWeights``); MMR removes redundancy; the chosen units are returned in thread order.
///
/// Results are deterministic: every tie goes to the earlier unit.
///
/// ## Bad input
/// - No messages, or only blank text: an empty summary (no lines, no units).
/// - One unit: that unit, if it is selectable content with at least one analysable term.
/// - Units with no analysable words (`"..."`, `"???"`): kept in ``Summary/units`` but never selected.
/// - Only quoted text, signatures, greetings or boilerplate: an empty summary; the units are all kept.
/// - Very long threads: the similarity graph is capped (``SimilarityOptions``) and above
///   ``SummarizerOptions/maxGraphUnits`` candidates replaced by a centroid scorer, so 10,000 units take
///   time linear in their total length (times the caps).
///
/// ## Topics
/// - ``summarize(_:)``
/// - ``supportSummary(_:)``
/// - ``bugReport(_:)``
/// - ``handoffContext(_:layout:)``
public struct Summarizer: Sendable, Hashable {
    /// The options. See ``SummarizerOptions``.
    public var options: SummarizerOptions
    /// Analysed tokens memoised across calls (see ``TermMemo``); never changes a result.
    package let memo: TermMemo

    /// Creates a summarizer.
    public init(options: SummarizerOptions = .init()) {
        self.options = options
        self.memo = TermMemo()
    }

    /// A summarizer sharing another's memo (same analyzer options, so the memo stays valid).
    package init(options: SummarizerOptions, memo: TermMemo) {
        self.options = options
        self.memo = memo
    }

    public static func == (a: Summarizer, b: Summarizer) -> Bool { a.options == b.options }
    public func hash(into hasher: inout Hasher) { hasher.combine(options) }

    /// The units of `messages` under ``options``.
    public func units(of messages: [SummaryMessage]) -> [SummaryUnit] {
        UnitSegmenter(granularity: options.granularity, shortTurnWords: options.shortTurnWords).units(of: messages)
    }

    /// Summarises a thread in at most ``SummarizerOptions/maxUnits`` units.
    ///
    /// - Parameter messages: The thread, oldest first.
    /// - Returns: The selected units in thread order, and all units.
    /// - Complexity: O(*T*) analysis for *T* tokens, plus the graph (see ``SimilarityGraph``: bounded by
    ///   its caps), O(*t*·*n*·*k*) LexRank and O(*m*·*n*·ℓ) MMR for *m* = `maxUnits`.
    public func summarize(_ messages: [SummaryMessage]) -> Summary {
        summarize(units: units(of: messages))
    }

    /// Summarises units already cut (for callers that segment themselves).
    public func summarize(units: [SummaryUnit]) -> Summary {
        let scored = UnitScorer.score(units, options: options, memo: memo)
        let picks = MMRSelector.select(scored, units: units, count: max(0, options.maxUnits), options: options)
        let lines = picks.map {
            SummaryLine(unit: units[scored.candidates[$0]], score: scored.scores[$0], components: scored.components[$0])
        }
        return Summary(lines: lines, units: units, method: scored.method)
    }
}
