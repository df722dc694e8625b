import Testing
import TriageClassifier

@Suite struct CalibrationTests {
    /// Three classes, `n` rows whose true class leads by `gap` logits (so every row is right).
    static func separable(rows n: Int, gap: Float) -> (logits: [Float], labels: [Int32]) {
        var logits: [Float] = [], labels: [Int32] = []
        for r in 0..<n {
            let y = r % 3
            for j in 0..<3 { logits.append(j == y ? gap + Float(r % 5) * 0.1 : Float(j) * 0.2) }
            labels.append(Int32(y))
        }
        return (logits, labels)
    }

    @Test func allRightHeldOutRowsGetLaplacesConfidenceNotTheLowerBound() {
        let (logits, labels) = Self.separable(rows: 30, gap: 2)
        let t = Calibration.fitTemperature(logits: logits, labels: labels, classCount: 3)
        #expect(t > 0.05)
        let confidence = Calibration.topOne(Calibration.softmax(logits: logits, classCount: 3, temperature: t), classCount: 3).confidence
        let mean = confidence.reduce(0, +) / Double(confidence.count)
        #expect(abs(mean - 31.0 / 32.0) < 1e-6)
    }

    @Test func oneWrongRowKeepsTheLogLossMinimum() {
        var (logits, labels) = Self.separable(rows: 30, gap: 2)
        labels[0] = 1
        let t = Calibration.fitTemperature(logits: logits, labels: labels, classCount: 3)
        let nll = { (t: Double) in Calibration.negativeLogLikelihood(logits: logits, labels: labels, classCount: 3, temperature: t) }
        #expect(t > 0.02 && t < 50)
        #expect(nll(t) <= nll(t * 1.05) && nll(t) <= nll(t / 1.05))
    }

    /// A model whose held-out rows are all right (a small, easy training set) keeps graded confidences.
    @Test func anEasyTrainingSetDoesNotSaturateConfidence() throws {
        let model = try IntentClassifier.train(examples: Fixtures.synthetic + Fixtures.synthetic.map {
            LabeledExample(text: $0.text + " please", label: $0.label)
        }, configuration: Fixtures.quick)
        #expect(model.metadata.validationAccuracy == 1)
        #expect(model.temperature > 0.05)
        let p = try model.prediction(for: "banana weather tomorrow", maximumCount: 3)
        #expect(p.confidence < 0.999)
    }
}
