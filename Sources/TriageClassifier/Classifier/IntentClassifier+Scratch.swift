extension IntentClassifier {
    /// ``explainedPrediction(for:maximumCount:termCount:)`` computed in a caller-owned `scratch` (from
    /// ``makeScratch()``), so that a caller deciding many texts on one thread allocates its buffers once.
    ///
    /// The result does not depend on what the scratch held before.
    package func explainedPrediction(for text: String, maximumCount: Int, termCount: Int,
                                     scratch: inout PredictionScratch) throws
        -> (prediction: IntentPrediction, explanation: IntentExplanation)
    {
        if Self.isBlank(text) { throw ClassifierError.emptyText(file: nil, line: nil) }
        score(text, &scratch)
        let (prediction, c) = classifiedPrediction(from: scratch, maximumCount: maximumCount)
        return (prediction, explanation(from: scratch, class: c, maximumCount: termCount))
    }
}
