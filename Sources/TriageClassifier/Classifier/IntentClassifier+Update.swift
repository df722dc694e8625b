extension IntentClassifier {
    /// Returns a model updated with corrected examples, without retraining from scratch.
    ///
    /// Naive Bayes variants add the examples' feature counts to the stored sufficient statistics and
    /// recompute their log-probabilities: exactly the model that training on the union would give for the
    /// same vocabulary. The linear model takes `passes` deterministic gradient steps over the corrections
    /// (learning rate `learningRate`, in order). The corrections' words count as used by their intents in the
    /// foreign-word table. The vocabulary, idf, temperature and thresholds are kept;
    /// terms unseen in training stay unknown until the next full training.
    /// - Throws: ``ClassifierError/emptyText(file:line:)`` or ``ClassifierError/invalidOption(name:reason:)``
    ///   for a label the model does not know.
    public func updated(with corrections: [LabeledExample], passes: Int = 3, learningRate: Double = 0.5) throws -> IntentClassifier {
        var classOf: [String: Int32] = [:]
        for (i, l) in labels.enumerated() { classOf[l] = Int32(i) }
        var y: [Int32] = []
        for (i, e) in corrections.enumerated() {
            if e.text.allSatisfy(\.isWhitespace) { throw ClassifierError.emptyText(file: nil, line: i + 1) }
            guard let c = classOf[e.label] else {
                throw ClassifierError.invalidOption(name: "label", reason: "'\(e.label)' is not one of the model's intents (retrain to add intents)")
            }
            y.append(c)
        }
        let x = vectorizer.transform(corrections.map(\.text))
        var newScorer = scorer
        var newCounts = counts
        switch configuration.model {
        case .naiveBayes, .complementNaiveBayes:
            guard var c = counts else { break }
            c.add(x, labels: y)
            newCounts = c
            newScorer = configuration.model == .naiveBayes
                ? NaiveBayes.multinomial(c, alpha: configuration.naiveBayesAlpha)
                : NaiveBayes.complement(c, alpha: configuration.naiveBayesAlpha)
        case .naiveBayesLogistic:
            newScorer.gradientSteps(x, labels: y, passes: passes, learningRate: Float(learningRate))
        }
        var newForeignWords = foreignWords
        newForeignWords?.mark(x, labels: y)
        return IntentClassifier(
            labels: labels, configuration: configuration, vectorizer: vectorizer, scorer: newScorer,
            temperature: temperature, threshold: threshold, intentThresholds: intentThresholds,
            inScopeThreshold: inScopeThreshold, inScopeIntentThresholds: inScopeIntentThresholds,
            counts: newCounts, neighbors: neighbors, foreignWords: newForeignWords, metadata: metadata)
    }
}

extension LinearScorer {
    /// Plain softmax cross-entropy gradient steps over the rows of `x`, in order.
    package mutating func gradientSteps(_ x: SparseMatrix, labels y: [Int32], passes: Int, learningRate: Float) {
        var out = [Float](repeating: 0, count: stride)
        // The storage is shared between copies of a scorer: write to a private copy (value semantics).
        let copy = AlignedFloats(count: storage.count)
        copy.base.update(from: storage.base, count: storage.count)
        storage = copy
        let w = copy.base
        for _ in 0..<max(0, passes) {
            for r in 0..<x.rowCount {
                out.withUnsafeMutableBufferPointer { scores(x, row: r, into: $0) }
                let m = out[0..<classCount].max() ?? 0
                var z: Float = 0
                for j in 0..<classCount { out[j] = expf32(out[j] - m); z += out[j] }
                for j in 0..<classCount { out[j] /= z }
                out[Int(y[r])] -= 1
                for j in 0..<classCount { bias[j] -= learningRate * out[j] }
                for k in x.range(ofRow: r) {
                    let base = Int(x.indices[k]) * stride
                    let g = learningRate * x.values[k]
                    for j in 0..<classCount { w[base + j] -= g * out[j] }
                }
            }
        }
    }
}
