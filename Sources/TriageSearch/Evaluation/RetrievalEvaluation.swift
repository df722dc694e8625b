import Foundation

/// Mean retrieval metrics of a run over a BEIR set, with timings.
public struct RetrievalReport: Sendable, Hashable, Codable {
    public var ndcg10 = 0.0
    public var recall100 = 0.0
    public var mrr10 = 0.0
    public var map100 = 0.0
    public var precision1 = 0.0
    public var indexSeconds = 0.0
    public var queriesPerSecond = 0.0
    public var queryCount = 0
    public var documentCount = 0

    public init() {}

    /// One JSON object, keys sorted, numbers with fixed precision.
    public var json: String {
        let pairs: [(String, String)] = [
            ("documents", "\(documentCount)"),
            ("index_seconds", String(format: "%.4f", indexSeconds)),
            ("map@100", String(format: "%.4f", map100)),
            ("mrr@10", String(format: "%.4f", mrr10)),
            ("ndcg@10", String(format: "%.4f", ndcg10)),
            ("p@1", String(format: "%.4f", precision1)),
            ("queries", "\(queryCount)"),
            ("queries_per_second", String(format: "%.1f", queriesPerSecond)),
            ("recall@100", String(format: "%.4f", recall100)),
        ]
        return "{" + pairs.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
}

/// Runs a BEIR set through a ``SearchIndex``.
public enum RetrievalEvaluation {
    /// Builds an index of `corpus`, runs every judged query (top 100) and averages the metrics over the
    /// queries that have at least one judgment. A query that analyses to no known term scores 0.
    ///
    /// - Throws: The errors of ``BEIRLoader``.
    public static func run(corpus: URL, queries: URL, qrels: URL, options: IndexOptions = .init(),
                           scoring: BM25Options? = nil) throws -> RetrievalReport {
        let docs = try BEIRLoader.corpus(corpus)
        let qs = try BEIRLoader.queries(queries)
        let judgments = try BEIRLoader.qrels(qrels)
        let t0 = Date()
        let index = SearchIndex(documents: docs, options: options)
        let indexSeconds = Date().timeIntervalSince(t0)
        let judged = qs.filter { judgments[$0.id] != nil }
        var rankings: [[String]] = []
        let t1 = Date()
        for q in judged {
            var query = SearchQuery(q.text, limit: 100)
            query.scoring = scoring
            let ranked = (try? index.rank(query)) ?? []
            rankings.append(ranked.compactMap { d in index.locate(d.doc).map { index.segments[$0.segment].ids[$0.local] } })
        }
        let searchSeconds = Date().timeIntervalSince(t1)
        var r = RetrievalReport()
        for (q, ranking) in zip(judged, rankings) {
            let j = judgments[q.id] ?? [:]
            r.ndcg10 += RetrievalMetrics.ndcg(ranking, j, k: 10)
            r.recall100 += RetrievalMetrics.recall(ranking, j, k: 100)
            r.mrr10 += RetrievalMetrics.reciprocalRank(ranking, j, k: 10)
            r.map100 += RetrievalMetrics.averagePrecision(ranking, j, k: 100)
            r.precision1 += RetrievalMetrics.precision(ranking, j, k: 1)
        }
        let n = Double(max(judged.count, 1))
        r.ndcg10 /= n; r.recall100 /= n; r.mrr10 /= n; r.map100 /= n; r.precision1 /= n
        r.indexSeconds = indexSeconds
        r.queriesPerSecond = searchSeconds > 0 ? Double(judged.count) / searchSeconds : 0
        r.queryCount = judged.count
        r.documentCount = docs.count
        return r
    }
}
