import ArgumentParser
import Foundation
import TriageKit

/// `triage demo`: decides the bundled sample tickets with the default workspace and prints readable decisions.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Triage a handful of bundled sample tickets with the embedded default workspace (Corpus/).")

    @Option(help: "Workspace folder. Default: Corpus.")
    var workspace: String?

    @Flag(help: "Print each Decision as JSON (one per line) instead of the readable view.")
    var json = false

    func run() throws {
        let url = DefaultWorkspace.url(workspace)
        let engine: TriageEngine
        do {
            engine = try TriageEngine(workspace: url)
        } catch {
            throw ValidationError(error.description)
        }
        let decisions = SampleTickets.all.map(engine.triage)
        if json {
            for d in decisions { print(try d.jsonString()) }
            return
        }
        print("TriageKit demo — workspace \(url.lastPathComponent), model \(engine.model.id) (sha256 \(engine.model.sha256.prefix(12)))\n")
        for (ticket, decision) in zip(SampleTickets.all, decisions) {
            print(DecisionRendering.render(ticket: ticket, decision: decision))
        }
    }
}
