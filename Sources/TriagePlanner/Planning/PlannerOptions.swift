/// Options of the resolution planner; defaults follow the decision order documented in `Corpus/triage.yml`.
public struct PlannerOptions: Sendable, Hashable, Codable {
    /// Hand off as `ambiguous` (instead of `low_confidence`) when the top intent misses its threshold and the
    /// runner-up is within this probability margin of it. The default is 0.05.
    public var ambiguityMargin: Double = 0.05
    /// Check escalation rules before the scope and confidence checks, so an out-of-scope outage report goes to
    /// the escalation team. The default is false (scope first, as the default workspace's gold set assumes).
    public var escalationBeforeScope: Bool = false
    /// Require normalised article support at or above the workspace's `relevance_floor` to answer.
    /// The default is true; false answers from the first linked article (useful without a search index).
    public var requireArticleSupport: Bool = true
    /// When the stage outputs give no support for a linked article, measure it with ``ArticleSupportScorer``
    /// (IDF-weighted coverage of the ticket's knowledge-base terms). The default is true.
    public var lexicalSupport: Bool = true
    /// Hand off as `escalation` whenever the final priority reaches this level; `nil` never does.
    /// The default is `nil` (tiers, frustration and repeat contact only raise priority).
    public var handoffAtPriority: PriorityLevel?
    /// Hypotheses kept in `intent.alternatives` and the handoff context. The default is 3.
    public var alternatives: Int = 3
    /// Input-screening limits.
    public var screen: InputScreen.Options = InputScreen.Options()
    /// Field-extraction options.
    public var fields: FieldExtraction.Options = FieldExtraction.Options()

    public init() {}
}
