import Foundation
import TriageText

/// Who wrote a message in a thread.
public enum SpeakerRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// The person asking for help.
    case customer
    /// A human support agent.
    case agent
    /// An automated assistant or auto-responder.
    case bot
    /// System events and notifications (status changes, assignment notes).
    case system

    /// Maps a free-form author label (`"customer"`, `"Agent"`, `"support"`, `"assistant"`, `"auto"` …) to a role.
    ///
    /// Unknown labels map to ``customer``, the safe default for a lone message.
    public init(label: String) {
        switch label.keywordForm {
        case "agent", "support", "staff", "human", "operator", "representative", "rep", "engineer":
            self = .agent
        case "bot", "assistant", "auto", "autoresponder", "auto-responder", "chatbot", "virtual agent":
            self = .bot
        case "system", "note", "event", "internal":
            self = .system
        default:
            self = .customer
        }
    }
}

/// One message of a thread, as the summarizer sees it.
///
/// The summarizer does not depend on the ticket schema: callers (the planner, the CLI) map their own
/// messages onto this type. Text is kept verbatim; units are located in it by UTF-8 offsets.
public struct SummaryMessage: Sendable, Hashable, Codable {
    /// The message identifier cited by summary lines (e.g. `"T-1042#3"`).
    public var id: String
    /// Who wrote it.
    public var role: SpeakerRole
    /// An optional display label for the author (`"#Person1#"`, `"Ana Lopez"`); used to tell speakers of
    /// the same role apart.
    public var speaker: String?
    /// The body as written. Quoted history, signatures and boilerplate still inside it are detected and
    /// excluded from selection, never removed.
    public var text: String
    /// Quoted history already separated by intake, if any. Never selected.
    public var quotedText: String?
    /// A signature already separated by intake, if any. Never selected.
    public var signatureText: String?

    /// Creates a message.
    public init(id: String, role: SpeakerRole, speaker: String? = nil, text: String,
                quotedText: String? = nil, signatureText: String? = nil) {
        self.id = id
        self.role = role
        self.speaker = speaker
        self.text = text
        self.quotedText = quotedText
        self.signatureText = signatureText
    }
}
