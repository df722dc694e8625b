import Foundation
import TriageKit

/// Where `triage batch` gets its decider: the engine over the given workspace (default `Corpus`), drafting
/// answers with the workspace's `llm:` section as overridden by the command-line flags.
enum BatchEngine {
    static func decider(workspace: String?, llm: LLMFlags? = nil) throws -> any TicketDecider {
        let engine = try TriageEngine(workspace: DefaultWorkspace.url(workspace), llm: llm?.overrides ?? .none)
        llm?.report(engine, command: "triage batch")
        return engine
    }
}
