import Foundation
import TriageTickets

extension DecisionDraft {
    /// The finished decision.
    func decision() -> Decision {
        let keep = planner.options.alternatives
        let inScopeLabel = (input.inScope && intentPolicy != nil) ? label : nil
        let intent = Decision.Intent(
            label: inScopeLabel, confidence: topConfidence,
            alternatives: Array(input.hypotheses.dropFirst().prefix(keep)), inScope: inScopeLabel != nil)
        var handoffSection: Decision.Handoff?
        if action == .handoff {
            handoffSection = Decision.Handoff(
                team: team, reason: reason ?? .policy, summary: ResolutionPlanner.masked(input.summary),
                context: HandoffContext(hypotheses: Array(input.hypotheses.prefix(keep)), bugReport: input.bugReport,
                                        escalations: assessment.firedRules.map(\.name), notes: notes))
        }
        // Snippets are shown, so card numbers in them are masked; the lists are shared, not copied, when no
        // snippet has one (the common case).
        var documents = input.documents
        for i in documents.indices where Redactor.mayHoldCard(documents[i].snippet) {
            documents[i].snippet = Redactor.maskCards(in: documents[i].snippet)
        }
        var similar = input.similarTickets
        for i in similar.indices where Redactor.mayHoldCard(similar[i].snippet) {
            similar[i].snippet = Redactor.maskCards(in: similar[i].snippet)
        }
        let arrival = input.arrival
            ?? input.ticket.createdAt.flatMap(ISOTimestamp.date(from:))
            ?? input.ticket.messages.last?.at.flatMap(ISOTimestamp.date(from:))
            ?? Date(timeIntervalSince1970: 0)
        let targets = intentPolicy?.sla ?? planner.policy.defaults.sla
        let explanation = Explanation(
            terms: input.intentTerms,
            rule: rule, thresholds: thresholds)
        return Decision(
            ticketID: input.ticket.id, action: action, intent: intent, priority: assessment.section, fields: fields,
            answer: answer, ask: ask, handoff: handoffSection,
            evidence: .init(documents: documents, similarTickets: similar),
            sla: planner.clock.due(targets, arrival: arrival), explanation: explanation, model: input.model)
    }
}
