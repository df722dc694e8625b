import ArgumentParser
import Foundation
import TriageKit

/// `triage eval intent`: train → test (or model → test) intent evaluation as one JSON object.
struct EvalIntent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intent",
        abstract: "Intent accuracy, macro-F1, ECE, per-intent report, confusion, speed; out-of-scope rejection figures.")

    @Option(help: "Training data (.csv or .jsonl).")
    var train: String?

    @Option(help: "A trained model file (instead of --train).")
    var model: String?

    @Option(help: "Test data (.csv or .jsonl).")
    var test: String

    @Flag(help: "Report out-of-scope rejection (in_scope_accuracy, oos_recall, oos_precision, auroc).")
    var rejectOutOfScope = false

    @Option(help: "Comma-separated intents removed from training; their test rows are out of scope.")
    var unknownIntents: String?

    @Option(help: "Model family to train with --train: nb | cnb | nblr.")
    var kind: ModelKind = .naiveBayesLogistic

    @Option(help: "Write every wrong prediction (JSONL: row, text, gold, predicted, confidence, hypotheses, terms) here.")
    var errors: String?

    @Option(help: "Write a self-contained HTML report (confusion heatmap, reliability, risk–coverage, per-intent table) here.")
    var report: String?

    @OptionGroup var training: IntentTrainingOptions

    func validate() throws {
        guard (train == nil) != (model == nil) else { throw ValidationError("give exactly one of --train and --model.") }
        if unknownIntents != nil && !rejectOutOfScope { throw ValidationError("--unknown-intents needs --reject-out-of-scope.") }
    }

    func run() throws {
        do {
            let testSet = try training.reader.read(path: test)
            let unknown = Set((unknownIntents ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
            var report: IntentEvaluationReport
            let classifier: IntentClassifier
            if let train {
                let trainSet = try training.reader.read(path: train)
                (report, classifier) = try IntentBenchmark.trainAndEvaluate(
                    train: trainSet, test: testSet, configuration: training.configuration(kind), unknownIntents: unknown)
            } else if let model {
                classifier = try IntentClassifier(contentsOf: model)
                report = IntentBenchmark.evaluate(classifier, on: testSet)
            } else {
                return
            }
            if errors != nil || self.report != nil {
                let rows = IntentRun.rows(model: classifier, test: testSet, rejectOutOfScope: rejectOutOfScope)
                if let errors { try IntentRun.writeErrors(rows, to: URL(fileURLWithPath: errors)) }
                if let path = self.report {
                    let wrong = rows.filter(\.isError).count
                    let subtitle = "\(URL(fileURLWithPath: test).lastPathComponent) · \(rows.count) rows · \(wrong) wrong"
                    try HTMLReport(title: "Intent evaluation", subtitle: subtitle, classification: IntentRun.report(rows))
                        .write(to: URL(fileURLWithPath: path))
                }
            }
            if !rejectOutOfScope {
                report.inScopeAccuracy = nil; report.oosRecall = nil; report.oosPrecision = nil; report.auroc = nil
                report.oosRecallAtInScopeAccuracy090 = nil; report.outOfScopeCount = nil
            } else if report.oosRecall == nil {
                FileHandle.standardError.write(Data("note: no out-of-scope rows in the test data\n".utf8))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } catch let error as ClassifierError {
            throw ValidationError(error.description)
        } catch let error as ModelFileError {
            throw ValidationError(error.description)
        }
    }
}
