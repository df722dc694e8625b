import ArgumentParser
import Foundation
import TriageKit

/// `triage classify`: one JSON prediction per input line.
struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Classify texts (one per line, or JSONL with a \"text\" key) into JSONL predictions.")

    @Option(help: "Model file.")
    var model: String

    @Option(name: .customLong("in"), help: "Input file; standard input when omitted.")
    var input: String?

    @Option(help: "Hypotheses per prediction.")
    var top = 3

    @Option(help: "Explanation terms per prediction (0 for none).")
    var explain = 0

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be positive.") }
    }

    func run() throws {
        let classifier: IntentClassifier
        do { classifier = try IntentClassifier(contentsOf: model) } catch let error as ModelFileError {
            throw ValidationError(error.description)
        }
        let data: Data
        if let input {
            guard let d = FileManager.default.contents(atPath: input) else { throw ValidationError("\(input): cannot be read.") }
            data = d
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var out = ""
        for (i, line) in lines.enumerated() {
            if i == lines.count - 1 && line.isEmpty { break }
            out += IntentRendering.classifyLine(String(line), number: i + 1, classifier: classifier, top: top, explain: explain)
            out += "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
