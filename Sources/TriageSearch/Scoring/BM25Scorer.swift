import Foundation

/// Collection statistics a score depends on.
public struct CollectionStatistics: Sendable, Hashable, Codable {
    /// The number of live documents.
    public var documentCount: Int
    /// The sum of the (BM25F-weighted) lengths of the live documents.
    public var totalLength: Double

    /// Creates statistics.
    public init(documentCount: Int, totalLength: Double) {
        self.documentCount = documentCount
        self.totalLength = totalLength
    }

    /// The average document length (1 for an empty collection, so scores stay finite).
    public var averageLength: Double {
        documentCount > 0 && totalLength > 0 ? totalLength / Double(documentCount) : 1
    }
}

/// BM25 scoring of one query term: the idf and the term-frequency part of a ``BM25Variant``.
///
/// The term-frequency part increases with the term frequency and decreases with the document length,
/// which makes ``upperBound(maxTermFrequency:minLength:)`` a valid bound for dynamic pruning.
public struct BM25Scorer: Sendable {
    /// The scoring options.
    public let options: BM25Options
    /// The idf of the term.
    public let idf: Double
    /// The query-term weight (the term's count in the query).
    public let weight: Double
    let k1: Double
    let b: Double
    let invAvgdl: Double
    let delta: Double

    /// Creates the scorer of a term with document frequency `df`.
    public init(options: BM25Options, documentFrequency df: Int, statistics: CollectionStatistics, weight: Double = 1) {
        self.options = options
        self.idf = BM25Scorer.idf(variant: options.variant, documentCount: statistics.documentCount, documentFrequency: df)
        self.weight = weight
        self.k1 = options.k1
        self.b = options.b
        self.invAvgdl = 1 / statistics.averageLength
        self.delta = options.effectiveDelta
    }

    private init(options: BM25Options, idf: Double, weight: Double, k1: Double, b: Double, invAvgdl: Double, delta: Double) {
        self.options = options
        self.idf = idf
        self.weight = weight
        self.k1 = k1
        self.b = b
        self.invAvgdl = invAvgdl
        self.delta = delta
    }

    /// The scorer ``init(options:documentFrequency:statistics:weight:)`` builds, for a caller that already has
    /// the term's idf under `options.variant` (the same value, not recomputed).
    package init(options: BM25Options, idf: Double, statistics: CollectionStatistics, weight: Double) {
        self.init(options: options, idf: idf, weight: weight, k1: options.k1, b: options.b,
                  invAvgdl: 1 / statistics.averageLength, delta: options.effectiveDelta)
    }

    /// The same term under another query weight (the scorer ``init(options:documentFrequency:statistics:weight:)``
    /// would build for `weight`, without recomputing the idf).
    package func reweighted(_ weight: Double) -> BM25Scorer {
        BM25Scorer(options: options, idf: idf, weight: weight, k1: k1, b: b, invAvgdl: invAvgdl, delta: delta)
    }

    /// The idf of a term in `df` of `n` documents.
    public static func idf(variant: BM25Variant, documentCount n: Int, documentFrequency df: Int) -> Double {
        let N = Double(n), d = Double(max(df, 0))
        switch variant {
        case .lucene: return log(1 + (N - d + 0.5) / (d + 0.5))
        case .robertson: return log((N - d + 0.5) / (d + 0.5))
        case .atire: return d > 0 ? log(N / d) : 0
        case .bm25l: return log((N + 1) / (d + 0.5))
        case .bm25Plus: return d > 0 ? log((N + 1) / d) : 0
        }
    }

    /// The term-frequency part for term frequency `tf` in a document of length `dl`.
    @inline(__always)
    public func tfPart(_ tf: Double, length dl: Double) -> Double {
        let norm = 1 - b + b * dl * invAvgdl
        switch options.variant {
        case .lucene, .robertson:
            return tf / (tf + k1 * norm)
        case .atire:
            return tf * (k1 + 1) / (tf + k1 * norm)
        case .bm25l:
            let c = tf / norm
            return (k1 + 1) * (c + delta) / (k1 + c + delta)
        case .bm25Plus:
            return tf * (k1 + 1) / (tf + k1 * norm) + delta
        }
    }

    /// The weighted contribution of the term to a document's score.
    @inline(__always)
    public func score(_ tf: Double, length dl: Double) -> Double {
        weight * (idf * tfPart(tf, length: dl))
    }

    /// An upper bound of ``score(_:length:)`` over postings whose frequency is at most `maxTermFrequency`
    /// and whose length is at least `minLength`, slightly widened against rounding.
    @inline(__always)
    public func upperBound(maxTermFrequency: Double, minLength: Double) -> Double {
        let s = score(maxTermFrequency, length: minLength)
        return s >= 0 ? s * (1 + 1e-9) + 1e-12 : s * (1 - 1e-9) + 1e-12
    }
}
