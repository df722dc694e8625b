import TriagePlanner
import TriageTickets

/// Runs gold cases through a decision function and scores them.
public enum GoldRun {
    /// The ticket a gold case gives the engine (see ``GoldCase/intakeTicket``).
    public static func ticket(for gold: GoldCase) -> Ticket { gold.intakeTicket }

    /// Decides every gold case, in order.
    /// - Throws: What `decide` throws.
    public static func cases(_ gold: [GoldCase], decide: (Ticket) throws -> Decision) rethrows -> [DecisionCase] {
        try gold.map { DecisionCase(id: $0.id, expected: $0.expected, decision: try decide(ticket(for: $0))) }
    }

    /// Gold cases whose expected intent is not one of `intents` (and not out of scope): a gold file written
    /// for another workspace. The CLI reports them instead of scoring them silently as misses.
    public static func unknownIntents(_ gold: [GoldCase], intents: Set<String>) -> [(id: String, intent: String)] {
        gold.compactMap { g in g.expected.intent.flatMap { intents.contains($0) ? nil : (g.id, $0) } }
    }
}
