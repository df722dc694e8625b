import TriageClassifier

/// A per-label classification report in scikit-learn's `classification_report` layout, plus the confusion
/// matrix, calibration and the labels each intent is most often confused with.
///
/// Labels are the sorted union of gold and predicted labels (scikit-learn's default). A label never predicted
/// has precision 0; one never in gold has recall 0 (scikit-learn's `zero_division=0`). Macro averages are
/// unweighted means over every label; weighted averages weight by support. The arithmetic is
/// ``TriageClassifier/Metrics``' (`classification`, `calibration`, `riskCoverage`), so the classifier's own
/// evaluation and this report agree.
public struct ClassificationReport: Sendable, Hashable, Codable {
    /// Rows evaluated.
    public var count: Int
    /// Share of rows whose prediction equals the gold label.
    public var accuracy: Double
    public var macroPrecision: Double
    public var macroRecall: Double
    public var macroF1: Double
    public var weightedPrecision: Double
    public var weightedRecall: Double
    public var weightedF1: Double
    /// Sorted labels indexing ``confusion``.
    public var labels: [String]
    /// `confusion[gold][predicted]`.
    public var confusion: [[Int]]
    /// Per-label figures keyed by label.
    public var perIntent: [String: IntentReport]
    /// Expected calibration error (15 equal-width bins), when confidences were given.
    public var ece: Double?
    /// Reliability bins, when confidences were given.
    public var reliability: [Metrics.ReliabilityBin]?
    /// Risk–coverage curve by confidence, when confidences were given.
    public var riskCoverage: [Metrics.RiskCoveragePoint]?

    enum CodingKeys: String, CodingKey {
        case count, accuracy, labels, confusion, ece, reliability
        case macroPrecision = "macro_precision", macroRecall = "macro_recall", macroF1 = "macro_f1"
        case weightedPrecision = "weighted_precision", weightedRecall = "weighted_recall", weightedF1 = "weighted_f1"
        case perIntent = "per_intent", riskCoverage = "risk_coverage"
    }

    /// One label's line of the report.
    public struct IntentReport: Sendable, Hashable, Codable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        /// Gold rows with this label.
        public var support: Int
        /// Rows predicted as this label.
        public var predicted: Int
        /// The labels this intent's gold rows were predicted as instead, most frequent first (ties by label),
        /// at most ``ClassificationReport/confusedWithLimit``.
        public var confusedWith: [Confusion]

        enum CodingKeys: String, CodingKey {
            case precision, recall, f1, support, predicted
            case confusedWith = "confused_with"
        }
    }

    /// A label and how many rows went to it.
    public struct Confusion: Sendable, Hashable, Codable {
        public var intent: String
        public var count: Int
    }

    /// How many `confused_with` entries each intent lists.
    public static let confusedWithLimit = 3

    /// Builds the report.
    /// - Parameters:
    ///   - gold: Gold labels.
    ///   - predicted: Predicted labels, same length (extra rows of the longer array are ignored).
    ///   - confidence: Optional top-label probabilities, same length, for calibration and risk–coverage.
    public init(gold: [String], predicted: [String], confidence: [Double]? = nil) {
        let n = min(gold.count, predicted.count)
        let labels = Array(Set(gold.prefix(n)).union(predicted.prefix(n))).sorted()
        var index: [String: Int] = [:]
        for (i, l) in labels.enumerated() { index[l] = i }
        let g = gold.prefix(n).map { index[$0] ?? 0 }, p = predicted.prefix(n).map { index[$0] ?? 0 }
        let m = Metrics.classification(predicted: p, actual: g, classCount: labels.count)
        var per: [String: IntentReport] = [:]
        var wp = 0.0, wr = 0.0, wf = 0.0
        for (k, label) in labels.enumerated() {
            var confusions: [Confusion] = []
            for (j, other) in labels.enumerated() where j != k && m.confusion[k][j] > 0 {
                confusions.append(Confusion(intent: other, count: m.confusion[k][j]))
            }
            confusions.sort { ($0.count, $1.intent) > ($1.count, $0.intent) }
            let predictedCount = (0..<labels.count).reduce(0) { $0 + m.confusion[$1][k] }
            per[label] = IntentReport(precision: m.precision[k], recall: m.recall[k], f1: m.f1[k], support: m.support[k],
                                      predicted: predictedCount,
                                      confusedWith: Array(confusions.prefix(Self.confusedWithLimit)))
            let s = Double(m.support[k])
            wp += s * m.precision[k]; wr += s * m.recall[k]; wf += s * m.f1[k]
        }
        let total = Double(max(n, 1))
        count = n
        accuracy = m.accuracy
        macroPrecision = m.macroPrecision
        macroRecall = m.macroRecall
        macroF1 = m.macroF1
        weightedPrecision = wp / total
        weightedRecall = wr / total
        weightedF1 = wf / total
        self.labels = labels
        confusion = m.confusion
        perIntent = per
        if let confidence, confidence.count >= n {
            let conf = Array(confidence.prefix(n))
            let correct = zip(g, p).map { $0 == $1 }
            let cal = Metrics.calibration(confidence: conf, correct: correct)
            ece = cal.ece
            reliability = cal.bins
            riskCoverage = Metrics.riskCoverage(confidence: conf, correct: correct)
        }
    }

    /// The `limit` largest off-diagonal cells, largest first (ties by gold then predicted label): the
    /// top-confusions view for label sets too large for a full matrix.
    public func topConfusions(limit: Int) -> [(gold: String, predicted: String, count: Int)] {
        var cells: [(gold: String, predicted: String, count: Int)] = []
        for (i, row) in confusion.enumerated() {
            for (j, c) in row.enumerated() where i != j && c > 0 { cells.append((labels[i], labels[j], c)) }
        }
        cells.sort { ($0.count, $1.gold, $1.predicted) > ($1.count, $0.gold, $0.predicted) }
        return Array(cells.prefix(max(0, limit)))
    }
}
