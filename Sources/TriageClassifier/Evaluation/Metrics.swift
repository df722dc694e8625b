/// Classification, calibration and ranking metrics as pure functions.
public enum Metrics {
    /// Accuracy, per-class precision/recall/F1/support, macro averages and the confusion matrix.
    public struct Classification: Sendable, Hashable, Codable {
        public var accuracy: Double
        public var macroPrecision: Double
        public var macroRecall: Double
        public var macroF1: Double
        public var precision: [Double]
        public var recall: [Double]
        public var f1: [Double]
        public var support: [Int]
        /// `confusion[actual][predicted]`.
        public var confusion: [[Int]]
    }

    /// Classification metrics of `predicted` against `actual` (class ids in `0..<classCount`). Classes with
    /// no support and no predictions count 0 in the macro averages only if they have support (as
    /// scikit-learn's `f1_score(average="macro")` over present labels).
    public static func classification(predicted: [Int], actual: [Int], classCount c: Int) -> Classification {
        var confusion = [[Int]](repeating: [Int](repeating: 0, count: c), count: c)
        var correct = 0
        for (p, a) in zip(predicted, actual) {
            confusion[a][p] += 1
            if p == a { correct += 1 }
        }
        var precision = [Double](repeating: 0, count: c), recall = precision, f1 = precision
        var support = [Int](repeating: 0, count: c)
        var present: [Int] = []
        for k in 0..<c {
            let tp = Double(confusion[k][k])
            let predictedK = Double((0..<c).reduce(0) { $0 + confusion[$1][k] })
            let actualK = confusion[k].reduce(0, +)
            support[k] = actualK
            precision[k] = predictedK > 0 ? tp / predictedK : 0
            recall[k] = actualK > 0 ? tp / Double(actualK) : 0
            f1[k] = precision[k] + recall[k] > 0 ? 2 * precision[k] * recall[k] / (precision[k] + recall[k]) : 0
            if actualK > 0 || predictedK > 0 { present.append(k) }
        }
        let m = Double(max(present.count, 1))
        return Classification(
            accuracy: Double(correct) / Double(max(actual.count, 1)),
            macroPrecision: present.reduce(0) { $0 + precision[$1] } / m,
            macroRecall: present.reduce(0) { $0 + recall[$1] } / m,
            macroF1: present.reduce(0) { $0 + f1[$1] } / m,
            precision: precision, recall: recall, f1: f1, support: support, confusion: confusion)
    }

    /// One bin of a reliability diagram.
    public struct ReliabilityBin: Sendable, Hashable, Codable {
        public var lower: Double
        public var upper: Double
        public var count: Int
        public var meanConfidence: Double
        public var accuracy: Double
    }

    /// Expected calibration error over `bins` equal-width bins of the top probability, with the bins.
    /// `ECE = Σ_b (n_b / n) · |acc_b − conf_b|`; a confidence of exactly 1 falls in the last bin.
    public static func calibration(confidence: [Double], correct: [Bool], bins: Int = 15) -> (ece: Double, bins: [ReliabilityBin]) {
        var count = [Int](repeating: 0, count: bins), conf = [Double](repeating: 0, count: bins), hits = conf
        for (p, ok) in zip(confidence, correct) {
            let b = min(bins - 1, max(0, Int(p * Double(bins))))
            count[b] += 1
            conf[b] += p
            if ok { hits[b] += 1 }
        }
        var ece = 0.0
        var out: [ReliabilityBin] = []
        let n = Double(max(confidence.count, 1))
        for b in 0..<bins {
            let k = Double(count[b])
            let mc = k > 0 ? conf[b] / k : 0, acc = k > 0 ? hits[b] / k : 0
            ece += k / n * abs(acc - mc)
            out.append(ReliabilityBin(lower: Double(b) / Double(bins), upper: Double(b + 1) / Double(bins),
                                      count: count[b], meanConfidence: mc, accuracy: acc))
        }
        return (ece, out)
    }

    /// Area under the ROC curve for `scores` (higher = more positive), ties counted half (Mann–Whitney U).
    public static func auroc(scores: [Double], positive: [Bool]) -> Double? {
        let pos = positive.filter { $0 }.count, neg = positive.count - pos
        guard pos > 0, neg > 0 else { return nil }
        let order = scores.indices.sorted { (scores[$0], $0) < (scores[$1], $1) }
        var rankSum = 0.0
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && scores[order[j + 1]] == scores[order[i]] { j += 1 }
            let rank = Double(i + j) / 2 + 1
            for k in i...j where positive[order[k]] { rankSum += rank }
            i = j + 1
        }
        return (rankSum - Double(pos) * Double(pos + 1) / 2) / (Double(pos) * Double(neg))
    }

    /// A point of the risk–coverage curve.
    public struct RiskCoveragePoint: Sendable, Hashable, Codable {
        /// Fraction of rows accepted.
        public var coverage: Double
        /// Error rate among accepted rows.
        public var risk: Double
        /// The confidence threshold that yields this point.
        public var threshold: Double
    }

    /// Risk–coverage curve at `points` evenly spaced coverages (rows sorted by confidence, descending).
    public static func riskCoverage(confidence: [Double], correct: [Bool], points: Int = 20) -> [RiskCoveragePoint] {
        let order = confidence.indices.sorted { (confidence[$0], $1) > (confidence[$1], $0) }
        guard !order.isEmpty else { return [] }
        var out: [RiskCoveragePoint] = []
        var errors = 0, next = 1
        for (k, r) in order.enumerated() {
            if !correct[r] { errors += 1 }
            let covered = k + 1
            while next <= points && covered >= Int((Double(next) / Double(points) * Double(order.count)).rounded(.up)) {
                out.append(RiskCoveragePoint(coverage: Double(covered) / Double(order.count),
                                             risk: Double(errors) / Double(covered), threshold: confidence[r]))
                next += 1
            }
        }
        return out
    }
}
