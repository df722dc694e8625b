/// Precision, recall, F1 and support of one intent.
public struct IntentMetrics: Sendable, Hashable, Codable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var support: Int
}

/// The result of ``IntentClassifier/evaluation(on:)``.
///
/// Classification and calibration figures use the in-scope rows (labels the model knows) and ignore
/// rejection. When rows with unknown labels are present they are treated as out of scope, and the
/// rejection figures are filled in.
public struct IntentEvaluation: Sendable, Hashable, Codable {
    /// Rows evaluated (in scope and out of scope).
    public var count: Int
    /// Top-1 accuracy on in-scope rows.
    public var accuracy: Double
    /// Unweighted mean F1 over intents.
    public var macroF1: Double
    /// Unweighted mean precision over intents.
    public var macroPrecision: Double
    /// Unweighted mean recall over intents.
    public var macroRecall: Double
    /// Expected calibration error, 15 equal-width bins over the top probability.
    public var ece: Double
    /// The reliability diagram's bins.
    public var reliability: [Metrics.ReliabilityBin]
    /// Per-intent metrics keyed by label.
    public var perIntent: [String: IntentMetrics]
    /// The labels indexing ``confusion``.
    public var labels: [String]
    /// `confusion[actual][predicted]` over in-scope rows.
    public var confusion: [[Int]]
    /// Risk–coverage curve of in-scope rows by confidence.
    public var riskCoverage: [Metrics.RiskCoveragePoint]
    /// Out-of-scope rows (labels unknown to the model).
    public var outOfScopeCount: Int
    /// In-scope rows accepted and correctly labelled, over all in-scope rows (only with OOS rows).
    public var inScopeAccuracy: Double?
    /// Out-of-scope rows rejected, over all out-of-scope rows.
    public var outOfScopeRecall: Double?
    /// Out-of-scope rows among all rejected rows.
    public var outOfScopePrecision: Double?
    /// AUROC of `−inScopeScore` (``IntentPrediction/inScopeScore``; `1 − confidence` without the neighbour
    /// component) for separating out-of-scope from in-scope rows.
    public var auroc: Double?
    /// The best OOS recall over thresholds keeping in-scope accuracy ≥ 0.90 (the operating-point figure).
    public var outOfScopeRecallAtInScopeAccuracy90: Double?
}

extension IntentClassifier {
    /// Evaluates the classifier on labelled examples (see ``IntentEvaluation``). Rows with empty text are
    /// skipped.
    /// - Complexity: O(n · (len + nnz · C)).
    public func evaluation(on examples: [LabeledExample]) -> IntentEvaluation {
        var classOf: [String: Int] = [:]
        for (i, l) in labels.enumerated() { classOf[l] = i }
        let rows = examples.filter { !$0.text.allSatisfy(\.isWhitespace) }
        let predictions = predictions(for: rows.map(\.text), maximumCount: 1)
        var predicted: [Int] = [], actual: [Int] = [], confidence: [Double] = [], accepted: [Bool] = []
        var inScore: [Double] = [], oosScore: [Double] = []
        var oosConfidence: [Double] = [], oosAccepted: [Bool] = []
        for (e, p) in zip(rows, predictions) {
            guard let p else { continue }
            let c = classOf[p.label] ?? 0
            if let a = classOf[e.label] {
                predicted.append(c); actual.append(a); confidence.append(p.confidence); accepted.append(p.isInScope)
                inScore.append(p.inScopeScore)
            } else {
                oosConfidence.append(p.confidence); oosAccepted.append(p.isInScope)
                oosScore.append(p.inScopeScore)
            }
        }
        let m = Metrics.classification(predicted: predicted, actual: actual, classCount: labels.count)
        let correct = zip(predicted, actual).map { $0 == $1 }
        let cal = Metrics.calibration(confidence: confidence, correct: correct)
        var perIntent: [String: IntentMetrics] = [:]
        for (i, l) in labels.enumerated() {
            perIntent[l] = IntentMetrics(precision: m.precision[i], recall: m.recall[i], f1: m.f1[i], support: m.support[i])
        }
        var result = IntentEvaluation(
            count: rows.count, accuracy: m.accuracy, macroF1: m.macroF1, macroPrecision: m.macroPrecision,
            macroRecall: m.macroRecall, ece: cal.ece, reliability: cal.bins, perIntent: perIntent, labels: labels,
            confusion: m.confusion, riskCoverage: Metrics.riskCoverage(confidence: confidence, correct: correct),
            outOfScopeCount: oosConfidence.count)
        guard !oosConfidence.isEmpty else { return result }
        let inCount = Double(max(actual.count, 1))
        result.inScopeAccuracy = Double(zip(correct, accepted).filter { $0 && $1 }.count) / inCount
        let rejectedOOS = oosAccepted.filter { !$0 }.count
        let rejectedIn = accepted.filter { !$0 }.count
        result.outOfScopeRecall = Double(rejectedOOS) / Double(oosConfidence.count)
        result.outOfScopePrecision = rejectedOOS + rejectedIn > 0 ? Double(rejectedOOS) / Double(rejectedOOS + rejectedIn) : 0
        result.auroc = Metrics.auroc(scores: (inScore + oosScore).map { -$0 },
                                     positive: Array(repeating: false, count: confidence.count) + Array(repeating: true, count: oosConfidence.count))
        // Sweep thresholds (descending in-scope score of all rows) for the operating point.
        let all = (inScore.map { ($0, false) } + oosScore.map { ($0, true) }).enumerated()
            .sorted { ($0.element.0, $1.offset) > ($1.element.0, $0.offset) }
        var correctAccepted = 0, oosAcceptedCount = 0
        var best: Double? = nil
        var k = 0
        let items = Array(all)
        while k < items.count {
            var j = k
            while j < items.count && items[j].element.0 == items[k].element.0 {
                let idx = items[j].offset
                if items[j].element.1 { oosAcceptedCount += 1 } else if correct[idx] { correctAccepted += 1 }
                j += 1
            }
            if Double(correctAccepted) / inCount >= 0.90 {
                best = Double(oosConfidence.count - oosAcceptedCount) / Double(oosConfidence.count)
                break
            }
            k = j
        }
        result.outOfScopeRecallAtInScopeAccuracy90 = best
        return result
    }
}
