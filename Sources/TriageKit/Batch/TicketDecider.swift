import TriagePlanner
import TriageTickets

/// Anything that turns a ticket into a decision; the batch runner calls it from several threads at once.
///
/// `TriageEngine` conforms; tests and tools can wrap a closure with ``ClosureDecider``.
public protocol TicketDecider: Sendable {
    /// The decision for `ticket`. A thrown error rejects the record (its message goes to the rejects file).
    func decide(_ ticket: Ticket) throws -> Decision
}

/// A ``TicketDecider`` made from a closure.
public struct ClosureDecider: TicketDecider {
    let body: @Sendable (Ticket) throws -> Decision

    public init(_ body: @escaping @Sendable (Ticket) throws -> Decision) {
        self.body = body
    }

    public func decide(_ ticket: Ticket) throws -> Decision { try body(ticket) }
}
