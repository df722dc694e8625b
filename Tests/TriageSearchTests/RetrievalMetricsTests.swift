import Foundation
import Testing
import TriageSearch

@Suite struct RetrievalMetricsTests {
    @Test func metricsMatchHandComputedValues() {
        let judgments = ["a": 3, "b": 1, "c": 2]
        let ranking = ["x", "a", "c", "y", "b"]
        let dcg = 3 / log2(3.0) + 2 / log2(4.0) + 1 / log2(6.0)
        let idcg = 3 / log2(2.0) + 2 / log2(3.0) + 1 / log2(4.0)
        #expect(abs(RetrievalMetrics.ndcg(ranking, judgments, k: 10) - dcg / idcg) < 1e-12)
        #expect(RetrievalMetrics.reciprocalRank(ranking, judgments, k: 10) == 0.5)
        #expect(RetrievalMetrics.recall(ranking, judgments, k: 3) == 2.0 / 3.0)
        #expect(abs(RetrievalMetrics.averagePrecision(ranking, judgments, k: 100) - (1.0 / 2 + 2.0 / 3 + 3.0 / 5) / 3) < 1e-12)
        #expect(RetrievalMetrics.precision(ranking, judgments, k: 1) == 0)
        #expect(RetrievalMetrics.ndcg(ranking, [:], k: 10) == 0)
    }
}
