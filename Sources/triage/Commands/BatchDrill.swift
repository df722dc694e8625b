import ArgumentParser
import Foundation
import TriageKit

/// Hidden: `triage _batch-drill` runs the batch machinery with a deterministic stand-in decider (no model),
/// so crash/resume tests can kill a real process. Not for users.
struct BatchDrill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_batch-drill", abstract: "Batch runner with a stand-in decider (tests only).", shouldDisplay: false)

    @OptionGroup var batch: BatchRunOptions

    @Option(help: "Busy work per record in microseconds, to slow the run down for kill tests.")
    var delayMicroseconds = 0

    func run() throws {
        let delay = delayMicroseconds
        try batch.execute(decider: ClosureDecider { ticket in
            if delay > 0 { usleep(useconds_t(delay)) }
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
                sla: .init(firstResponseDue: ticket.createdAt ?? "2026-11-30T09:00:00Z", resolutionDue: "2026-12-01T09:00:00Z"),
                explanation: .init(rule: "drill"), model: .init(id: "drill", sha256: "0"))
        })
    }
}
