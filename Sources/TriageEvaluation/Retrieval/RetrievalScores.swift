import TriageSearch

/// trec_eval measures of a run, per query and averaged, computed with ``TriageSearch/RetrievalMetrics``.
///
/// The measure names are trec_eval's (`ndcg_cut_10`, `recall_100`, `recip_rank`, `map_cut_100`, `P_1`, `map`,
/// `ndcg`), so the numbers line up with `pytrec_eval` output for the same qrels and run. Every query that has
/// judgments and a ranking is evaluated (also one whose judgments are all non-relevant: it scores 0, as in
/// trec_eval); means are over those queries.
public struct RetrievalScores: Sendable, Hashable, Codable {
    /// Measure → value, per query id.
    public var perQuery: [String: [String: Double]]
    /// Measure → mean over ``perQuery``.
    public var mean: [String: Double]

    enum CodingKeys: String, CodingKey {
        case mean
        case perQuery = "per_query"
    }

    /// The measures computed.
    public static let measures = ["P_1", "map", "map_cut_100", "ndcg", "ndcg_cut_10", "recall_100", "recip_rank"]

    /// Scores `rankings` (query id → document ids, best first) against `qrels` (query id → document id → grade).
    public init(rankings: [String: [String]], qrels: [String: [String: Int]]) {
        var per: [String: [String: Double]] = [:]
        for (query, ranking) in rankings {
            guard let judged = qrels[query] else { continue }
            let all = ranking.count
            per[query] = [
                "P_1": RetrievalMetrics.precision(ranking, judged, k: 1),
                "map": RetrievalMetrics.averagePrecision(ranking, judged, k: all),
                "map_cut_100": RetrievalMetrics.averagePrecision(ranking, judged, k: 100),
                "ndcg": RetrievalMetrics.ndcg(ranking, judged, k: max(all, judged.count)),
                "ndcg_cut_10": RetrievalMetrics.ndcg(ranking, judged, k: 10),
                "recall_100": RetrievalMetrics.recall(ranking, judged, k: 100),
                "recip_rank": RetrievalMetrics.reciprocalRank(ranking, judged, k: all),
            ]
        }
        perQuery = per
        var mean: [String: Double] = [:]
        for measure in Self.measures {
            let queries = per.keys.sorted()
            let sum = queries.reduce(0.0) { $0 + (per[$1]?[measure] ?? 0) }
            mean[measure] = queries.isEmpty ? 0 : sum / Double(queries.count)
        }
        self.mean = mean
    }
}
