/// How an ``Analyzer`` turns text into terms. Shared, stored in model files and indexes, so that the
/// classifier, the search and the summarizer analyse text identically.
///
/// Decoding is lenient: a missing key takes its default, so files written before an option existed
/// still load.
public struct AnalyzerOptions: Sendable, Hashable, Codable {
    /// Unicode normalisation applied to each token. The default is NFKC + full case folding, diacritics kept.
    public var normalization: NormalizationOptions = .init()
    /// Drop English stop words (``StopWords/english``; word tokens only). The default is `true`.
    public var removeStopWords: Bool = true
    /// Stem word tokens with the Snowball English stemmer. The default is `true`.
    public var stem: Bool = true
    /// Keep special tokens (e-mails, URLs, identifiers, amounts, versions, error codes) as single terms.
    /// When `false`, each is split into its alphanumeric pieces, which are analysed as words and numbers
    /// (`ana@example.com` → `ana`, `exampl`, `com`). The default is `true`.
    public var keepSpecialTokens: Bool = true
    /// Tokens longer than this many UTF-8 bytes (before normalisation) are dropped. The default is 64.
    public var maxTokenLength: Int = 64

    /// Creates options with the documented defaults.
    public init() {}

    /// Creates options.
    ///
    /// - Parameters:
    ///   - normalization: The default is NFKC + case folding.
    ///   - removeStopWords: The default is `true`.
    ///   - stem: The default is `true`.
    ///   - keepSpecialTokens: The default is `true`.
    ///   - maxTokenLength: The default is 64.
    public init(
        normalization: NormalizationOptions = .init(), removeStopWords: Bool = true, stem: Bool = true,
        keepSpecialTokens: Bool = true, maxTokenLength: Int = 64
    ) {
        self.normalization = normalization
        self.removeStopWords = removeStopWords
        self.stem = stem
        self.keepSpecialTokens = keepSpecialTokens
        self.maxTokenLength = maxTokenLength
    }

    private enum CodingKeys: String, CodingKey {
        case normalization, removeStopWords, stem, keepSpecialTokens, maxTokenLength
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        normalization = try c.decodeIfPresent(NormalizationOptions.self, forKey: .normalization) ?? .init()
        removeStopWords = try c.decodeIfPresent(Bool.self, forKey: .removeStopWords) ?? true
        stem = try c.decodeIfPresent(Bool.self, forKey: .stem) ?? true
        keepSpecialTokens = try c.decodeIfPresent(Bool.self, forKey: .keepSpecialTokens) ?? true
        maxTokenLength = try c.decodeIfPresent(Int.self, forKey: .maxTokenLength) ?? 64
    }
}
