import Foundation

/// Retrieval metrics as trec_eval defines them, for one query. `ranking` is the system's result list,
/// best first; `judgments` maps document ids to graded relevance (> 0 is relevant; the grade is the gain).
public enum RetrievalMetrics {
    /// nDCG@k with linear graded gains: Σ_{i≤k} gain_i / log2(i + 1), divided by the same sum over the
    /// ideal ordering of all judged documents (trec_eval `ndcg_cut`). 0 when nothing is relevant.
    public static func ndcg(_ ranking: [String], _ judgments: [String: Int], k: Int) -> Double {
        var dcg = 0.0
        for (i, id) in ranking.prefix(k).enumerated() {
            let g = judgments[id] ?? 0
            if g > 0 { dcg += Double(g) / log2(Double(i + 2)) }
        }
        let ideal = judgments.values.filter { $0 > 0 }.sorted(by: >)
        var idcg = 0.0
        for (i, g) in ideal.prefix(k).enumerated() { idcg += Double(g) / log2(Double(i + 2)) }
        return idcg > 0 ? dcg / idcg : 0
    }

    /// Recall@k: relevant documents in the top k over all relevant documents (trec_eval `recall_k`).
    public static func recall(_ ranking: [String], _ judgments: [String: Int], k: Int) -> Double {
        let relevant = judgments.values.filter { $0 > 0 }.count
        guard relevant > 0 else { return 0 }
        let found = ranking.prefix(k).filter { (judgments[$0] ?? 0) > 0 }.count
        return Double(found) / Double(relevant)
    }

    /// Precision@k: relevant documents in the top k over k (trec_eval `P_k`).
    public static func precision(_ ranking: [String], _ judgments: [String: Int], k: Int) -> Double {
        guard k > 0 else { return 0 }
        let found = ranking.prefix(k).filter { (judgments[$0] ?? 0) > 0 }.count
        return Double(found) / Double(k)
    }

    /// MRR@k: 1 / rank of the first relevant document within the top k, else 0.
    public static func reciprocalRank(_ ranking: [String], _ judgments: [String: Int], k: Int) -> Double {
        for (i, id) in ranking.prefix(k).enumerated() where (judgments[id] ?? 0) > 0 { return 1 / Double(i + 1) }
        return 0
    }

    /// Average precision over the top k (trec_eval `map_cut`): Σ precision@i at each relevant rank i ≤ k,
    /// divided by the number of relevant documents.
    public static func averagePrecision(_ ranking: [String], _ judgments: [String: Int], k: Int) -> Double {
        let relevant = judgments.values.filter { $0 > 0 }.count
        guard relevant > 0 else { return 0 }
        var found = 0
        var sum = 0.0
        for (i, id) in ranking.prefix(k).enumerated() where (judgments[id] ?? 0) > 0 {
            found += 1
            sum += Double(found) / Double(i + 1)
        }
        return sum / Double(relevant)
    }
}
