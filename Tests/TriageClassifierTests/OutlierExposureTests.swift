import Foundation
import Testing
import TriageClassifier

@Suite struct OutlierExposureTests {
    static var labels: [Int32] {
        let names = Array(Set(Fixtures.small.map(\.label))).sorted()
        return Fixtures.small.map { Int32(names.firstIndex(of: $0.label) ?? 0) }
    }

    static func options(_ kind: SyntheticOutlierKind, fraction: Double = 0.1, seed: UInt64 = 17) -> OutlierExposureOptions {
        var o = OutlierExposureOptions()
        o.kind = kind
        o.fraction = fraction
        o.seed = seed
        return o
    }

    @Test(arguments: SyntheticOutlierKind.allCases)
    func syntheticTextsAreSeededAndMadeOfTrainingWords(kind: SyntheticOutlierKind) {
        guard Fixtures.banking != nil else { return }
        let texts = Fixtures.small.map(\.text)
        let a = SyntheticOutliers.texts(from: texts, labels: Self.labels, options: Self.options(kind))
        let b = SyntheticOutliers.texts(from: texts, labels: Self.labels, options: Self.options(kind))
        let c = SyntheticOutliers.texts(from: texts, labels: Self.labels, options: Self.options(kind, seed: 18))
        #expect(a.count == Int((0.1 * Double(texts.count)).rounded()))
        #expect(a == b)
        #expect(a != c)
        let vocabulary = Set(texts.flatMap { $0.split(whereSeparator: \.isWhitespace) })
        for t in a {
            let words = t.split(separator: " ")
            #expect(!words.isEmpty)
            #expect(words.allSatisfy { vocabulary.contains($0) })
        }
        // Not simply copies of training texts.
        let originals = Set(texts.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") })
        #expect(a.filter { !originals.contains($0) }.count > a.count / 2)
    }

    @Test func offMakesNothing() {
        let texts = Fixtures.small.map(\.text)
        #expect(SyntheticOutliers.texts(from: texts, labels: Self.labels, options: .init()).isEmpty)
        var noWeight = Self.options(.wordDraws)
        noWeight.weight = 0
        #expect(SyntheticOutliers.texts(from: texts, labels: Self.labels, options: noWeight).isEmpty)
        // Non-finite options are off, not a crash.
        var infinite = Self.options(.wordDraws)
        infinite.fraction = .infinity
        #expect(SyntheticOutliers.texts(from: texts, labels: Self.labels, options: infinite).isEmpty)
        infinite.fraction = .nan
        #expect(!infinite.isEnabled)
        // One intent: nothing to mix.
        let one = [Int32](repeating: 0, count: texts.count)
        #expect(SyntheticOutliers.texts(from: texts, labels: one, options: Self.options(.crossIntentMix)).isEmpty)
        #expect(SyntheticOutliers.texts(from: [], labels: [], options: Self.options(.wordDraws)).isEmpty)
    }

    @Test func maskedKeywordsDropEachIntentsOwnWords() {
        let texts = ["refund my order now", "refund the order please", "block my card now", "block the card please",
                     "reset My password now", "reset the password please"]
        let labels: [Int32] = [0, 0, 1, 1, 2, 2]
        let out = SyntheticOutliers.texts(from: texts, labels: labels, options: Self.options(.maskedKeywords, fraction: 2))
        #expect(out.count == 12)
        for t in out {
            for keyword in ["refund", "order", "block", "card", "reset", "password"] { #expect(!t.contains(keyword)) }
        }
        #expect(Set(out).isSubset(of: ["my now", "the please", "My now"]))
        #expect(Set(out).count >= 2)
    }

    /// The option off (whatever its other fields) trains exactly the default model, and is not written to the
    /// model file, so files and models from before the option existed are unchanged.
    @Test func offReproducesTheDefaultModelBytes() throws {
        let base = try IntentClassifier.train(examples: Fixtures.small, configuration: Fixtures.quick).serialized()
        var off = Fixtures.quick
        off.linear.outlierExposure.weight = 3
        off.linear.outlierExposure.kind = .crossIntentHalves
        let same = try IntentClassifier.train(examples: Fixtures.small, configuration: off).serialized()
        #expect(ModelFileTests.firstDifference(base, same) == nil)
        let json = String(decoding: try JSONEncoder().encode(off.linear), as: UTF8.self)
        #expect(!json.contains("outlierExposure"))
    }

    /// With outlier exposure the model is deterministic, stores the option, and its raw scores separate fresh
    /// synthetic texts from the training texts better than the same model's without it (raw logits, so that
    /// the two models' different temperatures do not enter).
    @Test func exposureSeparatesSyntheticTexts() throws {
        guard Fixtures.banking != nil else { return }
        var on = Fixtures.quick
        on.linear.outlierExposure = Self.options(.wordDraws, fraction: 0.2)
        let a = try IntentClassifier.train(examples: Fixtures.small, configuration: on)
        let b = try IntentClassifier.train(examples: Fixtures.small, configuration: on)
        #expect(ModelFileTests.firstDifference(try a.serialized(), try b.serialized()) == nil)
        let path = Fixtures.temporaryPath("outlier-exposure.tkic")
        try a.write(to: path)
        #expect(try IntentClassifier(contentsOf: path).configuration.linear.outlierExposure == on.linear.outlierExposure)

        let plain = try #require(Fixtures.smallModel)
        let texts = Fixtures.small.map(\.text)
        let probes = SyntheticOutliers.texts(from: texts, labels: Self.labels,
                                             options: Self.options(.wordDraws, fraction: 0.2, seed: 99))
        #expect(!probes.isEmpty)
        /// AUROC of "probe" against "training text" by the negative entropy of the raw softmax.
        func separation(_ m: IntentClassifier) -> Double {
            let c = m.labels.count
            let logits = m.scorer.scores(m.vectorizer.transform(texts + probes))
            let scores = (0..<(texts.count + probes.count)).map { r -> Double in
                let row = logits[(r * c)..<((r + 1) * c)].map(Double.init)
                let top = row.max() ?? 0
                let z = row.reduce(0) { $0 + exp($1 - top) }
                return -row.reduce(0) { $0 + exp($1 - top) / z * ($1 - top - log(z)) }
            }
            let positive = [Bool](repeating: false, count: texts.count) + [Bool](repeating: true, count: probes.count)
            return Metrics.auroc(scores: scores, positive: positive) ?? 0
        }
        // Measured: 0.992 with outlier exposure, 0.978 without.
        #expect(separation(a) > separation(plain) + 0.005)
    }
}
