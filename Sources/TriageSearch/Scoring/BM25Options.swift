/// Parameters of BM25 scoring.
///
/// score(D, Q) = Σ over query terms q of qtf(q) · idf(q) · tfPart(tf(q, D), |D|), with the idf and
/// term-frequency part of the chosen ``BM25Variant``. A term repeated in the query counts once per occurrence.
public struct BM25Options: Sendable, Hashable, Codable {
    /// The formula variant. The default is ``BM25Variant/lucene``.
    public var variant: BM25Variant = .lucene
    /// Term-frequency saturation. The default is 1.2.
    public var k1: Double = 1.2
    /// Document-length normalisation, in `0...1`. The default is 0.75.
    public var b: Double = 0.75
    /// δ of ``BM25Variant/bm25l`` and ``BM25Variant/bm25Plus``; `nil` uses 0.5 for BM25L and 1.0 for BM25+.
    /// The default is `nil`.
    public var delta: Double? = nil

    /// Creates scoring options.
    public init(variant: BM25Variant = .lucene, k1: Double = 1.2, b: Double = 0.75, delta: Double? = nil) {
        self.variant = variant
        self.k1 = k1
        self.b = b
        self.delta = delta
    }

    /// The effective δ.
    public var effectiveDelta: Double {
        if let delta { return delta }
        switch variant {
        case .bm25l: return 0.5
        case .bm25Plus: return 1.0
        default: return 0
        }
    }
}
