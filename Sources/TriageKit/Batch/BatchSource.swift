import Foundation
import TriageTickets

/// One input record on its way through a batch: its 1-based number (the physical line for JSONL, the record
/// for CSV, the file for an e-mail folder) and either raw bytes still to decode or an intake result.
struct BatchRecord: Sendable {
    enum Payload: Sendable {
        /// A JSONL line, without its line break.
        case line([UInt8])
        /// A record already read by TriageTickets' intake, with the raw text for the rejects file.
        case parsed(IntakeResult, raw: String)
    }

    var number: Int
    var payload: Payload
}

/// Reads records one at a time from a JSONL file, a CSV file or an e-mail folder, optionally skipping the
/// records an earlier run finished. JSONL is streamed in 1 MiB reads (memory bounded by the longest line).
struct BatchSource {
    let url: URL
    let format: BatchInputFormat
    /// Records handed out or skipped so far.
    private(set) var count = 0
    /// Input bytes consumed (JSONL).
    private(set) var offset: UInt64 = 0
    /// Total input size in bytes, or records for CSV and folders (for the ETA).
    private(set) var total: UInt64 = 0

    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    private var parsed: [IntakeResult] = []
    private var files: [URL] = []

    /// Opens the input and positions it after `skipping` records (at `offset` bytes for JSONL).
    init(url: URL, format: BatchInputFormat, skipping records: Int, offset: UInt64, options: IntakeOptions) throws(BatchError) {
        self.url = url
        self.format = format
        do {
            switch format {
            case .jsonl:
                let h = try FileHandle(forReadingFrom: url)
                total = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? UInt64) ?? 0
                if offset > total { throw BatchError(file: url.path, kind: .badCheckpoint("checkpoint offset past the end of the input")) }
                try h.seek(toOffset: offset)
                handle = h
                self.offset = offset
            case .csv:
                parsed = TicketReader(options: options).records(try Data(contentsOf: url), file: url.path, format: .csv)
                total = UInt64(parsed.count)
            case .email:
                let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
                files = names.filter { !$0.hasPrefix(".") }.map { url.appendingPathComponent($0) }.filter {
                    var isDirectory: ObjCBool = false
                    return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && !isDirectory.boolValue
                }
                total = UInt64(files.count)
            }
        } catch let error as BatchError {
            throw error
        } catch {
            throw BatchError(file: url.path, kind: .unreadableInput(error.localizedDescription))
        }
        count = records
    }

    /// The next record, or `nil` at the end of the input.
    mutating func next() throws(BatchError) -> BatchRecord? {
        switch format {
        case .jsonl:
            guard let line = try nextLine() else { return nil }
            count += 1
            return BatchRecord(number: count, payload: .line(line))
        case .csv:
            guard count < parsed.count else { return nil }
            let result = parsed[count]
            count += 1
            var raw = ""
            if case .failure(let e) = result { raw = "row at line \(e.line.map(String.init) ?? "?")" }
            return BatchRecord(number: count, payload: .parsed(result, raw: raw))
        case .email:
            guard count < files.count else { return nil }
            let file = files[count]
            count += 1
            return BatchRecord(number: count, payload: .parsed(Self.email(file), raw: file.lastPathComponent))
        }
    }

    static let emailExtensions: Set<String> = ["eml", "msg", "txt", "email", ""]

    /// One e-mail file as a ticket, or why not (another file type, unreadable).
    static func email(_ file: URL) -> IntakeResult {
        let ext = file.pathExtension.lowercased()
        guard emailExtensions.contains(ext) else {
            return .failure(IntakeError(file: file.path, reason: .invalidField("not an e-mail file (.\(ext)); expected .eml, .msg, .txt, .email or no extension")))
        }
        do {
            return EmailIntake.record(bytes: [UInt8](try Data(contentsOf: file)), file: file.path)
        } catch {
            return .failure(IntakeError(file: file.path, reason: .unreadable(error.localizedDescription)))
        }
    }

    private mutating func nextLine() throws(BatchError) -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<newline])
                offset += UInt64(newline - start + 1)
                start = newline + 1
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            if eof {
                guard start < buffer.count else { return nil }
                var line = Array(buffer[start...])
                offset += UInt64(buffer.count - start)
                start = buffer.count
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            do {
                let chunk = try handle?.read(upToCount: 1 << 20) ?? Data()
                if chunk.isEmpty { eof = true } else { buffer.append(contentsOf: chunk) }
            } catch {
                throw BatchError(file: url.path, kind: .unreadableInput(error.localizedDescription))
            }
        }
    }
}
