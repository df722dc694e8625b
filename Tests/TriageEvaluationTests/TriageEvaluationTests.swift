import Foundation
import Testing
import TriageEvaluation

/// Reads a fixture written by Benchmarks/scripts/metric_fixtures.sh.
func fixture(_ name: String) throws -> [String: Any] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
    return try #require(object as? [String: Any])
}

@Suite struct ReferenceMetricTests {
    @Test func classificationEqualsScikitLearn() throws {
        let f = try fixture("sklearn_classification.json")
        let gold = try #require(f["y_true"] as? [String]), predicted = try #require(f["y_pred"] as? [String])
        let report = ClassificationReport(gold: gold, predicted: predicted)
        let sk = try #require(f["report"] as? [String: Any])
        #expect(report.labels == (f["labels"] as? [String]))
        #expect(report.confusion == (f["confusion"] as? [[Int]]))
        for label in report.labels {
            let row = try #require(sk[label] as? [String: Double])
            let ours = try #require(report.perIntent[label])
            #expect(abs(ours.precision - (row["precision"] ?? -1)) < 1e-6, "\(label) precision")
            #expect(abs(ours.recall - (row["recall"] ?? -1)) < 1e-6, "\(label) recall")
            #expect(abs(ours.f1 - (row["f1-score"] ?? -1)) < 1e-6, "\(label) f1")
            #expect(Double(ours.support) == row["support"])
        }
        let macro = try #require(sk["macro avg"] as? [String: Double]), weighted = try #require(sk["weighted avg"] as? [String: Double])
        #expect(abs(report.accuracy - (sk["accuracy"] as? Double ?? -1)) < 1e-6)
        #expect(abs(report.macroPrecision - (macro["precision"] ?? -1)) < 1e-6)
        #expect(abs(report.macroRecall - (macro["recall"] ?? -1)) < 1e-6)
        #expect(abs(report.macroF1 - (macro["f1-score"] ?? -1)) < 1e-6)
        #expect(abs(report.weightedPrecision - (weighted["precision"] ?? -1)) < 1e-6)
        #expect(abs(report.weightedRecall - (weighted["recall"] ?? -1)) < 1e-6)
        #expect(abs(report.weightedF1 - (weighted["f1-score"] ?? -1)) < 1e-6)
        // intent_n is never predicted correctly: its confusions must list where its rows went.
        let n = try #require(report.perIntent["intent_n"])
        #expect(n.recall == 0 && !n.confusedWith.isEmpty)
        #expect(n.confusedWith.map(\.count) == n.confusedWith.map(\.count).sorted(by: >))
    }

    @Test func retrievalEqualsPytrecEval() throws {
        let f = try fixture("pytrec_eval_retrieval.json")
        let qrels = try #require(f["qrels"] as? [String: [String: Int]])
        let rankings = try #require(f["rankings"] as? [String: [String]])
        let reference = try #require(f["per_query"] as? [String: [String: Double]])
        let scores = RetrievalScores(rankings: rankings, qrels: qrels)
        #expect(Set(scores.perQuery.keys) == Set(reference.keys))
        var compared = 0
        for (query, measures) in reference {
            for (measure, value) in measures {
                let ours = try #require(scores.perQuery[query]?[measure], "\(query) \(measure)")
                #expect(abs(ours - value) < 1e-6, "\(query) \(measure): \(ours) vs \(value)")
                compared += 1
            }
        }
        #expect(compared == 25 * 7)
    }
}
