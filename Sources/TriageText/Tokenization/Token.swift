/// What a token is. Special kinds are kept whole by the ``Tokenizer``.
public enum TokenKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A run of letters (with inner apostrophes), e.g. `don't`.
    case word
    /// A number, possibly with separators or decimals: `42`, `3.14`, `1,000`.
    case number
    /// An e-mail address.
    case email
    /// A URL (`https://…`, `www.…`).
    case url
    /// An order, ticket or account identifier: `A-55812`, `#1042`, `INV-2024-001`.
    case identifier
    /// A money amount: `$12.50`, `€9`, `12.50 USD` (the amount part with its symbol).
    case money
    /// A dotted version number: `2.3.1`, `v10.4`.
    case version
    /// An error code: `E1234`, `0x80070005`, `ERR_CONNECTION_RESET`.
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
