import Foundation
import Testing
import TriageClassifier

/// The nearest-neighbour component, the out-of-scope score options and the channel/seed ensembles.
@Suite struct NeighborTests {
    /// Neighbour options as the default candidates use them.
    static var withNeighbors: ClassifierConfiguration {
        var c = Fixtures.quick
        c.neighbors.weight = 2
        c.neighbors.similarityWeight = 0.2
        c.rejection.temperatureFactor = 1.5
        c.rejection.score = .topProbability
        c.rejection.foreignWordWeight = 0
        return c
    }

    @Test func trainingRowsAreTheirOwnNearestNeighbours() throws {
        let (labels, y, vectorizer, x) = try Fixtures.smallMatrix()
        let examples = Fixtures.small
        var options = NeighborOptions()
        options.weight = 1
        options.perClass = 1
        let index = NeighborIndex(x, labels: y, classCount: labels.count, wordFeatureCount: vectorizer.wordFeatureCount, options: options)
        #expect(index.rowCount == examples.count)
        #expect(index.classCount == labels.count)
        let scratch = NeighborIndex.Scratch(rowCount: index.rowCount)
        var checked = 0
        for r in stride(from: 0, to: x.rowCount, by: max(1, x.rowCount / 40)) {
            let range = x.range(ofRow: r)
            // Logits that put the row's own intent first: its best neighbour is itself (cosine 1).
            var logits = [Float](repeating: 0, count: labels.count)
            logits[Int(y[r])] = 1
            let before = logits
            let best = x.indices.withUnsafeBufferPointer { idx in
                x.values.withUnsafeBufferPointer { vals in
                    logits.withUnsafeMutableBufferPointer { l in
                        index.blend(logits: l, indices: idx.baseAddress! + range.lowerBound,
                                    values: vals.baseAddress! + range.lowerBound, count: range.count, scratch: scratch)
                    }
                }
            }
            #expect(abs(best - 1) < 1e-4, "row \(r): best similarity \(best)")
            #expect(abs(logits[Int(y[r])] - before[Int(y[r])] - 1) < 1e-4, "own intent gains weight × 1")
            checked += 1
        }
        #expect(checked >= 20)
    }

    @Test func neighbourModelsAreDeterministicAndRoundTrip() throws {
        let model = try IntentClassifier.train(examples: Fixtures.small, configuration: Self.withNeighbors)
        let again = try IntentClassifier.train(examples: Fixtures.small, configuration: Self.withNeighbors)
        let bytes = try model.serialized()
        #expect(ModelFileTests.firstDifference(bytes, try again.serialized()) == nil)
        #expect(bytes[4] == 2 && model.manifest.formatVersion == 2, "no foreign-word table: format 2")
        let loaded = try IntentClassifier(serialized: bytes, path: "n.tkic")
        #expect(loaded.neighbors == model.neighbors)
        #expect(ModelFileTests.firstDifference(try loaded.serialized(), bytes) == nil)
        for e in Fixtures.small.prefix(40) {
            let p = try model.prediction(for: e.text)
            #expect(try loaded.prediction(for: e.text) == p)
            #expect(p.similarity > 0 && p.similarity <= 1.0001)
            #expect(p.inScopeScore > p.confidence - 1e-9, "a softer top probability plus similarity is not below the calibrated one")
            #expect(p.isInScope == (p.inScopeScore >= p.threshold))
        }
        // The batch path gives the same predictions as one text at a time.
        let texts = Fixtures.small.prefix(40).map(\.text)
        for (t, p) in zip(texts, model.predictions(for: texts, maximumCount: 3)) {
            #expect(p == (try model.prediction(for: t)))
        }
    }

