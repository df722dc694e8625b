import Foundation

/// How a batch run reads, parallelises and records progress. Every value has a documented default.
public struct BatchOptions: Sendable, Hashable, Codable {
    /// Worker threads. The default is the number of active processors.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Records per work chunk. The default is 256.
    public var chunkSize: Int = 256
    /// Chunks in flight per job (bounds memory: at most `jobs × chunksPerJob × chunkSize` records are held).
    /// The default is 4.
    public var chunksPerJob: Int = 4
    /// Continue from the checkpoint of an earlier, interrupted run. The default is false (start over).
    public var resume = false
    /// Seconds between durable checkpoints (outputs fsync'd, then the checkpoint file replaced atomically).
    /// The default is 1.
    public var checkpointInterval: Double = 1
    /// Show a progress line on standard error when it is a terminal. The default is true.
    public var progress = true
    /// Test hook: stop abruptly after writing (but before checkpointing) the chunk that passes this many
    /// records, as a crash would. `nil` (the default) runs to the end.
    package var haltAfterRecords: Int?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case jobs, resume, progress
        case chunkSize = "chunk_size", chunksPerJob = "chunks_per_job", checkpointInterval = "checkpoint_interval"
    }
}

/// The input layout of a batch run.
public enum BatchInputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// JSON Lines: one ticket per physical line (streamed; constant memory).
    case jsonl
    /// CSV with a header row, mapped by TriageTickets' column mapping (the file is read whole).
    case csv
    /// A folder of e-mail files, one ticket per file, in sorted name order (one file in memory at a time).
    case email

    /// The format a path implies: a folder is `email`, a `.csv` file `csv`, anything else `jsonl`.
    public static func infer(_ url: URL) -> BatchInputFormat {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue { return .email }
        return url.pathExtension.lowercased() == "csv" ? .csv : .jsonl
    }
}
