extension IntentClassifier {
    /// Reusable buffers for a sequence of predictions on one thread.
    package struct PredictionScratch {
        /// The vectorizer's buffers; after ``IntentClassifier/score(_:_:keepRow:)`` its counter holds the text's
        /// features and their values (what explanations read).
        var vectorizer = TextVectorizer.Scratch()
        var logits: [Float]
        var probs: [Double]
        let neighbors: NeighborIndex.Scratch?
        var similarity: Float = 0
        var unknownWords: Double = 0
        /// The foreign-word share for the best-scoring intent (0 without a foreign-word table).
        var foreign: Double = 0
        /// The rejection base score (``RejectionOptions/score`` at ``RejectionOptions/temperatureFactor`` times
        /// the temperature).
        var softTop: Double = 0
        /// The logits before the neighbour blend (filled with `keepRow`, for explanations).
        var linearLogits: [Float] = []
        init(featureCount: Int, classCount: Int, neighborRows: Int?) {
            neighbors = neighborRows.map { NeighborIndex.Scratch(rowCount: $0) }
            logits = [Float](repeating: 0, count: LinearScorer.stride(for: classCount))
            probs = [Double](repeating: 0, count: classCount)
        }
    }

    package func makeScratch() -> PredictionScratch {
        PredictionScratch(featureCount: vectorizer.featureCount, classCount: labels.count, neighborRows: neighbors?.rowCount)
    }

    /// Computes logits and calibrated probabilities of `text` into `scratch` (its features stay in
    /// `scratch.vectorizer.counter`); with `keepRow`, also the logits before the neighbour blend (for
    /// explanations).
    package func score(_ text: String, _ scratch: inout PredictionScratch, keepRow: Bool = true) {
        vectorizer.vectorize(text, scratch.vectorizer)
        let counter = scratch.vectorizer.counter
        scratch.unknownWords = vectorizer.unknownWordFraction(scratch.vectorizer)
        let c = labels.count
        let inv = 1 / temperature
        scratch.logits.withUnsafeMutableBufferPointer { logits in
            scratch.probs.withUnsafeMutableBufferPointer { probs in
                scorer.scores(indices: counter.features, values: counter.values, count: counter.count, into: logits)
                if let neighbors, let ns = scratch.neighbors {
                    if keepRow { scratch.linearLogits = Array(logits[0..<c]) }
                    scratch.similarity = neighbors.blend(
                        logits: UnsafeMutableBufferPointer(rebasing: logits[0..<c]), indices: counter.features,
                        values: counter.values, count: counter.count, scratch: ns)
                }
                // The best intent: the first largest logit (the first largest probability, as ranked below). Scaling
                // by the positive `inv` keeps the order, so `m` is the largest scaled logit.
                var best = 0
                var top = logits[0]
                for j in 1..<max(c, 1) where logits[j] > top {
                    top = logits[j]
                    best = j
                }
                let m = Double(top) * inv
                var z = 0.0, ed = 0.0
                for j in 0..<c {
                    // exp(-40) < 5e-18: such classes cannot change a probability at Double precision that matters.
                    let d = Double(logits[j]) * inv - m
                    let e = d < -40 ? 0 : mathExp(d)
                    probs[j] = e
                    z += e
                    ed += e * d
                }
                for j in 0..<c { probs[j] /= z }
                if let foreignWords {
                    scratch.foreign = foreignShare(foreignWords, intent: best, scratch.vectorizer)
                } else {
                    scratch.foreign = 0
                }
                let rejection = configuration.rejection
                if rejection.temperatureFactor == 1 {
                    scratch.softTop = Rejection.finish(z: z, ed: ed, kind: rejection.score)
                } else {
                    scratch.softTop = Rejection.baseScore(
                        UnsafeBufferPointer(rebasing: logits[0..<c]), inverseTemperature: inv / rejection.temperatureFactor,
                        kind: rejection.score)
                }
            }
        }
    }

    /// The foreign-word share of the text last counted into `scratch` for intent `c`.
    @inline(__always)
    private func foreignShare(_ table: ForeignWordTable, intent c: Int, _ scratch: TextVectorizer.Scratch) -> Double {
        vectorizer.idf.withUnsafeBufferPointer { idf in
            guard let w = idf.baseAddress else { return 0 }
            if let share = table.share(unigrams: vectorizer.unigramIDs(scratch), idf: w, intent: c) { return share }
            let counter = scratch.counter
            return table.share(indices: counter.features, count: counter.count, idf: w, intent: c)
        }
    }

    /// Builds the prediction from scored `scratch`.
    package func prediction(from scratch: PredictionScratch, maximumCount: Int) -> IntentPrediction {
        classifiedPrediction(from: scratch, maximumCount: maximumCount).prediction
    }