    @Test func modelsWithoutNeighboursKeepFormatVersion1() throws {
        var legacy = Fixtures.quick
        legacy.rejection.score = .topProbability
        legacy.rejection.foreignWordWeight = 0
        let model = try IntentClassifier.train(examples: Fixtures.small, configuration: legacy)
        #expect(try model.serialized()[4] == 1)
        #expect(try #require(Fixtures.smallModel).serialized()[4] == 3, "the foreign-word table needs format 3")
        let json = String(decoding: try JSONEncoder().encode(ClassifierConfiguration()), as: UTF8.self)
        for key in ["neighbors", "channelModelWeight", "seedCount", "temperatureFactor", "unknownWordWeight", "topProbability"] {
            #expect(!json.contains(key), "\(key) is written only when used")
        }
        #expect(try JSONDecoder().decode(ClassifierConfiguration.self, from: Data(json.utf8)) == ClassifierConfiguration())
        let p = try model.prediction(for: "I lost my card")
        #expect(p.inScopeScore == p.confidence && p.similarity == 0)
        // A manifest without the score key (written before it existed) means the top probability.
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var rejection = try #require(object["rejection"] as? [String: Any])
        #expect(rejection.removeValue(forKey: "score") as? String == "negativeEntropy")
        object["rejection"] = rejection
        let old = try JSONSerialization.data(withJSONObject: object)
        #expect(try JSONDecoder().decode(ClassifierConfiguration.self, from: old).rejection.score == .topProbability)
    }

    @Test func aNeighbourModelWithAFutureVersionIsRejected() throws {
        var bytes = try IntentClassifier.train(examples: Fixtures.small, configuration: Self.withNeighbors).serialized()
        bytes[4] = UInt8(ModelFormat.currentVersion + 1)
        #expect(throws: ModelFileError.unsupportedFormatVersion(path: "f", found: ModelFormat.currentVersion + 1, supported: 1...3)) {
            try IntentClassifier(serialized: bytes, path: "f")
        }
    }

    @Test func entropyScoreMatchesItsDefinition() throws {
        let model = try #require(Fixtures.smallModel)
        #expect(model.configuration.rejection.score == .negativeEntropy)
        for e in Fixtures.small.prefix(20) {
            let p = try model.prediction(for: e.text, maximumCount: model.labels.count)
            let negativeEntropy = p.hypotheses.reduce(0.0) { $0 + ($1.probability > 0 ? $1.probability * log($1.probability) : 0) }
            let lambda = model.configuration.rejection.foreignWordWeight
            #expect(abs(p.inScopeScore - (negativeEntropy - lambda * p.foreignWordShare)) < 1e-9)
            #expect(p.isInScope == (p.inScopeScore >= model.inScopeThreshold))
            #expect(p.threshold == model.inScopeThreshold)
        }
    }

    @Test func labelSmoothingIsTheDefaultAndOldManifestsDecodeWithout() throws {
        #expect(LinearModelOptions().labelSmoothing == 0.05)
        var plain = Fixtures.quick
        plain.linear.labelSmoothing = 0
        let smoothed = try IntentClassifier.train(examples: Fixtures.small, configuration: Fixtures.quick)
        let unsmoothed = try IntentClassifier.train(examples: Fixtures.small, configuration: plain)
        #expect(smoothed.scorer != unsmoothed.scorer)
        // Smoothing keeps weights smaller: the largest |weight| shrinks.
        func largest(_ m: IntentClassifier) -> Float {
            var best: Float = 0
            for f in 0..<m.scorer.featureCount { for c in 0..<m.scorer.classCount { best = max(best, abs(m.scorer.weight(feature: f, class: c))) } }
            return best
        }
        #expect(largest(smoothed) < largest(unsmoothed))
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(LinearModelOptions())) as? [String: Any])
        #expect(object.removeValue(forKey: "labelSmoothing") as? Double == 0.05)
        let old = try JSONDecoder().decode(LinearModelOptions.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.labelSmoothing == 0)
    }

    @Test func channelAndSeedEnsemblesAreDeterministic() throws {
        var c = Fixtures.quick
        c.linear.channelModelWeight = 0.5
        c.linear.seedCount = 2
        let a = try IntentClassifier.train(examples: Fixtures.small, configuration: c)
        let b = try IntentClassifier.train(examples: Fixtures.small, configuration: c)
        #expect(a.scorer == b.scorer)
        #expect(a.scorer != (try #require(Fixtures.smallModel)).scorer)
        let decoded = try JSONDecoder().decode(ClassifierConfiguration.self, from: JSONEncoder().encode(c))
        #expect(decoded == c)
    }
}
