/// Why one input record (a line, a row, a file) could not become a ``Ticket``.
///
/// Every error names the file and, where it applies, the line (1-based, physical) or record, and the field or
/// column. The record's text is never included, so errors can be logged safely.
public struct IntakeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong.
    public enum Reason: Sendable, Hashable {
        /// The file or folder could not be read (missing, permissions); the detail is the system's message.
        case unreadable(String)
        /// The input is empty (zero bytes, or only blank lines). Fix: remove the file or give it content.
        case empty
        /// The text is not JSON; the detail says where parsing stopped.
        case invalidJSON(String)
        /// The JSON is well formed but a field is missing or of the wrong type; the detail says what was expected.
        case invalidField(String)
        /// A CSV row has fewer fields than the header: the named column is missing from it.
        case missingColumn
        /// A column the mapping requires is not in the CSV header. Fix: pass the right `--text-column` / `--id-column`.
        case unknownColumn
    }

    /// The file the record came from (as given; `-` for standard input).
    public var file: String
    /// The 1-based line where the record starts, when known.
    public var line: Int?
    /// The 0-based record index within a JSON array or a chat transcript, when that locates it better than a line.
    public var record: Int?
    /// The field path (`messages[2].author`) or CSV column, when one is at fault.
    public var field: String?
    /// What was wrong.
    public var reason: Reason

    public init(file: String, line: Int? = nil, record: Int? = nil, field: String? = nil, reason: Reason) {
        self.file = file
        self.line = line
        self.record = record
        self.field = field
        self.reason = reason
    }

    /// `file:line: field 'x': reason`, for stderr.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let record { location += " record \(record)" }
        var text = location + ": "
        if let field { text += "field '\(field)': " }
        switch reason {
        case .unreadable(let detail): text += "cannot read (\(detail))"
        case .empty: text += "empty input"
        case .invalidJSON(let detail): text += "not valid JSON (\(detail))"
        case .invalidField(let detail): text += detail
        case .missingColumn: text += "row is missing this column (fewer fields than the header)"
        case .unknownColumn: text += "column not found in the CSV header; check the column mapping"
        }
        return text
    }
}

/// The outcome of reading one record: a ticket, or why there is none.
public typealias IntakeResult = Result<Ticket, IntakeError>
