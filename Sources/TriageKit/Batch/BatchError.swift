/// Why a batch run could not start or continue (per-record problems are rejects, not errors).
public struct BatchError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The input cannot be opened or read.
        case unreadableInput(String)
        /// An output file cannot be created or written.
        case unwritableOutput(String)
        /// The checkpoint is unreadable or belongs to another input or output.
        case badCheckpoint(String)
    }

    /// The file involved.
    public var file: String
    public var kind: Kind

    public init(file: String, kind: Kind) {
        self.file = file
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .unreadableInput(let d): return "\(file): cannot read input (\(d))"
        case .unwritableOutput(let d): return "\(file): cannot write (\(d))"
        case .badCheckpoint(let d): return "\(file): checkpoint cannot be used (\(d)); remove it or run without --resume"
        }
    }
}
