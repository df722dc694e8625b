import TriageText
import Dispatch

extension IntentClassifier {
    /// Trains a classifier on labelled examples.
    ///
    /// A seeded, stratified ``ClassifierConfiguration/validationFraction`` of each label's examples is held
    /// out; a model trained on the rest fits the softmax temperature (minimum held-out log-loss) and the
    /// out-of-scope thresholds (see ``RejectionOptions``). The final model is trained on all examples and
    /// inherits both. The two trainings run in parallel when ``ClassifierConfiguration/parallel`` is set;
    /// the result is the same either way, and the same examples give a byte-identical model file.
    ///
    /// - Throws: ``ClassifierError/emptyText(file:line:)`` (line = 1-based example index),
    ///   ``ClassifierError/tooFewExamples(label:count:minimum:)`` for a label with fewer than 2 examples,
    ///   ``ClassifierError/tooFewLabels(found:)``, or a vectorizer error.
    /// - Complexity: O(epochs · nnz · C) for the linear model.
    public static func train(examples: [LabeledExample], configuration: ClassifierConfiguration = .init()) throws -> IntentClassifier {
        for (i, e) in examples.enumerated() where e.text.allSatisfy(\.isWhitespace) {
            throw ClassifierError.emptyText(file: nil, line: i + 1)
        }
        for (i, e) in examples.enumerated() where e.label.isEmpty {
            throw ClassifierError.emptyLabel(file: nil, line: i + 1)
        }
        guard !examples.isEmpty else { throw ClassifierError.noExamples(file: nil) }
        try configuration.vectorizer.validate()
        if configuration.linear.labelTokenRate != 0 && configuration.linear.naiveBayesExponent != 0 {
            throw ClassifierError.invalidOption(
                name: "labelTokenRate", reason: "shared label-token components need naiveBayesExponent 0")
        }
        let labels = Array(Set(examples.map(\.label))).sorted()
        guard labels.count >= 2 else { throw ClassifierError.tooFewLabels(found: labels.count) }
        var classOf: [String: Int32] = [:]
        for (i, l) in labels.enumerated() { classOf[l] = Int32(i) }
        let y = examples.map { classOf[$0.label] ?? 0 }
        var members = [[Int]](repeating: [], count: labels.count)
        for (i, c) in y.enumerated() { members[Int(c)].append(i) }
        for (c, m) in members.enumerated() where m.count < 2 {
            throw ClassifierError.tooFewExamples(label: labels[c], count: m.count, minimum: 2)
        }
        let split = Self.stratifiedSplit(members, fraction: configuration.validationFraction, seed: configuration.seed)
        let texts = examples.map(\.text)
        let groups = configuration.linear.labelTokenRate != 0 ? LabelTokenGroups(labels: labels) : nil

        var fits = [Result<Fitted, Error>?](repeating: nil, count: 2)
        let jobs: [[Int]] = [split.train, Array(0..<examples.count)]
        let work: @Sendable (Int) -> Result<Fitted, Error> = { j in
            let rows = jobs[j]
            return Result { try Self.fit(texts: rows.map { texts[$0] }, labels: rows.map { y[$0] },
                                         classCount: labels.count, labelGroups: groups, configuration: configuration) }
        }
        if configuration.parallel {
            let box = ResultBox(count: 2)
            DispatchQueue.concurrentPerform(iterations: 2) { j in box.set(j, work(j)) }
            fits = box.values
        } else {
            fits = [work(0), work(1)]
        }
        guard let heldOutResult = fits[0], let finalResult = fits[1] else { throw ClassifierError.noExamples(file: nil) }
        let heldOut = try heldOutResult.get()
        let final = try finalResult.get()

        // Calibration and thresholds on the held-out rows.
        let validation = heldOut.vectorizer.transform(split.heldOut.map { texts[$0] })
        let validationLabels = split.heldOut.map { y[$0] }
        var logits = heldOut.scorer.scores(validation)
        let similarity = heldOut.neighbors.map { $0.blend(logits: &logits, validation) }
            ?? [Float](repeating: 0, count: validationLabels.count)
        let temperature = configuration.calibrate
            ? Calibration.fitTemperature(logits: logits, labels: validationLabels, classCount: labels.count)
            : 1
        let probs = Calibration.softmax(logits: logits, classCount: labels.count, temperature: temperature)
        let (top, confidence) = Calibration.topOne(probs, classCount: labels.count)
        let correct = zip(top, validationLabels).map { $0 == Int($1) }
        let delta = configuration.neighbors.similarityWeight
        let epsilon = configuration.rejection.unknownWordWeight
        let unknown = epsilon == 0 ? [Double](repeating: 0, count: confidence.count)
            : heldOut.vectorizer.unknownWordFractions(split.heldOut.map { texts[$0] })
        let factor = configuration.rejection.temperatureFactor
        let softTop = Rejection.baseScores(logits: logits, classCount: labels.count, temperature: temperature * factor,
                                           kind: configuration.rejection.score)
        let lambda = configuration.rejection.foreignWordWeight
        let foreign = (0..<confidence.count).map { r in
            heldOut.foreignWords.map { $0.share(validation, row: r, idf: heldOut.vectorizer.idf, intent: top[r]) } ?? 0
        }
        let inScope = (0..<confidence.count).map {
            softTop[$0] + delta * Double(similarity[$0]) - epsilon * unknown[$0] - lambda * foreign[$0]
        }
        let coverage = configuration.rejection.targetCoverage
        let threshold = Rejection.globalThreshold(confidence: confidence, targetCoverage: coverage)
        let inScopeThreshold = Rejection.globalThreshold(confidence: inScope, targetCoverage: coverage)
        var intentThresholds: [Double] = [], inScopeIntentThresholds: [Double] = []
        if let precision = configuration.rejection.perIntentPrecision {
            intentThresholds = Rejection.intentThresholds(
                predicted: top, confidence: confidence, correct: correct, classCount: labels.count,
                precision: precision, floor: threshold)
            inScopeIntentThresholds = Rejection.intentThresholds(
                predicted: top, confidence: inScope, correct: correct, classCount: labels.count,
                precision: precision, floor: inScopeThreshold)
        }
        let metrics = Metrics.classification(predicted: top, actual: validationLabels.map(Int.init), classCount: labels.count)
        let metadata = ModelMetadata(
            trainingDataSHA256: Self.fingerprint(examples), exampleCount: examples.count,
            validationAccuracy: metrics.accuracy, validationMacroF1: metrics.macroF1,
            validationECE: Metrics.calibration(confidence: confidence, correct: correct).ece)
        return IntentClassifier(
            labels: labels, configuration: configuration, vectorizer: final.vectorizer, scorer: final.scorer,
            temperature: temperature, threshold: threshold, intentThresholds: intentThresholds,
            inScopeThreshold: inScopeThreshold, inScopeIntentThresholds: inScopeIntentThresholds,
            counts: final.counts, neighbors: final.neighbors, foreignWords: final.foreignWords, metadata: metadata)
    }

