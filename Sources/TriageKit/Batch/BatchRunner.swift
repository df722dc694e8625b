import Foundation
import TriageTickets

/// Streams a backlog of tickets to decisions on all cores, losing nothing.
///
/// - Every input record ends as exactly one decision line (in `output`) or one reject line (in `rejects`:
///   record number, error, raw input), in input order; records an earlier run finished are skipped on resume.
///   For JSONL every physical line is a record (a blank line is rejected), so decision lines + reject lines
///   = input lines.
/// - Memory is bounded: exactly `jobs` worker threads decide chunks of ``BatchOptions/chunkSize`` records
///   while the calling thread reads ahead at most `jobs × chunksPerJob` chunks and writes finished ones in
///   input order.
/// - Durability: about every ``BatchOptions/checkpointInterval`` seconds and at the end, both outputs are
///   fsync'd and then `<output>.checkpoint` is replaced atomically with the committed byte counts and the input
///   position. With ``BatchOptions/resume`` a later run truncates the outputs to the committed bytes, seeks the
///   input and continues, so a run killed at any moment and resumed writes the same bytes as one that never
///   stopped.
///
/// ```swift
/// let runner = BatchRunner(decider: engine, options: BatchOptions())
/// let summary = try runner.run(input: URL(fileURLWithPath: "backlog.jsonl"),
///                              output: URL(fileURLWithPath: "decisions.jsonl"),
///                              rejects: URL(fileURLWithPath: "rejects.jsonl"))
/// ```
public struct BatchRunner: Sendable {
    public var decider: any TicketDecider
    public var options: BatchOptions
    /// How CSV input is mapped to tickets.
    public var intake: IntakeOptions

    public init(decider: any TicketDecider, options: BatchOptions = BatchOptions(), intake: IntakeOptions = IntakeOptions()) {
        self.decider = decider
        self.options = options
        self.intake = intake
    }

    /// The checkpoint file of an output.
    public static func checkpointURL(for output: URL) -> URL { output.appendingPathExtension("checkpoint") }

    /// Runs the batch.
    /// - Parameters:
    ///   - format: The input layout; `nil` infers it from the path (``BatchInputFormat/infer(_:)``).
    /// - Throws: ``BatchError`` when the input cannot be read, an output cannot be written, or a resume
    ///   checkpoint does not match.
    public func run(input: URL, output: URL, rejects: URL, format: BatchInputFormat? = nil) throws(BatchError) -> BatchSummary {
        let format = format ?? BatchInputFormat.infer(input)
        let checkpointURL = Self.checkpointURL(for: output)
        var state = BatchCheckpoint(input: input.path, format: format, records: 0, inputOffset: 0, outputBytes: 0,
                                    rejectsBytes: 0, decided: 0, rejected: 0, complete: false)
        if options.resume, let saved = try BatchCheckpoint.load(checkpointURL) {
            guard saved.input == input.path, saved.format == format else {
                throw BatchError(file: checkpointURL.path, kind: .badCheckpoint("it records input \(saved.input) (\(saved.format.rawValue))"))
            }
            state = saved
        }
        let skipped = state.records
        var source = try BatchSource(url: input, format: format, skipping: state.records, offset: state.inputOffset, options: intake)
        let out = try Self.open(output, truncatingTo: state.outputBytes)
        let rej = try Self.open(rejects, truncatingTo: state.rejectsBytes)
        defer { try? out.close(); try? rej.close() }

        let worker = BatchWorker(decider: decider, file: input.path)
        let jobs = max(1, options.jobs), chunk = max(1, options.chunkSize)
        let window = jobs * max(1, options.chunksPerJob)
        var progress = BatchProgress(enabled: options.progress)
        let clock = ContinuousClock(), started = clock.now
        var lastCheckpoint = started
        var handled = 0
        // `jobs` threads decide chunks; this thread reads ahead (up to `window` chunks) and writes results in
        // input order.
        let pipeline = ChunkPipeline(jobs: jobs) { worker.run($0) }
        defer { pipeline.close() }
        var positions: [(records: Int, offset: UInt64, count: Int)] = []   // per submitted, unwritten chunk
        var submitted = 0, written = 0, exhausted = false
        while true {
            while !exhausted && submitted - written < window {
                var records: [BatchRecord] = []
                records.reserveCapacity(chunk)
                while records.count < chunk, let r = try source.next() { records.append(r) }
                if records.isEmpty { exhausted = true; break }
                positions.append((source.count, source.offset, records.count))
                pipeline.submit(submitted, records[...])
                submitted += 1
            }
            guard written < submitted else { break }
            let r = pipeline.result(written)
            let position = positions.removeFirst()
            written += 1
            try Self.write(r.decisions, to: out, file: output)
            try Self.write(r.rejects, to: rej, file: rejects)
            state.outputBytes += UInt64(r.decisions.count)
            state.rejectsBytes += UInt64(r.rejects.count)
            state.decided += r.decided
            state.rejected += r.rejected
            handled += position.count
            state.records = position.records
            state.inputOffset = position.offset
            if let halt = options.haltAfterRecords, handled >= halt {
                return summary(state, skipped: skipped, handled: handled, since: started, complete: false)
            }
            progress.update(records: handled, done: format == .jsonl ? position.offset : UInt64(position.records), total: source.total)
            if clock.now - lastCheckpoint >= .milliseconds(Int(options.checkpointInterval * 1000)) {
                try commit(state, out: out, rej: rej, output: output, rejects: rejects, checkpoint: checkpointURL)
                lastCheckpoint = clock.now
            }
        }
        state.complete = true
        try commit(state, out: out, rej: rej, output: output, rejects: rejects, checkpoint: checkpointURL)
        progress.update(records: handled, done: 1, total: 1, final: true)
        return summary(state, skipped: skipped, handled: handled, since: started, complete: true)
    }

