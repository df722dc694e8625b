import TriageText

/// A searchable field and its BM25F weight.
public struct FieldSpec: Sendable, Hashable, Codable {
    /// The field name, as used in ``SearchDocument/fields``.
    public var name: String
    /// The BM25F weight: a term occurrence in this field counts `weight` times towards the term
    /// frequency, and the field's length counts `weight` times towards the document length.
    public var weight: Double

    /// Creates a field specification.
    public init(_ name: String, weight: Double = 1) {
        self.name = name
        self.weight = weight
    }
}

/// How text becomes index terms.
public enum TokenizationMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// The shared ``TriageText/Analyzer`` (special tokens kept whole, normalisation, stop words, stemming),
    /// applied to each white-space separated chunk of text.
    case analyzer
    /// Runs of two or more Unicode word characters (letters, digits, `_`), lower-cased, stop words from
    /// ``AnalysisOptions/stopWords`` removed, then stemmed when ``AnalyzerOptions/stem`` is set.
    /// This is the tokenization of bm25s and scikit-learn's default `token_pattern`.
    case wordPattern
}

/// Text analysis of an index. Stored with the index so that queries are analysed identically.
public struct AnalysisOptions: Sendable, Hashable, Codable {
    /// The tokenization. The default is ``TokenizationMode/analyzer``.
    public var mode: TokenizationMode = .analyzer
    /// The analyzer options (stop words, stemming, normalisation). The default is `AnalyzerOptions()`.
    public var analyzer: AnalyzerOptions = .init()
    /// Stop words for ``TokenizationMode/wordPattern``; `nil` uses `StopWords.english`. The default is `nil`.
    public var stopWords: [String]? = nil

    /// Creates analysis options.
    public init(mode: TokenizationMode = .analyzer, analyzer: AnalyzerOptions = .init(), stopWords: [String]? = nil) {
        self.mode = mode
        self.analyzer = analyzer
        self.stopWords = stopWords
    }
}

/// Options of a ``SearchIndex``: the field schema, the analysis and the default scoring.
public struct IndexOptions: Sendable, Hashable, Codable {
    /// Searchable fields and their BM25F weights, in a fixed order. The default is `title` (weight 1),
    /// `body` (1) and `tags` (1): equal weights, so a field is a place, not a vote.
    public var fields: [FieldSpec] = [FieldSpec("title"), FieldSpec("body"), FieldSpec("tags")]
    /// The analysis. The default is the shared analyzer with its defaults.
    public var analysis: AnalysisOptions = .init()
    /// The scoring used when a query does not override it. The default is `BM25Options()`.
    public var scoring: BM25Options = .init()
    /// Pseudo-relevance feedback applied to queries by default; `nil` turns it off. The default is
    /// `FeedbackOptions()` (RM3 with 10 documents and 10 terms). Needs ``termVectors``.
    public var feedback: FeedbackOptions? = FeedbackOptions()
    /// Keep each document's term vector (for feedback and more-like-this). The default is `true`.
    public var termVectors: Bool = true
    /// Worker threads used to build; `0` uses every active processor. The default is `0`.
    public var buildThreads: Int = 0

    /// Creates index options.
    public init(fields: [FieldSpec] = [FieldSpec("title"), FieldSpec("body"), FieldSpec("tags")],
                analysis: AnalysisOptions = .init(), scoring: BM25Options = .init()) {
        self.fields = fields
        self.analysis = analysis
        self.scoring = scoring
    }
}