    /// A vectorizer and scorer fitted on some rows.
    package struct Fitted: Sendable {
        var vectorizer: TextVectorizer
        var scorer: LinearScorer
        var counts: NaiveBayes.Counts?
        var neighbors: NeighborIndex?
        var foreignWords: ForeignWordTable?
    }

    /// Fits the vectorizer and the scorer of `configuration.model`.
    package static func fit(texts: [String], labels y: [Int32], classCount: Int, labelGroups: LabelTokenGroups? = nil,
                            configuration: ClassifierConfiguration) throws -> Fitted {
        let fitted = try fitModel(texts: texts, labels: y, classCount: classCount, labelGroups: labelGroups,
                                  configuration: configuration)
        let neighbors = configuration.neighbors.isEnabled
            ? NeighborIndex(fitted.matrix, labels: y, classCount: classCount,
                            wordFeatureCount: fitted.vectorizer.wordFeatureCount, options: configuration.neighbors)
            : nil
        let foreignWords = configuration.rejection.foreignWordWeight != 0
            ? ForeignWordTable(fitted.matrix, labels: y, classCount: classCount,
                               featureCount: fitted.vectorizer.wordFeatureCount, unigrams: fitted.vectorizer.unigramFeatures())
            : nil
        return Fitted(vectorizer: fitted.vectorizer, scorer: fitted.scorer, counts: fitted.counts, neighbors: neighbors,
                      foreignWords: foreignWords)
    }

