/// Tokenizes text the way the `rouge-score` package does, so that figures are comparable.
///
/// Lower-case, replace every run of characters other than `a–z` and `0–9` by a space, split, and
/// (when stemming) stem tokens longer than 3 characters with ``PorterStemmer`` in NLTK's default mode.
/// Non-ASCII letters are separators, as they are in `rouge-score`.
///
/// - Complexity: O(*n*) in the UTF-8 length of the text.
public struct RougeTokenizer: Sendable, Hashable {
    /// Whether tokens longer than 3 characters are Porter-stemmed. The default is `true`
    /// (`use_stemmer=True`).
    public var stem: Bool
    /// The stemmer applied when ``stem`` is on.
    public var stemmer: PorterStemmer

    /// Creates a tokenizer.
    public init(stem: Bool = true, stemmer: PorterStemmer = PorterStemmer()) {
        self.stem = stem
        self.stemmer = stemmer
    }

    /// The tokens of `text`.
    public func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            tokens.append(stem && current.count > 3 ? stemmer.stem(word) : word)
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            default:
                flush()
            }
        }
        flush()
        return tokens
    }
}
