import ArgumentParser
import Foundation
import TriageKit

/// `triage resolve`: one ticket (text or a ticket file) → one Decision as JSON.
struct Resolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decide one ticket (text argument, --in ticket.json/.eml, or standard input) and print the Decision JSON.")

    @Option(help: "Workspace folder. Default: Corpus.")
    var workspace: String?

    @Option(name: .customLong("in"), help: "A ticket file: JSON ticket, JSONL (first record) or an .eml e-mail.")
    var input: String?

    @Flag(help: "Pretty-print the JSON.")
    var pretty = false

    @OptionGroup var llm: LLMFlags

    @Option(help: "Arrival time for a text ticket (ISO-8601, or `now`). Without it (and without created_at in a ticket file) the SLA clock starts at 1970-01-01T00:00:00Z, so output is reproducible.")
    var at: String?

    @Argument(help: "The ticket text (when neither --in nor standard input is used).")
    var text: String?

    func run() throws {
        let ticket = try readTicket()
        let engine: TriageEngine
        do {
            engine = try TriageEngine(workspace: DefaultWorkspace.url(workspace), llm: llm.overrides)
        } catch {
            throw ValidationError(error.description)
        }
        llm.report(engine, command: "triage resolve")
        print(try engine.triage(ticket).jsonString(pretty: pretty))
    }

    private func readTicket() throws -> Ticket {
        if let input {
            let url = URL(fileURLWithPath: input)
            let format: IntakeFormat = input.hasSuffix(".eml") ? .email : input.hasSuffix(".jsonl") ? .jsonl : .json
            guard let first = TicketReader().readAll(url, format: format).first else {
                throw ValidationError("\(input): no ticket found")
            }
            switch first {
            case let .success(t): return t
            case let .failure(e): throw ValidationError("\(e)")
            }
        }
        let body = text ?? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        var createdAt = at
        if at == "now" {
            let f = ISO8601DateFormatter()
            createdAt = f.string(from: Date())
        }
        return Ticket(id: "cli-1", channel: .api, createdAt: createdAt, messages: [Message(author: .customer, at: createdAt, text: body)])
    }
}
