/// A problem found in an e-mail and worked around; the names follow CPython's `email.errors` classes.
///
/// Defects never stop parsing: each records where the best-effort result departs from a clean reading.
public struct EmailDefect: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Header lines ended without the blank line that separates them from the body.
        case missingHeaderBodySeparator = "MissingHeaderBodySeparatorDefect"
        /// A header line had no name before its colon.
        case invalidHeader = "InvalidHeaderDefect"
        /// The first header line was a continuation line.
        case firstHeaderLineIsContinuation = "FirstHeaderLineIsContinuationDefect"
        /// A `From ` envelope line appeared after the first line.
        case misplacedEnvelopeHeader = "MisplacedEnvelopeHeaderDefect"
        /// A multipart declared no `boundary` parameter; its body is kept as one text.
        case noBoundaryInMultipart = "NoBoundaryInMultipartDefect"
        /// A multipart's boundary never appeared; its body is kept as one text.
        case startBoundaryNotFound = "StartBoundaryNotFoundDefect"
        /// A multipart's closing boundary is missing (truncated message); the parts read so far are kept.
        case closeBoundaryNotFound = "CloseBoundaryNotFoundDefect"
        /// A multipart has no subparts (a consequence of the two defects above).
        case multipartInvariantViolation = "MultipartInvariantViolationDefect"
        /// A multipart declared a transfer encoding other than 7bit, 8bit or binary.
        case invalidMultipartContentTransferEncoding = "InvalidMultipartContentTransferEncodingDefect"
        /// Base64 text had characters outside the alphabet (ignored).
        case invalidBase64Characters = "InvalidBase64CharactersDefect"
        /// Base64 text lacked padding, or had a dangling character.
        case invalidBase64Padding = "InvalidBase64PaddingDefect"
        /// A charset this library has no table for; decoded as UTF-8, else Windows-1252.
        case unknownCharset = "UnknownCharsetDefect"
        /// Bytes invalid in the declared charset; each was replaced by U+FFFD.
        case invalidBytes = "UndecodableBytesDefect"
        /// A body larger than the configured limit was cut.
        case bodyTruncated = "BodyTruncatedDefect"
    }

    /// What went wrong.
    public var kind: Kind
    /// Where: the MIME part path (`1.2` is the second subpart of the first subpart; empty for the top level).
    public var part: String
    /// A short detail (for example the unknown charset's name); never message text.
    public var detail: String?

    public init(_ kind: Kind, part: String, detail: String? = nil) {
        self.kind = kind
        self.part = part
        self.detail = detail
    }

    public var description: String {
        var text = kind.rawValue
        if !part.isEmpty { text += " in part \(part)" }
        if let detail { text += " (\(detail))" }
        return text
    }
}
