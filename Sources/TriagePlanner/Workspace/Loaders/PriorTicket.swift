import Foundation
import TriageTickets

/// A resolved ticket from `tickets/*.jsonl`, used for similar-ticket evidence.
public struct PriorTicket: Sendable, Hashable {
    /// How the ticket was resolved.
    public struct Resolution: Sendable, Hashable, Codable {
        /// The intent it turned out to be.
        public var intent: String?
        /// The team that resolved it.
        public var team: String?
        /// The article that solved it, if any.
        public var article: String?
        /// A short resolution note.
        public var note: String?
        public init(intent: String? = nil, team: String? = nil, article: String? = nil, note: String? = nil) {
            self.intent = intent
            self.team = team
            self.article = article
            self.note = note
        }
    }

    /// The ticket itself.
    public var ticket: Ticket
    /// Its resolution.
    public var resolution: Resolution
    /// The file and line it came from.
    public var file: String
    public var line: Int

    public init(ticket: Ticket, resolution: Resolution, file: String = "", line: Int = 0) {
        self.ticket = ticket
        self.resolution = resolution
        self.file = file
        self.line = line
    }
}

/// Reads prior tickets: one ``Ticket`` a line with a `resolution` object.
package struct PriorTicketLoader {
    package init() {}

    /// Parses one JSONL file.
    ///
    /// - Throws: ``WorkspaceError`` with the line of a malformed ticket.
    package func parse(_ text: String, file: String) throws(WorkspaceError) -> [PriorTicket] {
        var out: [PriorTicket] = []
        let decoder = JSONDecoder()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmedWhitespace
            if trimmed.isEmpty { continue }
            let data = Data(trimmed.utf8)
            do {
                var ticket = try decoder.decode(Ticket.self, from: data)
                var resolution = PriorTicket.Resolution()
                if let raw = ticket.extras.removeValue(forKey: "resolution"), case .object(let members) = raw {
                    resolution.intent = members["intent"]?.scalarText
                    resolution.team = members["team"]?.scalarText
                    resolution.article = members["article"]?.scalarText
                    resolution.note = members["note"]?.scalarText
                }
                out.append(PriorTicket(ticket: ticket, resolution: resolution, file: file, line: index + 1))
            } catch {
                throw WorkspaceError(file: file, line: index + 1, key: DecodingPath.describe(error),
                                     kind: .syntax("not a valid ticket"))
            }
        }
        return out
    }
}

/// Turns a `DecodingError` into the dotted key path it failed at.
package enum DecodingPath {
    package static func describe(_ error: any Error) -> String? {
        let context: DecodingError.Context?
        switch error as? DecodingError {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        case .keyNotFound(let key, let c):
            return (c.codingPath + [key]).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        default: context = nil
        }
        guard let context, !context.codingPath.isEmpty else { return nil }
        return context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
