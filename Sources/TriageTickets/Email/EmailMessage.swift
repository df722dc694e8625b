/// A parsed e-mail: its MIME tree plus the decoded headers and parts a reader needs.
///
/// ```swift
/// let message = EmailMessage(bytes: Array(data))
/// message.subject            // RFC 2047 words decoded, folding removed
/// message.from?.rendered     // "Ana Ruiz <ana@example.com>"
/// message.textPlainParts     // inline text/plain bodies, decoded, in order
/// ```
///
/// Parsing never fails and follows CPython's `email.feedparser` rules; problems are listed in ``defects``.
public struct EmailMessage: Sendable, Hashable {
    /// The top-level entity.
    public var root: MIMEPart

    /// Parses raw RFC 5322 bytes (any line endings).
    /// - Complexity: O(*n*) in the input size, plus the boundary checks per line of nested multiparts.
    public init(bytes: [UInt8]) {
        var parser = MIMEParser(bytes: bytes)
        root = parser.parse()
    }

    /// The decoded `Subject`, or `nil` when absent.
    public var subject: String? { root.headers["subject"].map(EncodedWords.decode) }
    /// The parsed `From` header, or `nil` when absent.
    public var from: EmailAddressList? { root.headers["from"].map(AddressParser.parse) }
    /// The parsed `To` header, or `nil` when absent.
    public var to: EmailAddressList? { root.headers["to"].map(AddressParser.parse) }
    /// The parsed `Cc` header, or `nil` when absent.
    public var cc: EmailAddressList? { root.headers["cc"].map(AddressParser.parse) }
    /// The `Date` header as written, or `nil`.
    public var date: String? { root.headers["date"]?.trimmed }
    /// The `Date` header as ISO-8601 UTC, or `nil` when absent or unreadable.
    public var isoDate: String? { date.flatMap(EmailDate.iso8601) }
    /// The `Message-ID` header as written (angle brackets included), or `nil`.
    public var messageID: String? { root.headers["message-id"]?.trimmed }
    /// The top-level content type.
    public var contentType: String { root.contentType }

    /// The decoded inline `text/plain` leaves, in tree order (parts with `Content-Disposition: attachment` excluded).
    ///
    /// Line endings are kept as transmitted; this is what CPython's `get_content()` returns for each such part.
    public var textPlainParts: [String] {
        leaves.filter { $0.contentType == "text/plain" && !$0.isAttachment }.map { $0.text().text }
    }

    /// How many `text/html` leaves the message has.
    public var htmlPartCount: Int { leaves.filter { $0.contentType == "text/html" }.count }

    /// How many other leaves (images, attachments, unparsed multiparts) it has.
    public var otherPartCount: Int {
        leaves.filter { !($0.contentType == "text/plain" && !$0.isAttachment) && $0.contentType != "text/html" }.count
    }

    /// Every defect: structural ones from parsing, and those met decoding the text parts' transfer encodings
    /// and charsets; in tree order.
    public var defects: [EmailDefect] {
        var found: [EmailDefect] = []
        for part in root.walk() {
            found.append(contentsOf: part.defects)
            if !part.isContainer, part.mainType == "text" {
                found.append(contentsOf: part.text().defects)
            }
        }
        return found
    }

    /// Every part without subparts, in tree order.
    public var leaves: [MIMEPart] { root.walk().filter { !$0.isContainer } }
}
