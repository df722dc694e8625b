import Foundation
import TriageText

/// Who wrote a message.
public enum Author: String, Sendable, Hashable, Codable, CaseIterable {
    case customer, agent, bot, system

    /// Parses a role name case-insensitively, accepting common synonyms
    /// (`user`, `client`, `requester` → customer; `support`, `staff`, `operator`, `assistant`'s human kin → agent;
    /// `assistant`, `automation` → bot). Returns `nil` for anything else.
    public init?(parsing text: String) {
        let lowered = text.keywordForm
        if let known = Author(rawValue: lowered) {
            self = known
            return
        }
        switch lowered {
        case "user", "client", "requester", "end_user", "enduser", "visitor", "contact", "person1", "#person1#":
            self = .customer
        case "support", "staff", "operator", "rep", "representative", "human_agent", "admin", "person2", "#person2#":
            self = .agent
        case "assistant", "automation", "chatbot", "auto":
            self = .bot
        case "note", "event", "internal":
            self = .system
        default:
            return nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let author = Author(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected one of customer, agent, bot, system")
        }
        self = author
    }
}
