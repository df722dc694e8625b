import TriagePlanner
import TriageTickets

/// A deterministic stand-in for the engine, to exercise the batch machinery without a model (the hidden
/// `triage _batch-drill` command and the batch tests): the action and intent follow from the ticket's words.
package enum StandInDecision {
    /// The stand-in decision for `ticket`, citing `rule`, first response due at `firstResponseDue`.
    package static func decision(for ticket: Ticket, rule: String, firstResponseDue: String) -> Decision {
        let text = ticket.messages.map(\.text).joined(separator: " ")
        let words = text.split(separator: " ")
        let action: DecisionAction = words.count % 3 == 0 ? .answer : (words.count % 3 == 1 ? .ask : .handoff)
        return Decision(
            ticketID: ticket.id, action: action,
            intent: .init(label: words.first.map(String.init), confidence: Double(words.count % 10) / 10, inScope: true),
            priority: .init(level: .normal), fields: .init(),
            answer: action == .answer ? .init(text: "Reply to \(ticket.id)", citations: [Citation(articleID: "kb-x", title: "X")]) : nil,
            ask: action == .ask ? .init(fields: ["order_id"], text: "Which order?") : nil,
            handoff: action == .handoff ? .init(team: "support", reason: .policy) : nil,
            sla: .init(firstResponseDue: firstResponseDue, resolutionDue: "2026-12-01T09:00:00Z"),
            explanation: .init(rule: rule), model: .init(id: rule, sha256: "0"))
    }
}
