/// Errors of a ``SearchStore``. Each names the database file.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The file is not an SQLite database, or SQLite reports it damaged. Restore a backup or rebuild it
    /// with `triage index`.
    case corruptDatabase(path: String, message: String)
    /// The file is an SQLite database but not a TriageKit search store (no store metadata, or another
    /// format). Point at the right file or choose a new path.
    case foreignDatabase(path: String, found: String)
    /// The store was written by an unsupported format version.
    case unsupportedFormatVersion(path: String, found: Int, supported: ClosedRange<Int>)
    /// Persisted index data is truncated or inconsistent (which part, why). Rebuild with `reindex()`.
    case corruptIndex(path: String, part: String, reason: String)
    /// SQLite failed (result code, message, statement; bound document text is never included).
    case sqlite(path: String, resultCode: Int32, message: String?, sql: String?)

    public var description: String {
        switch self {
        case .corruptDatabase(let path, let message):
            return "\(path): not a valid SQLite database (\(message)); restore a backup or rebuild it with `triage index`"
        case .foreignDatabase(let path, let found):
            return "\(path): not a TriageKit search store (\(found)); choose another path"
        case .unsupportedFormatVersion(let path, let found, let supported):
            return "\(path): store format \(found) is not supported (supported: \(supported.lowerBound)...\(supported.upperBound))"
        case .corruptIndex(let path, let part, let reason):
            return "\(path): corrupt index data in \(part): \(reason); rebuild it with reindex()"
        case .sqlite(let path, let code, let message, let sql):
            return "\(path): SQLite error \(code): \(message ?? "unknown")" + (sql.map { " - while executing `\($0)`" } ?? "")
        }
    }
}
