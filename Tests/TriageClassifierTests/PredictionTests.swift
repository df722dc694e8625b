import Testing
import TriageClassifier

@Suite struct PredictionTests {
    @Test func explanationsSumToTheScore() throws {
        let model = try #require(Fixtures.smallModel)
        for e in Fixtures.small.prefix(40) {
            let x = try model.explanation(for: e.text, maximumCount: 5)
            #expect(abs(x.bias + x.featureTotal - x.score) <= 1e-3 * max(1, abs(x.score)))
            #expect(x.terms.count <= 5)
            #expect(x.label == model.predictedLabel(for: e.text))
            let all = try model.explanation(for: e.text, label: x.label, maximumCount: 10_000)
            let sum = all.terms.reduce(0) { $0 + $1.contribution }
            #expect(abs(sum - all.featureTotal) <= 1e-9 * max(1, abs(sum)))
        }
    }

    @Test func hypothesesAreSortedCalibratedAndConsistent() throws {
        let model = try #require(Fixtures.smallModel)
        let p = try model.prediction(for: Fixtures.small[0].text, maximumCount: 5)
        #expect(p.hypotheses.count == min(5, model.labels.count))
        #expect(zip(p.hypotheses, p.hypotheses.dropFirst()).allSatisfy { $0.probability >= $1.probability })
        #expect(p.hypotheses[0].label == p.label)
        #expect(abs(p.margin - (p.hypotheses[0].probability - p.hypotheses[1].probability)) < 1e-12)
        let all = model.predictedLabelHypotheses(for: Fixtures.small[0].text, maximumCount: model.labels.count)
        #expect(abs(all.values.reduce(0, +) - 1) < 1e-9)
        let batch = model.predictions(for: Fixtures.small.prefix(30).map(\.text), maximumCount: 5)
        for (e, b) in zip(Fixtures.small.prefix(30), batch) { #expect(try model.prediction(for: e.text, maximumCount: 5) == b) }
    }

    @Test func unknownWordsStillGetAnAnswer() throws {
        let model = try #require(Fixtures.smallModel)
        let p = try model.prediction(for: "zzqxv blorptang")
        #expect(p.confidence > 0 && p.confidence <= 1)
    }

    @Test func naiveBayesUpdateLearnsACorrection() throws {
        var config = ClassifierConfiguration.defaults(for: .naiveBayes)
        config.naiveBayesAlpha = 0.1
        let model = try IntentClassifier.train(examples: Fixtures.synthetic, configuration: config)
        let text = "password refund card"
        let before = try #require(model.predictedLabel(for: text))
        let target = model.labels.first { $0 != before } ?? before
        var updated = model
        for _ in 0..<5 { updated = try updated.updated(with: [LabeledExample(text: text, label: target)]) }
        #expect(updated.predictedLabel(for: text) == target)
        // The update equals the counts of training on the union (same vocabulary).
        let counts = try #require(updated.counts)
        #expect(counts.classCounts.reduce(0, +) == Double(model.metadata.exampleCount + 5))
        #expect(throws: ClassifierError.self) { try model.updated(with: [LabeledExample(text: "x", label: "no-such-intent")]) }
    }

    @Test func predictionIsThreadSafe() async throws {
        let model = try #require(Fixtures.smallModel)
        let texts = Fixtures.small.prefix(64).map(\.text)
        let expected = model.predictions(for: texts)
        let results = await withTaskGroup(of: [IntentPrediction?].self) { group in
            for _ in 0..<4 { group.addTask { model.predictions(for: texts) } }
            var all: [[IntentPrediction?]] = []
            for await r in group { all.append(r) }
            return all
        }
        for r in results { #expect(r == expected) }
    }
}
