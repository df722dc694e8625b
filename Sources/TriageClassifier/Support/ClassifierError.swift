/// Errors thrown by the intent classifier: bad training data, bad input text, unreadable model files.
///
/// Every case names where the problem is (file, line, column or label) and ``description`` says how to fix
/// it. Ticket text never appears in an error.
public enum ClassifierError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A text to train on or classify is empty (or only whitespace). `line` is 1-based when known.
    case emptyText(file: String?, line: Int?)
    /// An example has an empty label.
    case emptyLabel(file: String?, line: Int)
    /// A label has fewer examples than training needs (calibration and thresholds use held-out folds).
    case tooFewExamples(label: String, count: Int, minimum: Int)
    /// Training needs at least two distinct labels.
    case tooFewLabels(found: Int)
    /// A CSV header lacks a required column.
    case missingColumn(file: String?, column: String, available: [String])
    /// A CSV or JSONL record is malformed.
    case malformedRecord(file: String?, line: Int, reason: String)
    /// The data file could not be read.
    case unreadableFile(path: String, reason: String)
    /// The data file holds no examples.
    case noExamples(file: String?)
    /// After pruning by document frequency no features remain.
    case emptyVocabulary
    /// An option is out of range.
    case invalidOption(name: String, reason: String)

    public var description: String {
        func at(_ file: String?, _ line: Int?) -> String {
            [file, line.map { "line \($0)" }].compactMap { $0 }.joined(separator: ", ")
        }
        switch self {
        case let .emptyText(file, line):
            let place = at(file, line)
            return "Empty text\(place.isEmpty ? "" : " (\(place))"): every example and query needs some text."
        case let .emptyLabel(file, line):
            return "Empty label (\(at(file, line))): every training example needs a label."
        case let .tooFewExamples(label, count, minimum):
            return "Label '\(label)' has \(count) example(s); at least \(minimum) are needed. Add examples or drop the label."
        case let .tooFewLabels(found):
            return "Found \(found) distinct label(s); a classifier needs at least 2."
        case let .missingColumn(file, column, available):
            return "Column '\(column)' not found\(file.map { " in \($0)" } ?? ""); columns are: \(available.joined(separator: ", ")). Use --text-column/--label-column."
        case let .malformedRecord(file, line, reason):
            return "Malformed record (\(at(file, line))): \(reason)."
        case let .unreadableFile(path, reason):
            return "Cannot read \(path): \(reason)."
        case let .noExamples(file):
            return "No examples\(file.map { " in \($0)" } ?? "")."
        case .emptyVocabulary:
            return "After pruning, no features remain. Try a lower minimum document frequency or a higher maximum."
        case let .invalidOption(name, reason):
            return "Invalid option \(name): \(reason)."
        }
    }
}
