/// The model family of an ``IntentClassifier``.
public enum ModelKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Multinomial naive Bayes.
    case naiveBayes = "nb"
    /// Complement naive Bayes.
    case complementNaiveBayes = "cnb"
    /// Naive-Bayes-weighted multinomial logistic regression (the accurate default).
    case naiveBayesLogistic = "nblr"
}

/// How out-of-scope rejection thresholds are chosen (no out-of-scope examples needed).
///
/// A seeded, stratified ``ClassifierConfiguration/validationFraction`` of the training data is held out; a
/// model trained on the rest scores it, and the threshold on the calibrated top probability is the largest one
/// that still accepts ``targetCoverage`` of the held-out (in-scope) rows. With ``perIntentPrecision`` set,
/// each intent additionally gets the lowest threshold at which the held-out rows predicted as that intent
/// reach that precision (never below the global threshold).
public struct RejectionOptions: Sendable, Hashable, Codable {
    /// Fraction of in-scope held-out rows to accept. The default is 0.95.
    public var targetCoverage: Double = 0.95
    /// Optional per-intent precision target. The default is `nil` (one global threshold).
    public var perIntentPrecision: Double? = nil

    /// Creates the default options.
    public init() {}
}

/// Everything that controls training: features, model family and its hyper-parameters, calibration and
/// rejection.
///
/// ## Defaults and how they were chosen
/// All defaults were chosen by 5-fold stratified cross-validation on the Banking77 *training* split only
/// (seed 7), comparing mean accuracy and macro-F1 over folds; the test split was used once, for the final
/// figures. The grid and the winners are listed in the module README (`Sources/TriageClassifier/README.md`).
public struct ClassifierConfiguration: Sendable, Hashable, Codable {
    /// The model family. The default is ``ModelKind/naiveBayesLogistic``.
    public var model: ModelKind = .naiveBayesLogistic
    /// Feature extraction.
    public var vectorizer: VectorizerOptions = .init()
    /// The linear model's optimiser and NB weighting.
    public var linear: LinearModelOptions = .init()
    /// Additive smoothing of the naive Bayes variants. The default is 0.01.
    public var naiveBayesAlpha: Double = 0.01
    /// Fit a softmax temperature on held-out data. The default is `true`.
    public var calibrate: Bool = true
    /// Fraction of each label's examples held out for calibration and thresholds. The default is 0.1.
    public var validationFraction: Double = 0.1
    /// Out-of-scope threshold selection.
    public var rejection: RejectionOptions = .init()
    /// Seed of the held-out split. The default is 42.
    public var seed: UInt64 = 42
    /// Train the held-out model and the final model on two threads. The result does not depend on it, so it
    /// is not stored in model files. The default is `true`.
    public var parallel: Bool = true

    private enum CodingKeys: String, CodingKey {
        case model, vectorizer, linear, naiveBayesAlpha, calibrate, validationFraction, rejection, seed
    }

    /// Creates the default configuration.
    public init() {}

    /// The configuration for `kind` with the features that suit it.
    public static func defaults(for kind: ModelKind) -> ClassifierConfiguration {
        var c = ClassifierConfiguration()
        c.model = kind
        return c
    }

    /// Multinomial NB configured like scikit-learn's `CountVectorizer(ngram_range=(1, 2))` +
    /// `MultinomialNB(alpha=0.01)`.
    public static var scikitLearnNaiveBayes: ClassifierConfiguration {
        var c = ClassifierConfiguration()
        c.model = .naiveBayes
        c.vectorizer = .scikitLearnCounts
        c.naiveBayesAlpha = 0.01
        return c
    }
}
