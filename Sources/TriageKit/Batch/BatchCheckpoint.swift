import Foundation

/// The durable progress record of a batch run: how much input is done and how many output bytes are
/// committed. Written atomically (temporary file, fsync, rename, fsync of the folder) after the outputs are
/// fsync'd, so after a crash the outputs hold at least the committed bytes and resuming truncates them back.
public struct BatchCheckpoint: Sendable, Hashable, Codable {
    public var version = 1
    /// The input path, as given.
    public var input: String
    /// The input format.
    public var format: BatchInputFormat
    /// Input records (lines, rows, files) fully handled.
    public var records: Int
    /// Input bytes consumed (JSONL only; 0 otherwise).
    public var inputOffset: UInt64
    /// Committed bytes of the decisions file.
    public var outputBytes: UInt64
    /// Committed bytes of the rejects file.
    public var rejectsBytes: UInt64
    /// Decision lines written so far.
    public var decided: Int
    /// Reject lines written so far.
    public var rejected: Int
    /// The run reached the end of the input.
    public var complete: Bool

    enum CodingKeys: String, CodingKey {
        case version, input, format, records, decided, rejected, complete
        case inputOffset = "input_offset", outputBytes = "output_bytes", rejectsBytes = "rejects_bytes"
    }

    /// Reads a checkpoint file; `nil` when there is none.
    /// - Throws: ``BatchError`` when the file exists but cannot be decoded.
    public static func load(_ url: URL) throws(BatchError) -> BatchCheckpoint? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(BatchCheckpoint.self, from: Data(contentsOf: url))
        } catch {
            throw BatchError(file: url.path, kind: .badCheckpoint("\(error)"))
        }
    }

    /// Replaces the checkpoint file durably.
    /// - Throws: ``BatchError`` on any file-system failure.
    public func save(_ url: URL) throws(BatchError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let temporary = url.appendingPathExtension("tmp")
        do {
            let data = try encoder.encode(self) + Data("\n".utf8)
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw BatchError(file: temporary.path, kind: .unwritableOutput("cannot create"))
            }
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            if rename(temporary.path, url.path) != 0 {
                throw BatchError(file: url.path, kind: .unwritableOutput(String(cString: strerror(errno))))
            }
            let folder = open(url.deletingLastPathComponent().path, O_RDONLY)
            if folder >= 0 { _ = fsync(folder); _ = close(folder) }
        } catch let error as BatchError {
            throw error
        } catch {
            throw BatchError(file: url.path, kind: .unwritableOutput("\(error)"))
        }
    }
}
