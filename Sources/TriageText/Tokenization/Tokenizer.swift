/// Splits text into tokens, keeping e-mails, URLs, ids, amounts, versions and error codes whole.
///
/// TODO(foundation): the special-token rules are in progress; this version splits on non-alphanumerics.
public struct Tokenizer: Sendable, Hashable {
    public init() {}

    /// The tokens of `text`, in order, with UTF-8 offsets into `text`.
    public func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if isAlnum(bytes[i]) {
                let start = i
                while i < bytes.count && isAlnum(bytes[i]) { i += 1 }
                let s = String(decoding: bytes[start..<i], as: UTF8.self)
                let kind: TokenKind = bytes[start] >= 0x30 && bytes[start] <= 0x39 ? .number : .word
                tokens.append(Token(text: s, kind: kind, utf8Range: start..<i))
            } else {
                i += 1
            }
        }
        return tokens
    }

    private func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
}
