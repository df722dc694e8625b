/// How an ``Analyzer`` turns text into terms. Shared, stored in model files and indexes, so that the
/// classifier, the search and the summarizer analyse text identically.
public struct AnalyzerOptions: Sendable, Hashable, Codable {
    /// Unicode normalisation applied to each token. The default is NFKC + case folding.
    public var normalization: NormalizationOptions = .init()
    /// Drop English stop words. The default is `true`.
    public var removeStopWords: Bool = true
    /// Stem words with the Snowball English stemmer. The default is `true`.
    public var stem: Bool = true
    /// Keep special tokens (e-mails, URLs, ids, amounts, versions, error codes) as terms. The default is `true`.
    public var keepSpecialTokens: Bool = true
    /// Tokens longer than this many UTF-8 bytes are dropped. The default is 64.
    public var maxTokenLength: Int = 64

    public init() {}
}