    private func summary(_ s: BatchCheckpoint, skipped: Int, handled: Int, since: ContinuousClock.Instant, complete: Bool) -> BatchSummary {
        let d = ContinuousClock().now - since
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return BatchSummary(records: s.decided + s.rejected, decided: s.decided, rejected: s.rejected, skipped: skipped,
                            seconds: seconds, recordsPerSecond: seconds > 0 ? Double(handled) / seconds : 0, complete: complete)
    }

    private func commit(_ state: BatchCheckpoint, out: FileHandle, rej: FileHandle, output: URL, rejects: URL,
                        checkpoint: URL) throws(BatchError) {
        do {
            try out.synchronize()
        } catch { throw BatchError(file: output.path, kind: .unwritableOutput("\(error)")) }
        do {
            try rej.synchronize()
        } catch { throw BatchError(file: rejects.path, kind: .unwritableOutput("\(error)")) }
        try state.save(checkpoint)
    }

    /// Opens (creating) a file for appending after truncating it to `length` bytes.
    static func open(_ url: URL, truncatingTo length: UInt64) throws(BatchError) -> FileHandle {
        do {
            if !FileManager.default.fileExists(atPath: url.path) {
                guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                    throw BatchError(file: url.path, kind: .unwritableOutput("cannot create"))
                }
            }
            let handle = try FileHandle(forWritingTo: url)
            let size = try handle.seekToEnd()
            if size < length {
                throw BatchError(file: url.path, kind: .badCheckpoint("file has \(size) bytes, checkpoint committed \(length)"))
            }
            try handle.truncate(atOffset: length)
            try handle.seek(toOffset: length)
            return handle
        } catch let error as BatchError {
            throw error
        } catch {
            throw BatchError(file: url.path, kind: .unwritableOutput("\(error)"))
        }
    }

    static func write(_ bytes: [UInt8], to handle: FileHandle, file: URL) throws(BatchError) {
        guard !bytes.isEmpty else { return }
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw BatchError(file: file.path, kind: .unwritableOutput("\(error)"))
        }
    }
}
