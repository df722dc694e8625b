import ArgumentParser
import Foundation
import TriageKit

/// `triage train`: trains an intent model from a CSV or JSONL file and writes the model file.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train an intent model (CSV with a header, or JSONL); prints its manifest as JSON.")

    @Option(help: "Training data (.csv or .jsonl).")
    var data: String?

    @Option(help: "Model file to write (with --workspace: default Models/<workspace>-intent.model beside it).")
    var out: String?

    @Option(help: "Train the workspace's model from its intents/ (rebuilds Models/ byte-identically).")
    var workspace: String?

    @Option(help: "Model family: nb | cnb | nblr.")
    var model: ModelKind = .naiveBayesLogistic

    @OptionGroup var training: IntentTrainingOptions

    func run() throws {
        if let workspace {
            let ws: Workspace
            do {
                ws = try Workspace.load(from: URL(fileURLWithPath: workspace), options: .init(examples: true, priorTickets: false, gold: false))
            } catch {
                throw ValidationError(error.description)
            }
            do {
                let url = try TriageEngine.trainAndWriteModel(for: ws, to: out.map { URL(fileURLWithPath: $0) })
                FileHandle.standardError.write(Data("wrote \(url.path)\n".utf8))
            } catch {
                throw ValidationError(error.description)
            }
            return
        }
        guard let data, let out else { throw ValidationError("give --data and --out, or --workspace") }
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
