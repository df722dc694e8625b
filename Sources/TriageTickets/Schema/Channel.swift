import Foundation
import TriageText

/// Where a ticket came in.
///
/// Decoding is lenient: an unrecognised value becomes ``unknown`` rather than an error,
/// so a new upstream channel never rejects a ticket.
public enum Channel: String, Sendable, Hashable, Codable, CaseIterable {
    case email, chat, web, csv, api, unknown

    /// Parses a channel name case-insensitively; common synonyms map to their channel.
    public init(parsing text: String) {
        let lowered = text.keywordForm
        if let known = Channel(rawValue: lowered) {
            self = known
            return
        }
        switch lowered {
        case "e-mail", "mail", "smtp": self = .email
        case "livechat", "live_chat", "messenger", "sms", "whatsapp": self = .chat
        case "form", "webform", "web_form", "portal": self = .web
        default: self = .unknown
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }
}
