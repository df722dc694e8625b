import Foundation

/// Reads JSON Lines: one ticket per line, streamed, each line decoded on its own.
///
/// A bad line yields an ``IntakeError`` naming the file, the line and the field; the other lines still come
/// through. Blank lines are skipped. A line that is not valid UTF-8 is read with the bad bytes replaced by
/// U+FFFD (best effort) and the ticket records an `invalid UTF-8` defect.
public enum JSONLIntake {
    /// Streams the records of a file, calling `body` once per non-blank line, in order.
    ///
    /// Memory stays bounded by the longest line (the file is read in 1 MiB chunks).
    /// - Throws: Only what `body` throws. An unreadable file is reported through `body` as one failure.
    public static func read(_ url: URL, name: String? = nil, _ body: (IntakeResult) throws -> Void) rethrows {
        let file = name ?? url.path
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            try body(.failure(IntakeError(file: file, reason: .unreadable(error.localizedDescription))))
            return
        }
        defer { try? handle.close() }
        try read(handle: handle, file: file, body)
    }

    /// Streams the records read from an open handle (standard input, a pipe).
    /// - Throws: Only what `body` throws.
    public static func read(handle: FileHandle, file: String, _ body: (IntakeResult) throws -> Void) rethrows {
        var reader = LineDecoder(file: file)
        var buffer: [UInt8] = []
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                try body(.failure(IntakeError(file: file, line: reader.lineNumber + 1, reason: .unreadable(error.localizedDescription))))
                return
            }
            if chunk.isEmpty { break }
            buffer.append(contentsOf: chunk)
            var start = 0
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                if let result = reader.decode(buffer[start..<newline]) { try body(result) }
                start = newline + 1
            }
            buffer.removeFirst(start)
        }
        if !buffer.isEmpty, let result = reader.decode(buffer[...]) { try body(result) }
        if reader.records == 0 {
            try body(.failure(IntakeError(file: file, reason: .empty)))
        }
    }

    /// Decodes every line of an in-memory buffer.
    public static func records(in bytes: [UInt8], file: String) -> [IntakeResult] {
        var reader = LineDecoder(file: file)
        var results: [IntakeResult] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if let result = reader.decode(bytes[start..<end]) { results.append(result) }
            start = end + 1
        }
        if reader.records == 0 { results.append(.failure(IntakeError(file: file, reason: .empty))) }
        return results
    }

    /// The one record of a single line (no newline inside): what ``records(in:file:)`` returns for it, without
    /// the list.
    package static func record(line bytes: [UInt8], file: String) -> IntakeResult {
        var reader = LineDecoder(file: file)
        return reader.decode(bytes[...]) ?? .failure(IntakeError(file: file, reason: .empty))
    }

    /// Decodes one line at a time, counting lines.
    struct LineDecoder {
        let file: String
        /// Made on first use: most records are read by ``FastTicketParser``.
        private(set) lazy var decoder = JSONDecoder()
        var lineNumber = 0
        var records = 0

        init(file: String) { self.file = file }

        mutating func decode(_ raw: ArraySlice<UInt8>) -> IntakeResult? {
            lineNumber += 1
            var line = raw
            if line.last == 0x0D { line = line.dropLast() }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
            records += 1
            var bytes = Array(line)
            var repaired = false
            if String(validating: bytes, as: UTF8.self) == nil {
                bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
                repaired = true
            }
            if var ticket = FastTicketParser.ticket(bytes) {
                if repaired { ticket.defects.append("invalid UTF-8 replaced by U+FFFD (line \(lineNumber))") }
                return .success(ticket)
            }
            let data = Data(bytes)
            do {
                var ticket = try decoder.decode(Ticket.self, from: data)
                if repaired { ticket.defects.append("invalid UTF-8 replaced by U+FFFD (line \(lineNumber))") }
                return .success(ticket)
            } catch {
                return .failure(IntakeError.decoding(error, file: file, line: lineNumber, data: data))
            }
        }
    }
}
