import TriagePlanner
import TriageTickets

/// The engine drives batch runs: ``BatchRunner`` calls ``decide(_:)`` from several threads.
extension TriageEngine: TicketDecider {
    public func decide(_ ticket: Ticket) throws -> Decision { triage(ticket) }
}
