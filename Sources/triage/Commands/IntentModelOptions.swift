import ArgumentParser
import TriageKit

extension ModelKind: ExpressibleByArgument {}

/// Feature presets for `--features`.
enum FeaturePreset: String, ExpressibleByArgument, CaseIterable {
    /// The cross-validated defaults (word 1–2 + char_wb 2–5 TF-IDF).
    case `default`
    /// scikit-learn's `CountVectorizer(ngram_range=(1, 2))` (for NB parity checks).
    case sklearnCounts = "sklearn-counts"
}

/// Options shared by `triage train` and `triage eval intent`.
struct IntentTrainingOptions: ParsableArguments {
    @Option(help: "CSV column (or JSONL key) with the text.")
    var textColumn = "text"

    @Option(help: "CSV column (or JSONL key) with the label (default: label, category or intent).")
    var labelColumn: String?

    @Option(help: "Feature preset: default | sklearn-counts.")
    var features: FeaturePreset = .default

    @Option(help: "Naive Bayes smoothing (nb, cnb).")
    var alpha: Double?

    @Option(help: "Out-of-scope threshold: fraction of held-out in-scope rows to accept.")
    var targetCoverage: Double?

    var reader: ExampleReader { ExampleReader(textColumn: textColumn, labelColumn: labelColumn) }

    func configuration(_ kind: ModelKind) -> ClassifierConfiguration {
        var c = ClassifierConfiguration.defaults(for: kind)
        if features == .sklearnCounts { c.vectorizer = .scikitLearnCounts }
        if let alpha { c.naiveBayesAlpha = alpha }
        if let targetCoverage { c.rejection.targetCoverage = targetCoverage }
        return c
    }
}
