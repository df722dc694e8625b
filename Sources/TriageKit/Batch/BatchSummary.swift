/// What a batch run did. Counts cover the whole output (earlier runs included when resuming), so an
/// interrupted-then-resumed run reports the same totals as an uninterrupted one.
public struct BatchSummary: Sendable, Hashable, Codable {
    /// Input records read (decided + rejected).
    public var records: Int
    /// Decision lines in the output.
    public var decided: Int
    /// Lines in the rejects file.
    public var rejected: Int
    /// Records an earlier run had finished (skipped on resume).
    public var skipped: Int
    /// Seconds this run took.
    public var seconds: Double
    /// Records handled per second in this run.
    public var recordsPerSecond: Double
    /// Whether the run reached the end of the input (false only when halted by the test hook).
    public var complete: Bool

    /// Whether any record was rejected (the CLI's exit status).
    public var hasRejects: Bool { rejected > 0 }

    enum CodingKeys: String, CodingKey {
        case records, decided, rejected, skipped, seconds, complete
        case recordsPerSecond = "records_per_second"
    }
}
