import Foundation
import TriageClassifier

/// One test row run through an intent model: what the error file and the HTML report need.
public struct IntentRow: Sendable, Hashable, Codable {
    /// The row's position in the test data (1-based, blank texts included).
    public var row: Int
    /// The text.
    public var text: String
    /// The gold intent, or ``IntentRun/outOfScopeLabel`` for an intent the model was not trained on.
    public var gold: String
    /// The predicted intent, or ``IntentRun/outOfScopeLabel`` when out-of-scope rejection is on and the model
    /// rejected the text.
    public var predicted: String
    /// The calibrated probability of the top intent.
    public var confidence: Double
    /// The top hypotheses, most probable first.
    public var hypotheses: [IntentHypothesis]
    /// The terms that pushed the top intent most (filled for wrong rows only, see ``IntentRun/rows(model:test:rejectOutOfScope:)``).
    public var terms: [TermContribution]

    /// Whether the prediction is wrong.
    public var isError: Bool { gold != predicted }
}

/// Runs a test set through an intent model row by row, for `--errors` files and HTML reports.
public enum IntentRun {
    /// The label used for out-of-scope rows and rejected predictions.
    public static let outOfScopeLabel = "out_of_scope"

    /// Every non-blank row of `test`, in order. Gold labels the model does not know count as out of scope; with
    /// `rejectOutOfScope`, a rejected prediction is out of scope too. Wrong rows carry the explanation of the
    /// predicted intent (its ten strongest terms).
    public static func rows(model: IntentClassifier, test: [LabeledExample], rejectOutOfScope: Bool) -> [IntentRow] {
        let known = Set(model.labels)
        var out: [IntentRow] = []
        for (i, example) in test.enumerated() {
            guard let (prediction, explanation) = try? model.explainedPrediction(for: example.text, maximumCount: 3, termCount: 10)
            else { continue }
            let gold = known.contains(example.label) ? example.label : outOfScopeLabel
            let predicted = rejectOutOfScope && !prediction.isInScope ? outOfScopeLabel : prediction.label
            out.append(IntentRow(row: i + 1, text: example.text, gold: gold, predicted: predicted,
                                 confidence: prediction.confidence, hypotheses: prediction.hypotheses,
                                 terms: gold == predicted ? [] : explanation.terms))
        }
        return out
    }

    /// The classification report of the rows (for ``HTMLReport``).
    public static func report(_ rows: [IntentRow]) -> ClassificationReport {
        ClassificationReport(gold: rows.map(\.gold), predicted: rows.map(\.predicted), confidence: rows.map(\.confidence))
    }

    /// Writes every wrong row as one JSON line (keys sorted), in row order.
    /// - Throws: File-system errors.
    public static func writeErrors(_ rows: [IntentRow], to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for row in rows where row.isError {
            data.append(try encoder.encode(row))
            data.append(0x0A)
        }
        try data.write(to: url, options: .atomic)
    }
}
