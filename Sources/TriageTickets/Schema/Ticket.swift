import Foundation

/// A support request, normalised from any intake format (DESIGN.md §3).
///
/// ```json
/// {"id": "T-1042", "channel": "email", "created_at": "2026-11-28T10:00:00Z", "subject": "Charged twice",
///  "customer": {"id": "C-77", "email": "ana@example.com", "tier": "enterprise"},
///  "messages": [{"author": "customer", "at": "2026-11-28T10:00:00Z", "text": "..."}],
///  "fields": {"order_id": "A-55812"}, "tags": []}
/// ```
///
/// The minimal form `{"id": "...", "text": "..."}` decodes to one customer message.
/// Unknown keys at every level are kept in `extras` bags and re-emitted; encode with
/// ``Ticket/encoder()`` for deterministic (sorted-key) output.
///
/// ## Topics
/// - ``customerText``
/// - ``fullText``
/// - ``jsonLine()``
public struct Ticket: Sendable, Hashable, Codable, Identifiable {
    /// The ticket's identifier (required; JSON numbers are accepted and kept as text).
    public var id: String
    /// Where the ticket came in. The default is ``Channel/unknown``.
    public var channel: Channel
    /// When the ticket was created, ISO-8601; optional.
    public var createdAt: String?
    /// The subject line; optional.
    public var subject: String?
    /// The customer; optional.
    public var customer: Customer?
    /// The thread, oldest first.
    public var messages: [Message]
    /// Form fields and other structured values (`order_id`, `app_version`…), by name.
    public var fields: [String: String]
    /// Free-form tags, in input order.
    public var tags: [String]
    /// A priority given by the source system, if any.
    public var priority: Priority?
    /// Problems intake met and worked around (for example `unknown charset "x-mac-roman"`); empty for clean input.
    public var defects: [String]
    /// Keys this schema does not know, preserved verbatim.
    public var extras: [String: JSONValue]

    public init(
        id: String, channel: Channel = .unknown, createdAt: String? = nil, subject: String? = nil,
        customer: Customer? = nil, messages: [Message] = [], fields: [String: String] = [:], tags: [String] = [],
        priority: Priority? = nil, defects: [String] = [], extras: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.channel = channel
        self.createdAt = createdAt
        self.subject = subject
        self.customer = customer
        self.messages = messages
        self.fields = fields
        self.tags = tags
        self.priority = priority
        self.defects = defects
        self.extras = extras
    }

    /// A JSON encoder configured for deterministic ticket output: sorted keys, no escaped slashes.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The ticket as one line of JSON (no trailing newline), keys sorted.
    /// - Throws: `EncodingError` only if an extras value cannot be encoded (non-finite numbers).
    public func jsonLine() throws -> String {
        String(decoding: try Self.encoder().encode(self), as: UTF8.self)
    }
}
