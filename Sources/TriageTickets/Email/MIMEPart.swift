/// One entity of a parsed e-mail: the message itself, a MIME body part, or an embedded `message/rfc822`.
///
/// Leaves keep their body still transfer-encoded (``rawBody``); ``decodedBody()`` and ``text()`` decode it.
/// Containers (multipart with parts, `message/*`, `message/delivery-status`) have ``children`` instead.
public struct MIMEPart: Sendable, Hashable {
    /// Where the part sits: empty for the top level, `1` for its first child, `1.2` for that child's second child.
    public var path: String
    /// The part's header fields.
    public var headers: EmailHeaders
    /// The effective content type, lower-cased: the declared one, the context's default (`text/plain`, or
    /// `message/rfc822` inside `multipart/digest`) when none is declared, and `text/plain` when it is malformed.
    public var contentType: String
    /// The `Content-Type` parameters by lower-cased name (`charset`, `boundary`, `name`…).
    public var parameters: [String: String]
    /// The `Content-Disposition` value, lower-cased (`inline`, `attachment`), or `nil`.
    public var disposition: String?
    /// The `Content-Disposition` parameters (`filename`…).
    public var dispositionParameters: [String: String]
    /// Subparts, in order; empty for a leaf.
    public var children: [MIMEPart]
    /// A leaf's body exactly as transmitted (still quoted-printable or base64 when so encoded).
    public var rawBody: [UInt8]
    /// Problems found in this part (not its children).
    public var defects: [EmailDefect]

    /// `true` when the part holds subparts rather than a body.
    public var isContainer: Bool { !children.isEmpty }

    /// The type before the slash (`text`, `multipart`).
    public var mainType: Substring { contentType.split(separator: "/").first ?? "" }

    /// `true` when `Content-Disposition` is `attachment`.
    public var isAttachment: Bool { disposition == "attachment" }

    /// The part's file name: the disposition's `filename`, else the type's `name` parameter.
    public var filename: String? {
        if let name = dispositionParameters["filename"], !name.isEmpty { return EncodedWords.decode(name) }
        if let name = parameters["name"], !name.isEmpty { return EncodedWords.decode(name) }
        return nil
    }

    /// The lower-cased `Content-Transfer-Encoding`, or `nil`.
    public var transferEncoding: String? { headers["content-transfer-encoding"]?.trimmed.lowercased() }

    /// This part and every part below it, depth first, parents before children (like CPython's `walk()`).
    public func walk() -> [MIMEPart] {
        var result: [MIMEPart] = [self]
        for child in children { result.append(contentsOf: child.walk()) }
        return result
    }

    /// The body with its transfer encoding (quoted-printable, base64) undone.
    ///
    /// Unknown encodings (`7bit`, `8bit`, `binary`, anything else) leave the bytes as they are.
    public func decodedBody() -> (bytes: [UInt8], defects: [EmailDefect]) {
        switch transferEncoding {
        case "quoted-printable":
            return (TransferDecoding.quotedPrintable(rawBody), [])
        case "base64":
            let (bytes, problems) = TransferDecoding.base64(rawBody)
            return (bytes, problems.map { EmailDefect($0, part: path) })
        default:
            return (rawBody, [])
        }
    }

    /// The body as text: transfer encoding undone, then decoded from the `charset` parameter
    /// (US-ASCII when none is given, as RFC 2045 §5.2 says; 8-bit bytes without a declared charset are read as
    /// UTF-8 when valid, else Windows-1252, and recorded as an unknown-charset defect).
    ///
    /// Bytes invalid in the charset become U+FFFD and add an ``EmailDefect/Kind/invalidBytes`` defect;
    /// an unknown charset is read as UTF-8 (else Windows-1252) with an ``EmailDefect/Kind/unknownCharset`` defect
    /// when the body has non-ASCII bytes.
    public func text() -> (text: String, defects: [EmailDefect]) {
        var (bytes, defects) = decodedBody()
        let hasHighBytes = bytes.contains { $0 >= 0x80 }
        // No declared charset means US-ASCII; 8-bit bytes then get the unknown-charset best effort instead of U+FFFD.
        let charset = parameters["charset"].flatMap { Charset(name: $0) }
            ?? (hasHighBytes ? .unknown("none declared") : .usASCII)
        if case .unknown(let name) = charset, hasHighBytes {
            defects.append(EmailDefect(.unknownCharset, part: path, detail: name))
        }
        let result = CharsetDecoder.decode(bytes, charset: charset)
        if result.replaced > 0 {
            defects.append(EmailDefect(.invalidBytes, part: path, detail: "\(result.replaced) replaced"))
        }
        bytes = []
        return (result.text, defects)
    }
}
