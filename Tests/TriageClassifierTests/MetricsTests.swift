import Testing
import TriageClassifier

@Suite struct MetricsTests {
    @Test func aurocMatchesHandComputedValues() {
        #expect(Metrics.auroc(scores: [0.1, 0.4, 0.35, 0.8], positive: [false, false, true, true]) == 0.75)
        #expect(Metrics.auroc(scores: [1, 1], positive: [true, false]) == 0.5)
        #expect(Metrics.auroc(scores: [1, 2], positive: [true, true]) == nil)
    }

    @Test func eceOfAPerfectlyCalibratedBinIsZero() {
        let (ece, bins) = Metrics.calibration(confidence: [0.5, 0.5, 1.0, 1.0], correct: [true, false, true, true])
        #expect(abs(ece) < 1e-12)
        #expect(bins.count == 15)
        #expect(bins[14].count == 2)
    }

    @Test func macroF1MatchesAHandExample() {
        let m = Metrics.classification(predicted: [0, 0, 1, 1, 2], actual: [0, 1, 1, 1, 2], classCount: 3)
        #expect(abs(m.accuracy - 0.8) < 1e-12)
        // class 0: P 1/2 R 1 F 2/3; class 1: P 1 R 2/3 F 0.8; class 2: F 1.
        #expect(abs(m.macroF1 - (2.0 / 3 + 0.8 + 1) / 3) < 1e-12)
        #expect(m.confusion[1][0] == 1)
    }
}
