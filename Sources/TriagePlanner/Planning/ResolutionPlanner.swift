import Foundation
import TriageTickets

/// The answer / ask / handoff decision: applies a workspace's policy to a ticket and its stage outputs.
///
/// Rules, in order (the first that applies decides; every rule that was checked is in the explanation):
/// 1. Unsupported input (no text, only a signature, too large, another script) → handoff `unsupported_input`.
/// 2. No in-scope intent → handoff `out_of_scope`; the top intent below its confidence threshold →
///    handoff `low_confidence` (or `ambiguous` when the runner-up is within ``PlannerOptions/ambiguityMargin``),
///    both to the default team.
/// 3. An escalation rule with `handoff: true` matched → handoff `escalation`, to the first matching rule's team
///    or else the intent's team. (With ``PlannerOptions/escalationBeforeScope`` this comes before step 2.)
/// 4. Autonomy `never` → handoff `policy` to the intent's team.
/// 5. A required field absent or invalid → `ask` for all of them at once.
/// 6. Autonomy `ask-only` → handoff `policy` to the intent's team.
/// 7. No linked article with support at or above `relevance_floor`, or its answer cannot be filled →
///    handoff `no_article`.
/// 8. Otherwise → `answer` from the article's answer section, with a citation.
///
/// The planner is a pure function of its inputs: the same ticket, stage outputs and workspace give the
/// same ``Decision`` (and the same JSON bytes).
public struct ResolutionPlanner: Sendable {
    /// The planner's tables, built once and shared by every copy: a decision's working draft holds the planner,
    /// and copying one reference is cheaper than retaining every table on each ticket.
    private final class State: Sendable {
        let policy: TriagePolicy
        let articles: [String: KBArticle]
        let options: PlannerOptions
        let assessor: PriorityAssessor
        let clock: SLAClock
        let extraction: FieldExtraction
        let screen: InputScreen
        let supportScorer: ArticleSupportScorer?

        init(policy: TriagePolicy, articles: [String: KBArticle], options: PlannerOptions) {
            self.policy = policy
            self.articles = articles
            self.options = options
            assessor = PriorityAssessor(policy: policy.escalation)
            clock = SLAClock(hours: policy.businessHours)
            extraction = FieldExtraction(timeZone: policy.businessHours.timeZone, options: options.fields)
            screen = InputScreen(options: options.screen)
            supportScorer = options.lexicalSupport ? ArticleSupportScorer(articles: articles) : nil
        }
    }

    private let state: State

    /// The workspace policy.
    public var policy: TriagePolicy { _read { yield state.policy } }
    /// Articles by id.
    public var articles: [String: KBArticle] { _read { yield state.articles } }
    /// Options.
    public var options: PlannerOptions { _read { yield state.options } }
    var assessor: PriorityAssessor { _read { yield state.assessor } }
    var clock: SLAClock { _read { yield state.clock } }
    var extraction: FieldExtraction { _read { yield state.extraction } }
    var screen: InputScreen { _read { yield state.screen } }
    var supportScorer: ArticleSupportScorer? { _read { yield state.supportScorer } }

    public init(policy: TriagePolicy, articles: [String: KBArticle], options: PlannerOptions = PlannerOptions()) {
        state = State(policy: policy, articles: articles, options: options)
    }

    /// Plans from a loaded workspace.
    public init(workspace: Workspace, options: PlannerOptions = PlannerOptions()) {
        self.init(policy: workspace.policy, articles: workspace.articles, options: options)
    }

    /// The confidence threshold for `intent`: its `min_confidence`, or for a precision target the fitted
    /// threshold when given, else the target itself (calibrated probabilities estimate precision).
    public func threshold(for intent: IntentPolicy, fitted: [String: Double]) -> Double {
        switch intent.confidence {
        case .minConfidence(let value): value
        case .precisionTarget(let target): fitted[intent.name] ?? target
        }
    }

    /// Decides what to do with a ticket.
    ///
    /// - Complexity: O(*n*) in the customer text, plus the answer template's length.
    public func decide(_ input: consuming PlannerInput) -> Decision {
        var draft = DecisionDraft(planner: self, input: input)
        draft.run()
        return draft.decision()
    }

    /// Puts a thread summary and a bug-report draft into a handoff decision, exactly as ``decide(_:)`` does
    /// when the input carries them (card numbers masked). Nothing changes for an answer or an ask.
    ///
    /// The rules never read the summary, so a caller may decide first and summarise only handoffs:
    /// `decide(input)` followed by this call gives the same decision as deciding with the summary in `input`.
    public func attachThreadContext(summary: [SummaryLine], bugReport: BugReportDraft?, to decision: inout Decision) {
        guard decision.handoff != nil else { return }
        decision.handoff?.summary = Self.masked(summary)
        decision.handoff?.context.bugReport = bugReport
    }

    /// Summary lines with payment card numbers masked.
    static func masked(_ lines: [SummaryLine]) -> [SummaryLine] {
        lines.map { line in
            var copy = line
            copy.text = Redactor.maskCards(in: line.text)
            return copy
        }
    }
}
