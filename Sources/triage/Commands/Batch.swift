import ArgumentParser
import Foundation
import TriageKit

/// `triage batch`: streams a backlog (JSONL, CSV or a folder of e-mails) to decisions on all cores.
/// Exit status: 0 when every record was decided, 1 when some were rejected (see the rejects file), 2+ on errors.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Triage a backlog: one decision line per input record, bad records to a rejects file.",
        discussion: """
        Input: a JSONL file, a CSV file (.csv) or a folder of e-mail files. Output order equals input order.
        A killed run continues with --resume and ends byte-identical to an uninterrupted one.
        Exit status: 0 all decided; 1 some records rejected; 2 or more on errors.
        """)

    @Option(help: "Workspace folder (policy, knowledge base, model). Default: the bundled Corpus.")
    var workspace: String?

    @OptionGroup var llm: LLMFlags

    @OptionGroup var batch: BatchRunOptions

    func run() throws {
        let decider: any TicketDecider
        do {
            decider = try BatchEngine.decider(workspace: workspace, llm: llm)
        } catch {
            FileHandle.standardError.write(Data("triage batch: \(error)\n".utf8))
            throw ExitCode(3)
        }
        try batch.execute(decider: decider)
    }
}

/// The options `triage batch` shares with its hidden drill command.
struct BatchRunOptions: ParsableArguments {
    @Option(name: .customLong("in"), help: "Input: a .jsonl file, a .csv file, or a folder of e-mails.")
    var input: String

    @Option(help: "Decisions file (JSONL).")
    var out: String

    @Option(help: "Rejects file (JSONL: line, error, raw). Default: <out>.rejects.jsonl.")
    var rejects: String?

    @Option(help: "Input format: jsonl | csv | email. Default: from the path.")
    var format: BatchInputFormat?

    @Option(help: "Worker threads. Default: all cores.")
    var jobs: Int?

    @Flag(help: "Continue an interrupted run from its checkpoint (<out>.checkpoint).")
    var resume = false

    @Flag(help: "No progress line.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func execute(decider: any TicketDecider) throws {
        var options = BatchOptions()
        if let jobs { options.jobs = jobs }
        options.resume = resume
        options.progress = !quiet
        let output = URL(fileURLWithPath: out)
        let rejectsURL = URL(fileURLWithPath: rejects ?? out + ".rejects.jsonl")
        let summary: BatchSummary
        do {
            summary = try BatchRunner(decider: decider, options: options)
                .run(input: URL(fileURLWithPath: input), output: output, rejects: rejectsURL, format: format)
        } catch {
            FileHandle.standardError.write(Data("triage batch: \(error)\n".utf8))
            throw ExitCode(2)
        }
        var note = "triage batch: \(summary.records) records: \(summary.decided) decided, \(summary.rejected) rejected"
        if summary.skipped > 0 { note += ", \(summary.skipped) skipped (already done)" }
        note += String(format: "; %.0f records/s\n", summary.recordsPerSecond)
        if summary.records == 0 { note += "triage batch: the input holds no records\n" }
        if summary.hasRejects { note += "triage batch: rejected records are in \(rejectsURL.path)\n" }
        FileHandle.standardError.write(Data(note.utf8))
        if summary.hasRejects { throw ExitCode(1) }
    }
}

extension BatchInputFormat: ExpressibleByArgument {}
