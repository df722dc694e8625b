import Foundation

/// One message in a ticket's thread.
///
/// Intake separates what the author newly wrote (``text``) from the quoted reply history
/// (``quoted``) and the signature (``signature``); nothing is thrown away.
/// Unknown keys are kept in ``extras`` and written back unchanged.
public struct Message: Sendable, Hashable, Codable {
    /// The message's identifier (an e-mail `Message-ID`, a chat event id); optional.
    public var id: String?
    /// Who wrote the message. The default is ``Author/customer``.
    public var author: Author
    /// When the message was written, ISO-8601 (`2026-11-28T10:00:00Z`); optional.
    public var at: String?
    /// The new text of the message (quoted history and signature removed).
    public var text: String
    /// Quoted reply history found below or above the new text (`On … wrote:`, `>` lines,
    /// `-----Original Message-----` blocks), verbatim; `nil` when there was none.
    public var quoted: String?
    /// The signature block (after a `-- ` line), verbatim; `nil` when there was none.
    public var signature: String?
    /// Names (or content types, when unnamed) of attached parts that were not read as text.
    public var attachments: [String]
    /// `true` when the text was converted from HTML.
    public var html: Bool
    /// Keys this schema does not know, preserved verbatim.
    public var extras: [String: JSONValue]

    public init(
        id: String? = nil, author: Author = .customer, at: String? = nil, text: String,
        quoted: String? = nil, signature: String? = nil, attachments: [String] = [], html: Bool = false,
        extras: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.author = author
        self.at = at
        self.text = text
        self.quoted = quoted
        self.signature = signature
        self.attachments = attachments
        self.html = html
        self.extras = extras
    }

    /// The new text, the quoted history and the signature, joined by blank lines.
    public var fullText: String {
        [text, quoted, signature].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    static let knownKeys: Set<String> = ["id", "author", "at", "text", "quoted", "signature", "attachments", "html"]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try container.lenientString("id")
        author = try container.decodeIfPresent(Author.self, forKey: AnyCodingKey("author")) ?? .customer
        at = try container.lenientString("at")
        text = try container.lenientString("text") ?? ""
        quoted = try container.lenientString("quoted")
        signature = try container.lenientString("signature")
        attachments = try container.decodeIfPresent([String].self, forKey: AnyCodingKey("attachments")) ?? []
        html = try container.decodeIfPresent(Bool.self, forKey: AnyCodingKey("html")) ?? false
        extras = try container.extras(excluding: Self.knownKeys)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeExtras(extras)
        try container.encodeIfPresent(id, forKey: AnyCodingKey("id"))
        try container.encode(author, forKey: AnyCodingKey("author"))
        try container.encodeIfPresent(at, forKey: AnyCodingKey("at"))
        try container.encode(text, forKey: AnyCodingKey("text"))
        try container.encodeIfPresent(quoted, forKey: AnyCodingKey("quoted"))
        try container.encodeIfPresent(signature, forKey: AnyCodingKey("signature"))
        if !attachments.isEmpty { try container.encode(attachments, forKey: AnyCodingKey("attachments")) }
        if html { try container.encode(html, forKey: AnyCodingKey("html")) }
    }
}
