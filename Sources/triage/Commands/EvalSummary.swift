import ArgumentParser
import Foundation
import TriageSummarizer

struct EvalSummary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "ROUGE-1/2/L (F1 ×100, Porter-stemmed as rouge-score) of extractive summaries over a JSONL file.")

    @Option(help: "JSONL data file.")
    var data: String

    @Option(help: "Field holding the text (a #Person1#: dialogue or plain text).")
    var textField: String

    @Option(help: "Field holding a reference summary; repeat for several.")
    var referenceField: [String] = []

    @Option(help: "Units per summary.")
    var units = 2

    @Option(help: "Unit granularity: automatic | sentences | turns (DialogSum protocol: turns).")
    var granularity: UnitGranularity = .turns

    @Option(help: "Summarizer options as a JSON file (SummarizerOptions; absent keys keep their defaults).")
    var options: String?

    @Option(help: "Score this field as the candidate instead of summarising (checks ROUGE on given selections).")
    var predictionField: String?

    @Option(help: "Write the selected units per record (JSONL) here.")
    var out: String?

    func validate() throws {
        guard units > 0 else { throw ValidationError("--units must be positive.") }
        guard !referenceField.isEmpty else { throw ValidationError("give at least one --reference-field.") }
    }

    func run() throws {
        var settings = SummarizerOptions()
        if let options {
            guard let json = FileManager.default.contents(atPath: options) else {
                throw ValidationError("\(options): cannot be read.")
            }
            settings = try JSONDecoder().decode(SummarizerOptions.self, from: json)
        }
        settings.maxUnits = units
        settings.granularity = granularity
        let outcome: (result: SummaryEvaluationResult, records: [SummaryEvaluationRecord])
        do {
            outcome = try SummaryEvaluation.run(
                path: data, textField: textField, referenceFields: referenceField, summarizer: Summarizer(options: settings),
                predictionField: predictionField)
        } catch let error as SummaryEvaluationError {
            throw ValidationError(error.description)
        }
        if let out {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var text = ""
            for record in outcome.records {
                text += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: out))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(outcome.result), as: UTF8.self))
    }
}
