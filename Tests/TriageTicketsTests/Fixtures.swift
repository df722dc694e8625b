import Foundation
import TriageTickets

/// Builds test inputs in a fresh temporary folder.
enum Fixtures {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("triage-tickets-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ bytes: [UInt8], named name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    static func write(_ text: String, named name: String, in folder: URL) throws -> URL {
        try write(Array(text.utf8), named: name, in: folder)
    }

    /// An e-mail with CRLF line endings built from lines.
    static func email(_ lines: [String]) -> [UInt8] {
        Array(lines.joined(separator: "\r\n").utf8)
    }

    static func tickets(_ results: [IntakeResult]) -> [Ticket] {
        results.compactMap { try? $0.get() }
    }

    static func errors(_ results: [IntakeResult]) -> [IntakeError] {
        results.compactMap { result in
            if case .failure(let error) = result { return error }
            return nil
        }
    }
}

import TriageText

/// The CPython e-mail suite's folder, `msg_*.txt` only (the folder also holds `expected.jsonl` and a licence).
enum SharedDataForEmail {
    static func folder() -> URL? {
        guard let expected = SharedData.url("email-cpython/expected.jsonl") else { return nil }
        let source = expected.deletingLastPathComponent()
        guard let folder = try? Fixtures.folder(),
              let names = try? FileManager.default.contentsOfDirectory(atPath: source.path) else { return nil }
        for name in names where name.hasPrefix("msg_") {
            // Symbolic links read the data in place rather than copying it.
            // Linked as `.eml` so every message is read (msg_19 has no header block, so the `.txt` sniff would skip it).
            let link = (name as NSString).deletingPathExtension + ".eml"
            try? FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent(link), withDestinationURL: source.appendingPathComponent(name))
        }
        return folder
    }
}
