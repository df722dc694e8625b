/// What a token is. Special kinds are kept whole by the ``Tokenizer`` (its documentation has the full rules).
public enum TokenKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A run of letters (any script, with combining marks, digits and inner apostrophes): `don't`, `café`,
    /// `mp3`, `2nd`; a single Han or Hiragana character.
    case word
    /// A number, possibly with thousands separators or decimals: `42`, `3.14`, `1,000`, `12,50`.
    case number
    /// An e-mail address: `ana.b+1@example.co.uk`.
    case email
    /// A URL: `https://…`, `ftp://…`, `www.…`, or a scheme-less `example.com/path`.
    case url
    /// An order, ticket or account identifier: `A-55812`, `#1042`, `INV-2024-001`, `ORD_7781`, `ORD7781`.
    case identifier
    /// A money amount with its currency symbol or code: `$12.50`, `€9`, `12.50 USD`, `EUR 40`.
    case money
    /// A version number: `2.3.1`, `v10.4.2`, `1.0.0-rc.1`.
    case version
    /// An error code: `E1234`, `0x80070005`, `ERR_CONNECTION_RESET`, `HTTP 503`.
    case errorCode
}

/// One token of a text, with its position in the original string.
public struct Token: Sendable, Hashable {
    /// The token text exactly as it appears in the input.
    public var text: String
    /// The token kind.
    public var kind: TokenKind
    /// Byte offsets of the token in the input's UTF-8 encoding (half-open).
    public var utf8Range: Range<Int>

    public init(text: String, kind: TokenKind, utf8Range: Range<Int>) {
        self.text = text
        self.kind = kind
        self.utf8Range = utf8Range
    }
}
