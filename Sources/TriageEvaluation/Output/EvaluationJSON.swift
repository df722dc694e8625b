import Foundation
import TriagePlanner

/// The JSON form of evaluation results: keys sorted, snake_case, numbers with 6 decimals, one line by
/// default, so the same results always give the same bytes.
public enum EvaluationJSON {
    /// Decimals printed for floating-point numbers.
    public static let fractionDigits = 6

    /// The canonical JSON text of `value`.
    /// - Throws: `EncodingError` for non-finite numbers.
    public static func string<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        try CanonicalJSON(options: .init(fractionDigits: fractionDigits, pretty: pretty)).string(value)
    }

    /// Writes every wrong decision as one JSON line (the `--errors F` file).
    /// - Throws: File-system errors and `EncodingError`.
    public static func writeErrors(_ errors: [DecisionEvaluation.DecisionError], to url: URL) throws {
        var text = ""
        for e in errors { text += try string(e) + "\n" }
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
