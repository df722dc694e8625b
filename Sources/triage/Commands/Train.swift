import ArgumentParser
import Foundation
import TriageKit

/// `triage train`: trains an intent model from a CSV or JSONL file and writes the model file.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train an intent model (CSV with a header, or JSONL); prints its manifest as JSON.")

    @Option(help: "Training data (.csv or .jsonl).")
    var data: String

    @Option(help: "Model file to write.")
    var out: String

    @Option(help: "Model family: nb | cnb | nblr.")
    var model: ModelKind = .naiveBayesLogistic

    @OptionGroup var training: IntentTrainingOptions

    func run() throws {
        do {
            let examples = try training.reader.read(path: data)
            let model = try IntentClassifier.train(examples: examples, configuration: training.configuration(model))
            try model.write(to: out)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(model.manifest.metadata), as: UTF8.self))
        } catch let error as ClassifierError {
            throw ValidationError(error.description)
        } catch let error as ModelFileError {
            throw ValidationError(error.description)
        }
    }
}
