/// The input formats intake reads.
public enum IntakeFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// RFC 5322 / MIME messages: one `.eml` file, or a folder of them.
    case email
    /// One JSON ticket per line.
    case jsonl
    /// One JSON ticket, or an array of tickets.
    case json
    /// CSV with a header row, mapped to tickets by ``CSVColumnMapping``.
    case csv
    /// A chat transcript: a JSON array of messages, or an object with `messages`.
    case chat

    /// File name extensions read from a folder in this format (lower-cased, without the dot).
    public var fileExtensions: Set<String> {
        switch self {
        case .email: return ["eml", "mbox", "email"]
        case .jsonl: return ["jsonl", "ndjson"]
        case .json, .chat: return ["json"]
        case .csv: return ["csv", "tsv"]
        }
    }
}

/// How intake reads its input. Every option has a default.
public struct IntakeOptions: Sendable, Hashable, Codable {
    /// Column mapping for CSV input. The default maps DESIGN.md's names (`id`, `text`, `subject`, …).
    public var csv = CSVColumnMapping()
    /// Whether e-mail and chat message text is split into new text, quoted history and signature
    /// (see ``ReplySeparator``). The default is true.
    public var separateQuotedText = true

    public init() {}
}
