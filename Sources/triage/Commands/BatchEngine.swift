import Foundation
import TriageKit

/// Where `triage batch` gets its decider: the engine over the given workspace (default `Corpus`).
enum BatchEngine {
    static func decider(workspace: String?) throws -> any TicketDecider {
        try TriageEngine(workspace: DefaultWorkspace.url(workspace))
    }
}
