import ArgumentParser
import Foundation
import TriageSummarizer

/// Summary layouts of `triage summarize`.
enum SummaryLayout: String, ExpressibleByArgument, CaseIterable {
    case plain, support, bug
}

struct Summarize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a thread (ticket JSON, #Person1#: dialogue, or plain text) with cited units.")

    @Option(name: .customLong("in"), help: "Input file; standard input when omitted.")
    var input: String?

    @Option(help: "Units in a plain summary.")
    var units = 3

    @Option(help: "plain | support | bug.")
    var layout: SummaryLayout = .plain

    @Option(help: "Unit granularity: automatic | sentences | turns.")
    var granularity: UnitGranularity = .automatic

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        guard units > 0 else { throw ValidationError("--units must be positive.") }
    }

    func run() throws {
        let raw: String
        let source = input ?? "stdin"
        if let input {
            guard let data = FileManager.default.contents(atPath: input) else {
                throw ValidationError("\(input): cannot be read.")
            }
            raw = String(decoding: data, as: UTF8.self)
        } else {
            raw = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        let messages: [SummaryMessage]
        do {
            messages = try ThreadReader.read(raw, source: source)
        } catch let error as ThreadReadError {
            throw ValidationError(error.description)
        }
        var options = SummarizerOptions()
        options.maxUnits = units
        options.granularity = granularity
        let summarizer = Summarizer(options: options)
        switch layout {
        case .plain:
            let summary = summarizer.summarize(messages)
            print(json ? try SummaryRenderer.json(summary.lines) : SummaryRenderer.text(summary))
        case .support:
            let s = summarizer.supportSummary(messages)
            print(json ? try SummaryRenderer.json(s) : SummaryRenderer.text(sections: s.sections))
        case .bug:
            let b = summarizer.bugReport(messages)
            print(json ? try SummaryRenderer.json(b) : SummaryRenderer.text(sections: b.sections))
        }
    }
}

extension UnitGranularity: ExpressibleByArgument {}
