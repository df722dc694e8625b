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
        // One pass over the row's features into a temporary buffer of contributions (no per-call array), then
        // names only for the features whose magnitude reaches the keep-th largest.
        scratch.row.indices.withUnsafeBufferPointer { indices in
            scratch.row.values.withUnsafeBufferPointer { values in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, range.count)) { contribution in
                    var n = 0
                    for k in range {
                        let f = Int(indices[k])
                        let product = Double(values[k]) * Double(scorer.weight(feature: f, class: c))
                        total += product
                        contribution[n] = product
                        n += 1
                    }
                    var cutoff = -Double.infinity
                    if keep > 0, n > keep {
                        // The keep-th largest magnitude, from a small descending list of the largest seen so far
                        // (filled with -infinity first, so the first `keep` magnitudes always enter).
                        withUnsafeTemporaryAllocation(of: Double.self, capacity: keep) { largest in
                            largest.initialize(repeating: -.infinity)
                            for j in 0..<n {
                                let m = abs(contribution[j])
                                guard m > largest[keep - 1] else { continue }
                                var i = keep - 1
                                while i > 0 && largest[i - 1] < m {
                                    largest[i] = largest[i - 1]
                                    i -= 1
                                }
                                largest[i] = m
                            }
                            cutoff = largest[keep - 1]
                        }
                    }
                    guard keep > 0 else { return }
                    var j = 0
                    for k in range {
                        defer { j += 1 }
                        guard abs(contribution[j]) >= cutoff else { continue }
                        let f = Int(indices[k])
                        terms.append(TermContribution(feature: vectorizer.name(ofFeature: f), value: Double(values[k]),
                                                      weight: Double(scorer.weight(feature: f, class: c)),
                                                      contribution: contribution[j]))
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
