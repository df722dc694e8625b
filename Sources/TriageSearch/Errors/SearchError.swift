/// Errors of the search module. Each names what was wrong and where.
public enum SearchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The query text is empty or white space. Give some words to search for.
    case emptyQuery
    /// The query is longer than ``SearchQuery/maxTextBytes``. Shorten it (or use more-like-this with a
    /// limited number of terms).
    case queryTooLong(bytes: Int, limit: Int)
    /// A limit that is not positive.
    case invalidLimit(Int)
    /// A `key=value` filter that cannot be parsed.
    case invalidFilter(String, reason: String)
    /// A line of an input file that cannot be read (file, 1-based line, what is wrong).
    case malformedInput(file: String, line: Int, reason: String)
    /// An input file that cannot be opened.
    case unreadableFile(path: String, reason: String)
    /// Two documents share an identifier in one build.
    case duplicateID(String)
    /// Serialized index data that is truncated or inconsistent (which part, why).
    case corruptIndex(part: String, reason: String)

    public var description: String {
        switch self {
        case .emptyQuery: return "empty query: give some words to search for"
        case .queryTooLong(let bytes, let limit): return "query too long: \(bytes) bytes (the limit is \(limit))"
        case .invalidLimit(let k): return "invalid limit \(k): it must be positive"
        case .invalidFilter(let f, let reason): return "invalid filter '\(f)': \(reason) (write key=value)"
        case .malformedInput(let file, let line, let reason): return "\(file):\(line): \(reason)"
        case .unreadableFile(let path, let reason): return "cannot read \(path): \(reason)"
        case .duplicateID(let id): return "duplicate document id '\(id)'"
        case .corruptIndex(let part, let reason): return "corrupt index data (\(part)): \(reason)"
        }
    }
}
