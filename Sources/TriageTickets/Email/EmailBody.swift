/// The readable body of an e-mail: the text a person would see, chosen from its MIME parts.
///
/// In `multipart/alternative`, the `text/plain` alternative wins and `text/html` is used (converted to text)
/// only when there is no plain one. Other multiparts contribute every inline text part in order. Embedded
/// messages (`message/rfc822`) follow under a `---------- Forwarded message ----------` line with their
/// From/Date/Subject, so reply separation files them as history. Other parts are listed as attachments.
public struct EmailBody: Sendable, Hashable {
    /// The body text, line breaks normalised to `\n`.
    public var text: String
    /// `true` when any of the text came from HTML.
    public var fromHTML: Bool
    /// File names (or content types, when unnamed) of the parts not read as text.
    public var attachments: [String]

    /// Chooses and decodes the body of `message`.
    public init(_ message: EmailMessage) {
        var pieces: [String] = []
        var html = false
        var attachments: [String] = []
        Self.collect(message.root, isRoot: true, &pieces, &html, &attachments)
        text = pieces.map { $0.replacingLineBreaks() }.filter { !$0.isBlankText }.joined(separator: "\n\n")
        fromHTML = html
        self.attachments = attachments
    }

    private static func collect(
        _ part: MIMEPart, isRoot: Bool, _ pieces: inout [String], _ html: inout Bool, _ attachments: inout [String]
    ) {
        if part.isContainer {
            if part.contentType == "multipart/alternative" {
                let plain = part.children.last { $0.contentType == "text/plain" && !$0.isAttachment }
                    ?? part.children.first { $0.contentType != "text/html" }
                if let chosen = plain ?? part.children.last {
                    collect(chosen, isRoot: false, &pieces, &html, &attachments)
                }
                return
            }
            if part.mainType == "message", !isRoot, part.contentType != "message/delivery-status",
               let inner = part.children.first {
                var header = ["---------- Forwarded message ----------"]
                if let from = inner.headers["from"] { header.append("From: \(AddressParser.parse(from).rendered)") }
                if let date = inner.headers["date"] { header.append("Date: \(date.trimmed)") }
                if let subject = inner.headers["subject"] { header.append("Subject: \(EncodedWords.decode(subject))") }
                pieces.append(header.joined(separator: "\n"))
            }
            for child in part.children { collect(child, isRoot: false, &pieces, &html, &attachments) }
            return
        }
        if part.isAttachment || (part.mainType != "text" && !part.contentType.hasPrefix("multipart/")) {
            attachments.append(part.filename ?? part.contentType)
            return
        }
        switch part.contentType {
        case "text/html":
            pieces.append(HTMLToText.convert(part.text().text))
            html = true
        case "text/plain", "text/enriched", "text/markdown", "text/x-markdown":
            pieces.append(part.text().text)
        default:
            if part.contentType.hasPrefix("multipart/") {
                // A multipart whose boundary was never found: its raw body is the best text there is.
                pieces.append(part.text().text)
            } else {
                attachments.append(part.filename ?? part.contentType)
            }
        }
    }
}
