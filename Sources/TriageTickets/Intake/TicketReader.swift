import Foundation

/// Reads tickets from a file, a folder or standard input, in any ``IntakeFormat``.
///
/// ```swift
/// let reader = TicketReader(options: IntakeOptions())
/// try reader.read(URL(fileURLWithPath: "inbox/"), format: .email) { result in
///     switch result {
///     case .success(let ticket): print(try ticket.jsonLine())
///     case .failure(let error): FileHandle.standardError.write(Data("\(error)\n".utf8))
///     }
/// }
/// ```
///
/// A folder is read file by file in sorted name order (hidden files skipped; for `email`, files ending in
/// `.eml`, `.email`, `.mbox`, plus `.txt` and extension-less files whose first line is a header field). Each record's result is delivered in input order; a bad
/// record never stops the others.
public struct TicketReader: Sendable {
    /// How records are read.
    public var options: IntakeOptions

    public init(options: IntakeOptions = IntakeOptions()) {
        self.options = options
    }

    /// Calls `body` with each record's result, in order.
    /// - Parameters:
    ///   - url: A file or a folder; `-` (as a path) reads standard input.
    ///   - format: The input format.
    /// - Throws: Only what `body` throws; unreadable input is delivered as a failure.
    public func read(_ url: URL, format: IntakeFormat, _ body: (IntakeResult) throws -> Void) rethrows {
        if url.path == "-" || url.relativePath == "-" {
            if format == .jsonl {
                try JSONLIntake.read(handle: FileHandle.standardInput, file: "-", body)
            } else {
                for result in records(FileHandle.standardInput.readDataToEndOfFile(), file: "-", format: format) {
                    try body(result)
                }
            }
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            try body(.failure(IntakeError(file: url.path, reason: .unreadable("no such file or folder"))))
            return
        }
        if isDirectory.boolValue {
            let files: [URL]
            do {
                files = try folderFiles(url, format: format)
            } catch {
                try body(.failure(IntakeError(file: url.path, reason: .unreadable(error.localizedDescription))))
                return
            }
            for file in files { try readFile(file, format: format, body) }
        } else {
            try readFile(url, format: format, body)
        }
    }

    /// Every record's result, in order (convenience over ``read(_:format:_:)``).
    public func readAll(_ url: URL, format: IntakeFormat) -> [IntakeResult] {
        var results: [IntakeResult] = []
        read(url, format: format) { results.append($0) }
        return results
    }

    /// Decodes in-memory input.
    /// - Parameter file: The name used in errors and fallback ids.
    public func records(_ data: Data, file: String, format: IntakeFormat) -> [IntakeResult] {
        let bytes = [UInt8](data)
        switch format {
        case .jsonl: return JSONLIntake.records(in: bytes, file: file)
        case .json: return JSONIntake.records(in: bytes, file: file)
        case .csv: return CSVIntake.records(in: bytes, file: file, mapping: options.csv)
        case .chat: return ChatIntake.records(in: bytes, file: file)
        case .email: return [EmailIntake.record(bytes: bytes, file: file, options: options)]
        }
    }

    private func readFile(_ url: URL, format: IntakeFormat, _ body: (IntakeResult) throws -> Void) rethrows {
        if format == .jsonl {
            try JSONLIntake.read(url, name: url.path, body)
            return
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            try body(.failure(IntakeError(file: url.path, reason: .unreadable(error.localizedDescription))))
            return
        }
        for result in records(data, file: url.path, format: format) { try body(result) }
    }

    /// `true` when the file's first line is a header field (`Name: value`) or a `From ` envelope line.
    static func looksLikeMessage(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        let firstLine = head.prefix { $0 != 0x0A && $0 != 0x0D }
        if firstLine.starts(with: Array("From ".utf8)) { return true }
        guard let colon = firstLine.firstIndex(of: 0x3A), colon > firstLine.startIndex else { return false }
        return firstLine[firstLine.startIndex..<colon].allSatisfy { (0x21...0x7E).contains($0) }
    }

    private func folderFiles(_ folder: URL, format: IntakeFormat) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return names.compactMap { name -> URL? in
            guard !name.hasPrefix(".") else { return nil }
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                return nil
            }
            let ext = url.pathExtension.lowercased()
            if format == .email && (ext.isEmpty || ext == "txt") {
                // Plain-text names are read only when the file opens like a message (a header line).
                return Self.looksLikeMessage(url) ? url : nil
            }
            return format.fileExtensions.contains(ext) ? url : nil
        }
    }
}
