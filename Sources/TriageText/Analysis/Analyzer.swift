/// A term produced by an ``Analyzer``, with where it came from.
public struct AnalyzedToken: Sendable, Hashable {
    /// The normalised (and possibly stemmed) term.
    public var term: String
    /// The kind of the underlying token.
    public var kind: TokenKind
    /// Byte offsets of the source token in the input's UTF-8 encoding.
    public var utf8Range: Range<Int>
    /// The index of the source token among all tokens of the text (stop words and over-long tokens
    /// included; when ``AnalyzerOptions/keepSpecialTokens`` is `false`, each piece of a split special
    /// token counts as one token), for phrase and n-gram logic.
    public var position: Int

    public init(term: String, kind: TokenKind, utf8Range: Range<Int>, position: Int) {
        self.term = term
        self.kind = kind
        self.utf8Range = utf8Range
        self.position = position
    }
}

/// One term as ``Analyzer/forEachTerm(in:_:)`` reports it; `utf8` is valid only during the call.
public struct TermBytes {
    /// The term's UTF-8 bytes (normalised, possibly stemmed). Do not keep the pointer.
    public var utf8: UnsafeBufferPointer<UInt8>
    /// The kind of the underlying token.
    public var kind: TokenKind
    /// Byte offsets of the source token in the input's UTF-8 encoding.
    public var utf8Range: Range<Int>
    /// The index of the source token among all tokens of the text (as in ``AnalyzedToken/position``).
    public var position: Int

    /// The term as a `String` (allocates only for terms longer than 15 bytes).
    public var text: String { String(decoding: utf8, as: UTF8.self) }
}

/// Text analysis shared by every stage: tokenize, normalise, drop stop words, stem.
///
/// Each token of ``Tokenizer`` is processed in turn: tokens longer than
/// ``AnalyzerOptions/maxTokenLength`` are dropped; the token is normalised (``TextNormalizer``; ASCII tokens
/// are lower-cased in a stack buffer with no Foundation call, and in word tokens `’` becomes `'`); word
/// tokens that are stop words are dropped; word tokens are stemmed (``EnglishStemmer``). Numbers and
/// special tokens are normalised but never stemmed. Offsets always point into the original text.
///
/// The closure-based ``forEachTerm(in:_:)`` allocates nothing for ASCII text; ``analyze(_:)`` and
/// ``terms(_:)`` allocate only their result arrays (terms of up to 15 bytes are small strings).
///
/// ```swift
/// Analyzer().terms("I was charged twice for order A-55812")  // ["charg", "twice", "order", "a-55812"]
/// ```
public struct Analyzer: Sendable, Hashable {
    /// The options of this analyzer.
    public let options: AnalyzerOptions

    /// Creates an analyzer.
    ///
    /// - Parameter options: How to analyse. The defaults: NFKC + case folding, stop words removed,
    ///   stemming on, special tokens kept, tokens over 64 bytes dropped.
    public init(options: AnalyzerOptions = .init()) {
        self.options = options
    }

    /// Analyses `text` into terms with their source offsets.
    ///
    /// - Complexity: O(*n*) for *n* UTF-8 bytes.
    public func analyze(_ text: String) -> [AnalyzedToken] {
        var out: [AnalyzedToken] = []
        out.reserveCapacity(text.utf8.count / 6 + 1)
        forEachTerm(in: text) { t in
            out.append(AnalyzedToken(term: t.text, kind: t.kind, utf8Range: t.utf8Range, position: t.position))
        }
        return out
    }

    /// The terms of `text`, in order.
    ///
    /// - Complexity: O(*n*) for *n* UTF-8 bytes.
    public func terms(_ text: String) -> [String] {
        var out: [String] = []
        out.reserveCapacity(text.utf8.count / 6 + 1)
        forEachTerm(in: text) { out.append($0.text) }
        return out
    }

    /// Calls `body` with every term of `text`, in order, without allocating for ASCII text.
    ///
    /// - Complexity: O(*n*) for *n* UTF-8 bytes.
    public func forEachTerm(in text: String, _ body: (TermBytes) -> Void) {
        var text = text
        text.withUTF8 { forEachTerm(inUTF8: $0, body) }
    }
}
