import Foundation
import TriageKit

/// Where `triage batch` gets its decider. Wire `TriageEngine` here once it lands:
/// `return try TriageEngine(workspace: URL(fileURLWithPath: workspace ?? <default Corpus path>))`
/// (the engine conforms to ``TicketDecider`` with `func decide(_:) throws -> Decision`).
enum BatchEngine {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String { "the triage engine is not built into this binary yet" }
    }

    static func decider(workspace: String?) throws -> any TicketDecider {
        throw Unavailable()
    }
}
