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
        let (prediction, c) = classifiedPrediction(from: scratch, maximumCount: maximumCount)
        return (prediction, explanation(from: scratch, class: c, maximumCount: termCount))
    }

    /// The term-by-term explanation of class `c` for a scored `scratch`.
    ///
    /// Feature names (strings) are built only for the features that can make the list: those whose absolute
    /// contribution reaches the `maximumCount`-th largest one.
    func explanation(from scratch: PredictionScratch, class c: Int, maximumCount: Int) -> IntentExplanation {
        // The text's features and values, as `score` left them in the counter.
        let counter = scratch.vectorizer.counter
        let n = counter.count
        let indices = counter.features, values = counter.values
        let keep = max(0, maximumCount)
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
        // The contributions, then a small descending list of the `keep` largest magnitudes, in the scratch's
        // reusable storage (no per-text allocation).
        let storage = scratch.vectorizer
        storage.doubles.removeAll(reservingCapacity: max(1, n) &+ max(1, keep))
        let contribution = storage.doubles.base
        let largest = contribution + max(1, n)
        // The list is filled with -infinity first, so the first `keep` magnitudes always enter; `least` is its
        // last entry. One pass computes the contributions, their sum (in a local: a captured sum was read and
        // written through memory per feature) and the list.
        largest.initialize(repeating: -.infinity, count: max(1, keep))
        var least = -Double.infinity
        var total = 0.0
        for j in 0..<n {
            let product = Double(values[j]) * Double(weight(Int(indices[j])))
            total += product
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
        if keep > 0 {
            // Names only for the features whose magnitude reaches the keep-th largest.
            let cutoff = n > keep ? least : -Double.infinity
            for j in 0..<n where abs(contribution[j]) >= cutoff {
                let f = Int(indices[j])
                terms.append(TermContribution(feature: vectorizer.name(ofFeature: f), value: Double(values[j]),
                                              weight: Double(weight(f)), contribution: contribution[j]))
            }
        }
        terms.sort { (abs($0.contribution), $1.feature) > (abs($1.contribution), $0.feature) }
        return IntentExplanation(
            label: labels[c], score: Double(scratch.logits[c]), bias: Double(scorer.bias[c]), featureTotal: total,
            neighborContribution: c < scratch.linearLogits.count ? Double(scratch.logits[c] - scratch.linearLogits[c]) : 0,
            terms: Array(terms.prefix(keep)))
    }
}
