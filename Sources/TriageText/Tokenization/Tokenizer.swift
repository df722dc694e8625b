/// Splits text into tokens, keeping e-mail addresses, URLs, identifiers, money amounts, version numbers
/// and error codes whole, and reports each token's UTF-8 byte range in the input.
///
/// The tokenizer works on UTF-8 bytes. ASCII text never leaves a byte-level fast path; other scalars are
/// classified with the standard library's Unicode properties. It never allocates while scanning (the
/// `forEachToken` entry points) and never traps, whatever the bytes.
///
/// ## Rules, in the order they are tried at a token start
///
/// | kind | recognised | examples |
/// | --- | --- | --- |
/// | ``TokenKind/url`` | `http://`, `https://`, `ftp://` (any case), `www.`, or a scheme-less `name.tld` with a common TLD (`com`, `org`, `net`, `io`, `uk`, `de`, …) and an optional path; trailing `.,;:!?'"*` and unbalanced closing brackets are not part of it | `https://x.io/a?b=1`, `www.acme.com`, `acme.co.uk/help` |
/// | ``TokenKind/email`` | `local@domain.tld`, a trailing `.` excluded | `ana.b+1@example.com` |
/// | ``TokenKind/money`` | a currency symbol (`$` or any `Sc` scalar) before an amount; an amount followed by a symbol or an upper-case ISO 4217 code, optionally after one space; a code before an amount | `$12.50`, `€9`, `£1,299.99`, `12.50 USD`, `9 €`, `EUR 40`, `USD12` |
/// | ``TokenKind/version`` | three or more dotted digit groups (an optional `-beta`/`-rc.1` suffix), or `v`/`V` + digits (+ dotted groups) | `2.3.1`, `v10.4.2`, `v2`, `1.0.0-rc.1`, also IPv4 addresses |
/// | ``TokenKind/errorCode`` | `0x` + 4 or more hex digits; one upper-case letter + 3 or more digits; `ERR…` + digits; `_`-joined upper-case words without digits; `HTTP` + one space + a status `1xx`–`5xx` (the only error code that spans a space) | `0x80070005`, `E1234`, `ERR404`, `ERR_CONNECTION_RESET`, `HTTP 503` |
/// | ``TokenKind/identifier`` | `#` + alphanumerics with a digit (an optional closing `#`); `-`/`_`-joined segments that start with a letter and hold two or more digits; any `_` compound; two or more letters then three or more digits | `#1042`, `#Person1#`, `A-55812`, `INV-2024-001`, `ORD_7781`, `ORD7781` |
/// | ``TokenKind/number`` | digits with `,ddd` thousands groups, `.` decimals, or a final `,dd` decimal comma; digits of any script | `42`, `3.14`, `1,000`, `12,50` |
/// | ``TokenKind/word`` | letters of any script, digits, combining marks, and `'` or `’` between two letters; Han ideographs and Hiragana are one token per character (no dictionary segmentation), Katakana, Hangul and other scripts form runs | `don't`, `café`, `mp3`, `2nd`, `東`, `カード` |
///
/// Everything else (punctuation, symbols, emoji, white space) separates tokens and is dropped. Hyphenated
/// words without digits split (`e-mail` → `e`, `mail`); so do dates and times (`2024-01-15`, `3:30`).
/// Special tokens are recognised in ASCII spelling only: full-width `＠` or `．` are separators.
public struct Tokenizer: Sendable, Hashable {
    public init() {}

    /// The tokens of `text`, in order, with UTF-8 offsets into `text`.
    ///
    /// - Complexity: O(*n*) for *n* UTF-8 bytes (each URL adds a pass over its own bytes to balance brackets).
    public func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(in: $0) }
    }

    /// The tokens of raw UTF-8 bytes. Malformed sequences are treated as separators (U+FFFD) and never trap;
    /// a token's `text` decodes its bytes with replacement characters where needed.
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    public func tokenize(utf8 bytes: some Collection<UInt8>) -> [Token] {
        if let result = bytes.withContiguousStorageIfAvailable({ tokens(in: $0) }) { return result }
        return Array(bytes).withUnsafeBufferPointer { tokens(in: $0) }
    }

    /// Calls `body` with the kind and UTF-8 byte range of every token of `text`, in order, without allocating.
    ///
    /// - Complexity: O(*n*) for *n* UTF-8 bytes.
    public func forEachToken(in text: String, _ body: (TokenKind, Range<Int>) -> Void) {
        var text = text
        text.withUTF8 { forEachToken(inUTF8: $0, body) }
    }

    /// Calls `body` with the kind and byte range of every token of a UTF-8 buffer, in order, without allocating.
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    public func forEachToken(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (TokenKind, Range<Int>) -> Void) {
        TokenScanner(bytes).scan { kind, start, end in body(kind, start..<end) }
    }

    private func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(bytes.count / 5 + 1)
        TokenScanner(bytes).scan { kind, start, end in
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            out.append(Token(text: text, kind: kind, utf8Range: start..<end))
        }
        return out
    }
}
