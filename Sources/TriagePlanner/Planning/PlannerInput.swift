import Foundation
import TriageTickets

/// What the planner needs besides the ticket: the outputs of the classifier, search and summarizer,
/// expressed in the planner's own value types (the engine maps its stages' results into these).
public struct PlannerInput: Sendable {
    /// The ticket.
    public var ticket: Ticket
    /// Intent hypotheses with calibrated probabilities, most likely first.
    public var hypotheses: [IntentScore]
    /// The out-of-scope rejector's verdict for the top hypothesis (`false` = out of scope).
    public var inScope: Bool
    /// Terms that drove the prediction, strongest first (naive-Bayes contributions).
    public var intentTerms: [TermWeight]
    /// Retrieved knowledge-base articles, best first, with normalised scores in `0...1`.
    public var documents: [EvidenceDocument]
    /// Normalised support of specific articles for this ticket (for linked articles not in `documents`).
    public var articleSupport: [String: Double]
    /// Similar prior tickets, best first.
    public var similarTickets: [SimilarTicket]
    /// The support-layout thread summary.
    public var summary: [SummaryLine]
    /// A bug-report draft, for defect reports.
    public var bugReport: BugReportDraft?
    /// Probability thresholds fitted for intents whose policy sets a precision target, by intent.
    public var fittedThresholds: [String: Double]
    /// The model that produced the hypotheses.
    public var model: Decision.Model
    /// When the SLA clock starts; `nil` uses the ticket's `created_at` (or its last message's time).
    public var arrival: Date?

    public init(ticket: Ticket, hypotheses: [IntentScore] = [], inScope: Bool = true, intentTerms: [TermWeight] = [],
                documents: [EvidenceDocument] = [], articleSupport: [String: Double] = [:],
                similarTickets: [SimilarTicket] = [], summary: [SummaryLine] = [], bugReport: BugReportDraft? = nil,
                fittedThresholds: [String: Double] = [:], model: Decision.Model = .init(id: "none", sha256: ""),
                arrival: Date? = nil) {
        self.ticket = ticket
        self.hypotheses = hypotheses
        self.inScope = inScope
        self.intentTerms = intentTerms
        self.documents = documents
        self.articleSupport = articleSupport
        self.similarTickets = similarTickets
        self.summary = summary
        self.bugReport = bugReport
        self.fittedThresholds = fittedThresholds
        self.model = model
        self.arrival = arrival
    }
}
