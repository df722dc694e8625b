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
            return StandInDecision.decision(for: ticket, rule: "drill",
                                            firstResponseDue: ticket.createdAt ?? "2026-11-30T09:00:00Z")
        })
    }
}