    private static func fitModel(texts: [String], labels y: [Int32], classCount: Int, labelGroups: LabelTokenGroups?,
                                 configuration: ClassifierConfiguration) throws
        -> (vectorizer: TextVectorizer, matrix: SparseMatrix, scorer: LinearScorer, counts: NaiveBayes.Counts?) {
        let (vectorizer, x) = try TextVectorizer.fit(texts, options: configuration.vectorizer)
        switch configuration.model {
        case .naiveBayes:
            let counts = NaiveBayes.Counts(x, labels: y, classCount: classCount)
            return (vectorizer, x, NaiveBayes.multinomial(counts, alpha: configuration.naiveBayesAlpha), counts)
        case .complementNaiveBayes:
            let counts = NaiveBayes.Counts(x, labels: y, classCount: classCount)
            return (vectorizer, x, NaiveBayes.complement(counts, alpha: configuration.naiveBayesAlpha), counts)
        case .naiveBayesLogistic:
            let synthetic = SyntheticOutliers.texts(from: texts, labels: y, options: configuration.linear.outlierExposure)
            let outliers = synthetic.isEmpty ? nil : vectorizer.transform(synthetic)
            let scorer = SoftmaxTrainer(options: configuration.linear).fitEnsemble(
                x, labels: y, classCount: classCount, wordFeatureCount: vectorizer.wordFeatureCount, outliers: outliers,
                labelGroups: labelGroups)
            return (vectorizer, x, scorer, nil)
        }
    }

    /// Seeded stratified split: from each class, `max(1, round(fraction · n))` shuffled members are held out
    /// (never all of them).
    package static func stratifiedSplit(_ members: [[Int]], fraction: Double, seed: UInt64) -> (train: [Int], heldOut: [Int]) {
        var rng = SplitMix64(seed: seed)
        var train: [Int] = [], heldOut: [Int] = []
        for m in members {
            var shuffled = m
            rng.shuffle(&shuffled)
            let k = min(max(1, Int((fraction * Double(m.count)).rounded())), m.count - 1)
            heldOut.append(contentsOf: shuffled.prefix(k))
            train.append(contentsOf: shuffled.dropFirst(k))
        }
        return (train.sorted(), heldOut.sorted())
    }

    /// SHA-256 of the examples as `text \t label \n` lines.
    package static func fingerprint(_ examples: [LabeledExample]) -> String {
        var sha = SHA256()
        for e in examples {
            sha.update(Array(e.text.utf8))
            sha.update([0x09])
            sha.update(Array(e.label.utf8))
            sha.update([0x0A])
        }
        return sha.finalize().map { b in (b < 16 ? "0" : "") + String(b, radix: 16) }.joined()
    }
}

/// Collects the results of `concurrentPerform` iterations; each index is written by exactly one iteration.
private final class ResultBox: @unchecked Sendable {
    // @unchecked: guarded by `lock`.
    private var storage: [Result<IntentClassifier.Fitted, Error>?]
    private let lock = NSLockShim()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: Result<IntentClassifier.Fitted, Error>) { lock.withLock { storage[i] = value } }
    var values: [Result<IntentClassifier.Fitted, Error>?] { lock.withLock { storage } }
}
