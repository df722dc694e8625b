import Foundation
import TriagePlanner
import TriageTickets

/// The bytes one chunk of records produces: decision lines and reject lines, in record order.
struct ChunkOutput: Sendable {
    var decisions: [UInt8] = []
    var rejects: [UInt8] = []
    var decided = 0
    var rejected = 0
}

/// One line of the rejects file: where the record was, why it failed, and the raw input.
public struct BatchReject: Sendable, Hashable, Codable {
    /// The 1-based record number: the physical line for JSONL, the record for CSV, the file for a folder.
    public var line: Int
    /// What went wrong.
    public var error: String
    /// The raw record (invalid UTF-8 replaced by U+FFFD; for folders the file name).
    public var raw: String
}

/// Decodes and decides the records of one chunk.
struct BatchWorker: Sendable {
    let decider: any TicketDecider
    let file: String
    /// The decision-line size reserved per record.
    static let expectedLineBytes = 8192

    func run(_ records: ArraySlice<BatchRecord>) -> ChunkOutput {
        var out = ChunkOutput()
        // Decision lines average 4–7 KB: reserving up front spares the chunk buffer its doubling copies.
        out.decisions.reserveCapacity(records.count * Self.expectedLineBytes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for record in records {
            let result: IntakeResult
            // The raw text is needed only for a rejects line.
            var raw: String {
                switch record.payload {
                case .line(let bytes): String(decoding: bytes, as: UTF8.self)
                case .parsed(_, let text): text
                }
            }
            switch record.payload {
            case .line(let bytes):
                if !bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                    result = .failure(IntakeError(file: file, line: record.number, reason: .invalidField("blank line")))
                } else {
                    result = Self.fixLine(JSONLIntake.record(line: bytes, file: file), record.number)
                }
            case .parsed(let r, _):
                result = r
            }
            switch result {
            case .success(let ticket):
                do {
                    let decision = try decider.decide(ticket)
                    try decision.appendJSONLine(to: &out.decisions)
                    out.decided += 1
                } catch {
                    reject(record.number, "\(error)", raw, encoder, &out)
                }
            case .failure(let error):
                var e = error
                if case .line = record.payload { e.line = record.number }
                reject(record.number, e.description, raw, encoder, &out)
            }
        }
        return out
    }

    func reject(_ number: Int, _ message: String, _ raw: String, _ encoder: JSONEncoder, _ out: inout ChunkOutput) {
        let line = (try? encoder.encode(BatchReject(line: number, error: message, raw: raw)))
            ?? Data("{\"error\":\"unencodable\",\"line\":\(number),\"raw\":\"\"}".utf8)
        out.rejects.append(contentsOf: line)
        out.rejects.append(0x0A)
        out.rejected += 1
    }

    /// Intake saw the line alone (as line 1): give its errors and defects the real line number.
    static func fixLine(_ result: consuming IntakeResult, _ number: Int) -> IntakeResult {
        switch consume result {
        case .success(var ticket):
            if !ticket.defects.isEmpty {
                ticket.defects = ticket.defects.map { $0.replacingOccurrences(of: "(line 1)", with: "(line \(number))") }
            }
            return .success(ticket)
        case .failure(var error):
            error.line = number
            return .failure(error)
        }
    }
}
