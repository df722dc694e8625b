import TriageText

/// How term counts become feature values.
public enum TermWeighting: String, Sendable, Hashable, Codable, CaseIterable {
    /// Raw counts (scikit-learn `CountVectorizer`).
    case counts
    /// 1 for a present feature, 0 otherwise.
    case binary
    /// tf × idf (scikit-learn `TfidfVectorizer`).
    case tfidf
}

/// Options of a ``TextVectorizer``: which features to extract from a text and how to weight them.
///
/// Two channels, each over the shared `Analyzer`: word n-grams over ``wordAnalyzer`` terms and character
/// n-grams inside each ``characterAnalyzer`` term, padded with one space on each side (scikit-learn's
/// `char_wb`). With ``TermWeighting/tfidf``, a feature's value is
/// `tf' · idf`, where `tf' = 1 + ln(tf)` when ``sublinearTF`` (else `tf`) and
/// `idf = ln((1 + n) / (1 + df)) + 1` when ``smoothIDF`` (else `ln(n / df) + 1`); each channel is then
/// scaled to unit Euclidean norm when ``normalize`` and multiplied by its weight.
///
/// The defaults were chosen by 5-fold cross-validation on the Banking77 training split (see
/// ``ClassifierConfiguration``).
public struct VectorizerOptions: Sendable, Hashable, Codable {
    /// Analyzer for the word channel. The default keeps stop words (they carry intent: "why", "not", "can")
    /// and stems.
    public var wordAnalyzer: AnalyzerOptions
    /// Word n-gram sizes, or `nil` for no word features. The default is `1...2`.
    public var wordNGrams: ClosedRange<Int>? = 1...2
    /// Also pair each word with the words 2…`wordSkipWindow` positions after it (skip-bigrams, unordered
    /// context that adjacent bigrams miss). The default is 0 (none).
    public var wordSkipWindow: Int = 0
    /// Analyzer for the character channel. The default keeps stop words and does not stem.
    public var characterAnalyzer: AnalyzerOptions
    /// Character n-gram sizes within word boundaries, or `nil` for none. The default is `2...5`.
    public var characterNGrams: ClosedRange<Int>? = 2...5
    /// Word-channel terms shorter than this many characters are ignored (scikit-learn's default token
    /// pattern drops 1-character tokens, i.e. 2). The default is 1.
    public var minimumTermLength: Int = 1
    /// Feature weighting. The default is ``TermWeighting/tfidf``.
    public var weighting: TermWeighting = .tfidf
    /// Use `1 + ln(tf)` instead of `tf`. The default is `true`.
    public var sublinearTF: Bool = true
    /// Add one to document frequencies as if one extra document held every term. The default is `true`.
    public var smoothIDF: Bool = true
    /// Scale each channel to unit L2 norm. The default is `true`.
    public var normalize: Bool = true
    /// Keep features that occur in at least this many training documents. The default is 1.
    public var minDocumentFrequency: Int = 1
    /// Drop features that occur in more than this fraction of training documents. The default is 1.0.
    public var maxDocumentFrequency: Double = 1.0
    /// When set, features are hashed into `2^hashingBits` buckets per channel instead of a vocabulary.
    /// The default is `nil` (a sorted vocabulary).
    public var hashingBits: Int? = nil
    /// Multiplier of the character channel relative to the word channel. The default is 1.0.
    public var characterWeight: Double = 1.0

    /// Creates the default options.
    public init() {
        var word = AnalyzerOptions()
        word.removeStopWords = false
        word.stem = true
        wordAnalyzer = word
        var chars = AnalyzerOptions()
        chars.removeStopWords = false
        chars.stem = false
        characterAnalyzer = chars
    }

    /// scikit-learn's `CountVectorizer(ngram_range=(1, 2))`: lower-cased word 1–2-grams of 2+ characters,
    /// raw counts, no stemming, no stop-word removal, no character n-grams.
    public static var scikitLearnCounts: VectorizerOptions {
        var o = VectorizerOptions()
        o.wordAnalyzer.stem = false
        o.characterNGrams = nil
        o.minimumTermLength = 2
        o.weighting = .counts
        o.normalize = false
        return o
    }

    /// Checks ranges.
    /// - Throws: ``ClassifierError/invalidOption(name:reason:)``.
    public func validate() throws {
        if let r = wordNGrams, r.lowerBound < 1 || r.upperBound > 4 {
            throw ClassifierError.invalidOption(name: "wordNGrams", reason: "sizes must lie in 1...4")
        }
        if let r = characterNGrams, r.lowerBound < 1 || r.upperBound > 8 {
            throw ClassifierError.invalidOption(name: "characterNGrams", reason: "sizes must lie in 1...8")
        }
        if wordNGrams == nil && characterNGrams == nil {
            throw ClassifierError.invalidOption(name: "wordNGrams", reason: "at least one channel is needed")
        }
        if minDocumentFrequency < 1 {
            throw ClassifierError.invalidOption(name: "minDocumentFrequency", reason: "must be at least 1")
        }
        if !(maxDocumentFrequency > 0 && maxDocumentFrequency <= 1) {
            throw ClassifierError.invalidOption(name: "maxDocumentFrequency", reason: "must lie in (0, 1]")
        }
        if let bits = hashingBits, bits < 8 || bits > 24 {
            throw ClassifierError.invalidOption(name: "hashingBits", reason: "must lie in 8...24")
        }
    }
}
