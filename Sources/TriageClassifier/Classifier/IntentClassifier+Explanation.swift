extension IntentClassifier {
    /// Explains the score of `label` (default: the predicted intent) for `text` term by term.
    ///
    /// The linear score is `bias + Σ_f x_f · W[f, c]`, so each feature's `x_f · W[f, c]` is its exact
    /// contribution; the returned ``IntentExplanation/featureTotal`` sums all of them (not only the listed
    /// ones), and `bias + featureTotal + neighborContribution == score` up to float rounding. Character n-grams are shown with their
    /// padding spaces, e.g. `" card"`.
    /// - Parameters:
    ///   - text: The text to explain.
    ///   - label: The intent to explain; `nil` for the predicted one.
    ///   - maximumCount: How many terms to list, by absolute contribution (ties by feature name).
    /// - Throws: ``ClassifierError/emptyText(file:line:)``, or ``ClassifierError/invalidOption(name:reason:)``
    ///   for an unknown label.
    public func explanation(for text: String, label: String? = nil, maximumCount: Int = 10) throws -> IntentExplanation {
        if text.allSatisfy(\.isWhitespace) { throw ClassifierError.emptyText(file: nil, line: nil) }
        var scratch = makeScratch()
        score(text, &scratch)
        let c: Int
        if let label {
            guard let i = labels.firstIndex(of: label) else {
                throw ClassifierError.invalidOption(name: "label", reason: "'\(label)' is not one of the model's intents")
            }
            c = i
        } else {
            c = labels.indices.max { (scratch.probs[$0], $1) < (scratch.probs[$1], $0) } ?? 0
        }
        return explanation(from: scratch, class: c, maximumCount: maximumCount)
    }

    /// The prediction for `text` and the explanation of its top intent, from one pass over the text: what
    /// ``prediction(for:maximumCount:)`` and ``explanation(for:label:maximumCount:)`` with the predicted label
    /// return, at the cost of one of them.
    /// - Parameters:
    ///   - maximumCount: How many hypotheses to return.
    ///   - termCount: How many explanation terms to list.
    /// - Throws: ``ClassifierError/emptyText(file:line:)`` for an empty or whitespace-only text.
    public func explainedPrediction(for text: String, maximumCount: Int = 3, termCount: Int = 10) throws
        -> (prediction: IntentPrediction, explanation: IntentExplanation)
    {
        if Self.isBlank(text) { throw ClassifierError.emptyText(file: nil, line: nil) }
        var scratch = makeScratch()
        score(text, &scratch)
        let prediction = prediction(from: scratch, maximumCount: maximumCount)
        let c = labels.firstIndex(of: prediction.label) ?? 0
        return (prediction, explanation(from: scratch, class: c, maximumCount: termCount))
    }

    /// The term-by-term explanation of class `c` for a scored `scratch`.
    ///
    /// Feature names (strings) are built only for the features that can make the list: those whose absolute
    /// contribution reaches the `maximumCount`-th largest one.
    func explanation(from scratch: PredictionScratch, class c: Int, maximumCount: Int) -> IntentExplanation {
        let range = scratch.row.range(ofRow: 0)
        let keep = max(0, maximumCount)
        var total = 0.0
        var terms: [TermContribution] = []
        // Class `c`'s weights, read in place: column `c` of the feature-major rows (a feature outside the
        // scorer, which the vectorizer never yields, weighs 0).
        let weights = scorer.storage.base
        let stride = scorer.stride
        let featureCount = UInt(bitPattern: scorer.featureCount)
        let column = c >= 0 && c < scorer.classCount ? c : 0
        @inline(__always) func weight(_ f: Int) -> Float {
            UInt(bitPattern: f) < featureCount ? weights[f &* stride &+ column] : 0
        }
        // One pass over the row's features into a temporary buffer of contributions (no per-call array) that
        // also keeps the `keep` largest magnitudes, then names only for the features whose magnitude reaches
        // the keep-th largest.
        // The contributions, then the largest magnitudes, in the scratch's reusable storage.
        let storage = scratch.vectorizer
        storage.doubles.removeAll(reservingCapacity: max(1, range.count) &+ max(1, keep))
        let contribution = storage.doubles.base
        scratch.row.indices.withUnsafeBufferPointer { indices in
            scratch.row.values.withUnsafeBufferPointer { values in
                do {
                    guard let indices = indices.baseAddress, let values = values.baseAddress else { return }
                    // A small descending list of the largest magnitudes seen so far, filled with -infinity
                    // first so the first `keep` magnitudes always enter; `least` is its last entry.
                    let largest = contribution + max(1, range.count)
                    largest.initialize(repeating: -.infinity, count: max(1, keep))
                    var least = -Double.infinity
                    // The sum in a local (the captured `total` was read and written through memory per feature).
                    var sum = 0.0
                    let first = range.lowerBound, n = range.count
                    for j in 0..<n {
                        let product = Double(values[first &+ j]) * Double(weight(Int(indices[first &+ j])))
                        sum += product
                        contribution[j] = product
                        let m = abs(product)
                        guard keep > 0, m > least else { continue }
                        var i = keep &- 1
                        while i > 0 && largest[i &- 1] < m {
                            largest[i] = largest[i &- 1]
                            i &-= 1
                        }
                        largest[i] = m
                        least = largest[keep &- 1]
                    }
                    total = sum
                    guard keep > 0 else { return }
                    let cutoff = n > keep ? least : -Double.infinity
                    var j = 0
                    for k in range {
                        defer { j &+= 1 }
                        guard abs(contribution[j]) >= cutoff else { continue }
                        let f = Int(indices[k])
                        terms.append(TermContribution(feature: vectorizer.name(ofFeature: f), value: Double(values[k]),
                                                      weight: Double(weight(f)), contribution: contribution[j]))
                    }
                }
            }
        }
        terms.sort { (abs($0.contribution), $1.feature) > (abs($1.contribution), $0.feature) }
        return IntentExplanation(
            label: labels[c], score: Double(scratch.logits[c]), bias: Double(scorer.bias[c]), featureTotal: total,
            neighborContribution: c < scratch.linearLogits.count ? Double(scratch.logits[c] - scratch.linearLogits[c]) : 0,
            terms: Array(terms.prefix(keep)))
    }
}
