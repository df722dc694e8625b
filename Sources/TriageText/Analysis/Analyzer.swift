/// A term produced by an ``Analyzer``, with where it came from.
public struct AnalyzedToken: Sendable, Hashable {
    /// The normalised (and possibly stemmed) term.
    public var term: String
    /// The kind of the underlying token.
    public var kind: TokenKind
    /// Byte offsets of the source token in the input's UTF-8 encoding.
    public var utf8Range: Range<Int>
    /// The index of the source token among all tokens of the text (stop words included), for phrase and n-gram logic.
    public var position: Int

    public init(term: String, kind: TokenKind, utf8Range: Range<Int>, position: Int) {
        self.term = term
        self.kind = kind
        self.utf8Range = utf8Range
        self.position = position
    }
}

/// Text analysis shared by every stage: tokenize, normalise, drop stop words, stem.
public struct Analyzer: Sendable, Hashable {
    /// The options of this analyzer.
    public let options: AnalyzerOptions

    /// Creates an analyzer.
    public init(options: AnalyzerOptions = .init()) {
        self.options = options
    }

    /// Analyses `text` into terms with their source offsets.
    public func analyze(_ text: String) -> [AnalyzedToken] {
        let normalizer = TextNormalizer(options: options.normalization)
        let stemmer = EnglishStemmer()
        var out: [AnalyzedToken] = []
        for (i, token) in Tokenizer().tokenize(text).enumerated() {
            if token.utf8Range.count > options.maxTokenLength { continue }
            var term = normalizer.normalize(token.text)
            if token.kind == .word {
                if options.removeStopWords && StopWords.english.contains(term) { continue }
                if options.stem { term = stemmer.stem(term) }
            } else if !options.keepSpecialTokens && token.kind != .number {
                continue
            }
            out.append(AnalyzedToken(term: term, kind: token.kind, utf8Range: token.utf8Range, position: i))
        }
        return out
    }

    /// The terms of `text`, in order.
    public func terms(_ text: String) -> [String] {
        analyze(text).map(\.term)
    }
}
