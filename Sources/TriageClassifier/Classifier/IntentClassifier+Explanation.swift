extension IntentClassifier {
    /// Explains the score of `label` (default: the predicted intent) for `text` term by term.
    ///
    /// The linear score is `bias + Σ_f x_f · W[f, c]`, so each feature's `x_f · W[f, c]` is its exact
    /// contribution; the returned ``IntentExplanation/featureTotal`` sums all of them (not only the listed
    /// ones), and `bias + featureTotal == score` up to float rounding. Character n-grams are shown with their
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
        var terms: [TermContribution] = []
        var total = 0.0
        for k in scratch.row.range(ofRow: 0) {
            let f = Int(scratch.row.indices[k])
            let value = Double(scratch.row.values[k])
            let weight = Double(scorer.weight(feature: f, class: c))
            total += value * weight
            terms.append(TermContribution(feature: vectorizer.name(ofFeature: f), value: value, weight: weight,
                                          contribution: value * weight))
        }
        terms.sort { (abs($0.contribution), $1.feature) > (abs($1.contribution), $0.feature) }
        return IntentExplanation(
            label: labels[c], score: Double(scratch.logits[c]), bias: Double(scorer.bias[c]), featureTotal: total,
            terms: Array(terms.prefix(max(0, maximumCount))))
    }
}
