import Foundation
import TriageTickets

/// The working state of one decision while the planner's rules run.
struct DecisionDraft {
    let planner: ResolutionPlanner
    let input: PlannerInput
    let customerText: String
    let label: String?
    let intentPolicy: IntentPolicy?
    let topConfidence: Double

    var action: DecisionAction = .handoff
    var reason: HandoffReason? = .unsupportedInput
    var team: String
    var rule = ""
    var thresholds: [Explanation.ThresholdCheck] = []
    var notes: [String] = []
    var fields = Decision.Fields()
    var assessment: PriorityAssessment
    var answer: Decision.Answer?
    var ask: Decision.Ask?

    /// `input` is taken over (the planner's ``ResolutionPlanner/decide(_:)`` consumes it), so the draft holds it
    /// without copying the ticket and the stage outputs.
    init(planner: ResolutionPlanner, input: consuming PlannerInput) {
        customerText = input.ticket.triageText   // the subject and the customer's messages, by blank lines
        let top = input.hypotheses.first
        label = top?.label
        topConfidence = top?.confidence ?? 0
        let intentPolicy = top.flatMap { planner.policy.intents[$0.label] }
        self.intentPolicy = intentPolicy
        team = planner.policy.defaults.team
        let base = intentPolicy?.priority ?? planner.policy.defaults.priority
        assessment = PriorityAssessment(level: base, reasons: [PriorityReason(code: .base, detail: "intent", from: nil, to: base)],
                                        firedRules: [])
        self.planner = planner
        self.input = input
    }

    /// Runs the escalation rules over the customer text (after the input screen, so huge input is never scanned).
    mutating func assessPriority() {
        var customerMessages = 0
        for message in input.ticket.messages where message.author == .customer { customerMessages += 1 }
        assessment = planner.assessor.assess(
            base: assessment.level, text: customerText, tier: input.ticket.customer?.tier,
            previousCustomerMessages: max(0, customerMessages - 1),
            ticketPriority: input.ticket.priority.flatMap { PriorityLevel(rawValue: $0.rawValue) })
    }

    mutating func handoff(_ reason: HandoffReason, team: String, rule: String) {
        action = .handoff
        self.reason = reason
        self.team = team
        self.rule = rule
    }

    mutating func run() {
        if let problem = planner.screen.problem(with: customerText) {
            notes.append(problem.note)
            handoff(.unsupportedInput, team: planner.policy.defaults.team, rule: "handoff.unsupported_input.\(problem.rawValue)")
            return
        }
        assessPriority()
        if planner.options.escalationBeforeScope, escalate() { return }
        guard let intent = intentPolicy, input.inScope else {
            fields = planner.extraction.extract(requirements: [], ticket: input.ticket)
            handoff(.outOfScope, team: planner.policy.defaults.team, rule: "handoff.out_of_scope")
            if let label, intentPolicy == nil { notes.append("The model predicted \"\(label)\", which the workspace does not declare.") }
            return
        }
        fields = planner.extraction.extract(requirements: intent.requiredFields, ticket: input.ticket)
        let threshold = planner.threshold(for: intent, fitted: input.fittedThresholds)
        let confident = topConfidence >= threshold
        thresholds.append(.init(name: "intent_confidence", value: topConfidence, threshold: threshold, passed: confident))
        guard confident else {
            let runnerUp = input.hypotheses.dropFirst().first?.confidence ?? 0
            let ambiguous = input.hypotheses.count > 1 && topConfidence - runnerUp <= planner.options.ambiguityMargin
            thresholds.append(.init(name: "ambiguity_margin", value: topConfidence - runnerUp,
                                    threshold: planner.options.ambiguityMargin, passed: !ambiguous))
            handoff(ambiguous ? .ambiguous : .lowConfidence, team: planner.policy.defaults.team,
                    rule: ambiguous ? "handoff.ambiguous" : "handoff.low_confidence")
            return
        }
        if !planner.options.escalationBeforeScope, escalate() { return }
        if let level = planner.options.handoffAtPriority, assessment.level >= level {
            handoff(.escalation, team: intent.team, rule: "handoff.escalation.priority_\(assessment.level.rawValue)")
            return
        }
        if intent.autonomy == .never {
            handoff(.policy, team: intent.team, rule: "handoff.policy.autonomy_never")
            return
        }
        if !fields.missing.isEmpty {
            action = .ask
            reason = nil
            team = intent.team
            rule = "ask.missing_fields"
            ask = AskComposer().compose(missing: fields.missing, customerName: input.ticket.customer?.name,
                                        product: planner.policy.product)
            return
        }
        if intent.autonomy == .askOnly {
            handoff(.policy, team: intent.team, rule: "handoff.policy.autonomy_ask_only")
            return
        }
        tryAnswer(intent)
    }

    /// Hands off when a handoff escalation rule fired; returns whether it did.
    mutating func escalate() -> Bool {
        guard let fired = assessment.handoffRule else { return false }
        handoff(.escalation, team: fired.team ?? intentPolicy?.team ?? planner.policy.defaults.team,
                rule: "handoff.escalation.\(fired.name)")
        return true
    }

    mutating func tryAnswer(_ intent: IntentPolicy) {
        let floor = planner.policy.relevanceFloor
        let scorer = planner.supportScorer
        // The ticket's terms are needed only when an article has no measured support (rare): analyse lazily.
        var query: Set<String>?
        let text = customerText
        let selection = ArticleSelector(articles: planner.articles).select(
            intent: intent, documents: input.documents, support: input.articleSupport,
            fallback: { id in
                guard let scorer else { return nil }
                if query == nil { query = scorer.queryTerms(text) }
                return scorer.support(query: query ?? [], article: id)
            })
        guard let chosen = selection.first(where: { !planner.options.requireArticleSupport || $0.support >= floor }) else {
            let best = selection.map(\.support).max() ?? 0
            thresholds.append(.init(name: "relevance_floor", value: best, threshold: floor, passed: false))
            notes.append(selection.isEmpty ? "No knowledge-base article is linked to or retrieved for this intent."
                         : "No linked article supports an answer above the relevance floor.")
            handoff(.noArticle, team: intent.team, rule: "handoff.no_article")
            return
        }
        thresholds.append(.init(name: "relevance_floor", value: chosen.support, threshold: floor,
                                passed: chosen.support >= floor))
        switch AnswerComposer().compose(article: chosen.article, fields: fields.found, context: placeholderContext(intent)) {
        case .success(let composed):
            action = .answer
            reason = nil
            team = intent.team
            rule = "answer.all_conditions_met"
            answer = composed
        case .failure(.unresolvedPlaceholders(let id, let names)):
            notes.append("Article \(id) needs values for: \(names.joined(separator: ", ")).")
            handoff(.noArticle, team: intent.team, rule: "handoff.no_article.unfilled_placeholders")
        case .failure(.noAnswerSection(let id)):
            notes.append("Article \(id) has no answer section.")
            handoff(.noArticle, team: intent.team, rule: "handoff.no_article.no_answer_section")
        }
    }

    func placeholderContext(_ intent: IntentPolicy) -> [String: String] {
        var context: [String: String] = ["product": planner.policy.product, "ticket_id": input.ticket.id, "team": intent.team]
        if let name = input.ticket.customer?.name, let first = name.split(separator: " ").first {
            context["customer_name"] = String(first)
            context["customer_full_name"] = name
        }
        if let email = input.ticket.customer?.email { context["customer_email"] = email }
        return context
    }
}