    /// The prediction from scored `scratch` with the index of its class: the first class whose label is the
    /// predicted one (the predicted class itself unless a malformed model repeats a label).
    package func classifiedPrediction(from scratch: PredictionScratch, maximumCount: Int)
        -> (prediction: IntentPrediction, classIndex: Int)
    {
        let (prediction, best) = rankedPrediction(from: scratch, maximumCount: maximumCount)
        let index = labelsAreDistinct ? best : (labels.firstIndex(of: prediction.label) ?? 0)
        return (prediction, index)
    }

    /// The prediction from scored `scratch` and the class it names.
    private func rankedPrediction(from scratch: PredictionScratch, maximumCount: Int) -> (IntentPrediction, Int) {
        let c = labels.count
        let k = max(1, min(maximumCount, c))
        return scratch.probs.withUnsafeBufferPointer { p in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: k) { top in
                // Partial insertion sort of the top k (ties by lower class index); no heap allocation.
                var n = 0
                for j in 0..<c {
                    if n == k && !(p[top[k &- 1]] < p[j]) { continue }
                    var pos = n < k ? n : k &- 1
                    while pos > 0 && p[top[pos &- 1]] < p[j] {
                        top[pos] = top[pos &- 1]
                        pos &-= 1
                    }
                    top[pos] = j
                    if n < k { n &+= 1 }
                }
                var second = 0.0
                if k >= 2 { second = p[top[1]] } else {
                    for j in 0..<c where j != top[0] && p[j] > second { second = p[j] }
                }
                let best = top[0]
                let threshold = inScopeThreshold(forClass: best)
                let similarity = Double(scratch.similarity)
                let foreign = scratch.foreign
                let inScope = scratch.softTop + configuration.neighbors.similarityWeight * similarity
                    - configuration.rejection.unknownWordWeight * scratch.unknownWords
                    - configuration.rejection.foreignWordWeight * foreign
                var hypotheses: [IntentHypothesis] = []
                hypotheses.reserveCapacity(k)
                for r in 0..<k { hypotheses.append(IntentHypothesis(label: labels[top[r]], probability: p[top[r]])) }
                return (IntentPrediction(
                    label: labels[best], confidence: p[best], margin: p[best] - second,
                    isInScope: inScope >= threshold, similarity: similarity,
                    unknownWordFraction: scratch.unknownWords, foreignWordShare: foreign, inScopeScore: inScope,
                    threshold: threshold, hypotheses: hypotheses), best)
            }
        }
    }

    /// The full prediction for `text`: top label, calibrated confidence, margin, in-scope decision and the
    /// `maximumCount` best hypotheses.
    /// - Throws: ``ClassifierError/emptyText(file:line:)`` for an empty or whitespace-only text.
    /// - Complexity: O(n + nnz · C) for a text of n bytes with nnz features and C intents.
    public func prediction(for text: String, maximumCount: Int = 3) throws -> IntentPrediction {
        if Self.isBlank(text) { throw ClassifierError.emptyText(file: nil, line: nil) }
        var scratch = makeScratch()
        score(text, &scratch)
        return prediction(from: scratch, maximumCount: maximumCount)
    }

    /// Whether `text` is empty or only whitespace (ASCII fast path).
    @inline(__always)
    package static func isBlank(_ text: String) -> Bool {
        for b in text.utf8 {
            if b >= 0x80 { return text.allSatisfy(\.isWhitespace) }
            if !ChunkAnalyzer.isSpace(b) { return false }
        }
        return true
    }

    /// Predictions for many texts, reusing buffers (the fast path for batches). Empty texts yield `nil`.
    public func predictions(for texts: [String], maximumCount: Int = 3) -> [IntentPrediction?] {
        var scratch = makeScratch()
        return texts.map { text in
            if Self.isBlank(text) { return nil }
            score(text, &scratch, keepRow: false)
            return prediction(from: scratch, maximumCount: maximumCount)
        }
    }

    /// The most likely intent of `text`, or `nil` for an empty text (as `NLModel.predictedLabel(for:)`).
    /// The label is returned even when the text is out of scope; check ``prediction(for:maximumCount:)``.
    public func predictedLabel(for text: String) -> String? {
        try? prediction(for: text, maximumCount: 1).label
    }

    /// The `maximumCount` most likely intents with calibrated probabilities (as
    /// `NLModel.predictedLabelHypotheses(for:maximumCount:)`); empty for an empty text.
    public func predictedLabelHypotheses(for text: String, maximumCount: Int) -> [String: Double] {
        guard let p = try? prediction(for: text, maximumCount: maximumCount) else { return [:] }
        var out: [String: Double] = [:]
        for h in p.hypotheses { out[h.label] = h.probability }
        return out
    }
}
