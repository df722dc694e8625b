/// Why a model file could not be loaded.
public enum ModelFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No file at `path`.
    case fileNotFound(path: String)
    /// The file does not start with the model-file magic bytes: not a TriageKit model.
    case notAModelFile(path: String)
    /// The file was written by a newer format; upgrade TriageKit or retrain.
    case unsupportedFormatVersion(path: String, found: Int, supported: ClosedRange<Int>)
    /// The file ends early (an interrupted copy or write).
    case truncated(path: String)
    /// The stored checksum does not match the contents (the file was modified or corrupted).
    case checksumMismatch(path: String, stored: UInt64, computed: UInt64)
    /// The contents are inconsistent although the checksum matched.
    case malformed(path: String, reason: String)
    /// Writing failed.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case let .fileNotFound(path): return "Model file not found: \(path)."
        case let .notAModelFile(path): return "\(path) is not a TriageKit intent model (bad magic bytes)."
        case let .unsupportedFormatVersion(path, found, supported):
            return "\(path) has model format version \(found); this build reads \(supported.lowerBound)...\(supported.upperBound). Upgrade TriageKit or retrain the model."
        case let .truncated(path): return "\(path) is truncated; copy or retrain the model again."
        case let .checksumMismatch(path, stored, computed):
            return "\(path) is corrupted: checksum \(String(computed, radix: 16)) does not match the stored \(String(stored, radix: 16)). Retrain or restore the model."
        case let .malformed(path, reason): return "\(path) is malformed: \(reason)."
        case let .writeFailed(path, reason): return "Cannot write \(path): \(reason)."
        }
    }
}
