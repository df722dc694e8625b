import TriageText

/// A trained intent classifier: vectorizer, linear scorer, temperature and out-of-scope thresholds.
///
/// Shaped after Apple's `NLModel`: ``predictedLabel(for:)``, ``predictedLabelHypotheses(for:maximumCount:)``
/// and ``evaluation(on:)``; train with ``train(examples:configuration:)``, save with ``write(to:)`` and load
/// with ``init(contentsOf:)``. The value is immutable and `Sendable`, so one model serves many threads.
///
/// ## Topics
/// - ``train(examples:configuration:)``
/// - ``prediction(for:maximumCount:)``
/// - ``explanation(for:label:maximumCount:)``
/// - ``updated(with:)``
public struct IntentClassifier: Sendable {
    /// Intent labels in sorted order; class `i` is `labels[i]`.
    public let labels: [String]
    /// The configuration the model was trained with.
    public let configuration: ClassifierConfiguration
    /// The fitted vectorizer.
    public let vectorizer: TextVectorizer
    /// The linear scorer (`classCount == labels.count`).
    public let scorer: LinearScorer
    /// Softmax temperature fitted on held-out data (1 when not calibrated).
    public let temperature: Double
    /// Global threshold on the calibrated top probability, fitted at the rejection coverage target (what
    /// confidence gates such as the planner's fitted per-intent thresholds compare with).
    public let threshold: Double
    /// Per-intent thresholds on the calibrated top probability (empty when one global threshold is used).
    public let intentThresholds: [Double]
    /// Global out-of-scope threshold on ``IntentPrediction/inScopeScore`` (equal to ``threshold`` when the
    /// rejection score is the plain top probability).
    public let inScopeThreshold: Double
    /// Per-intent thresholds on ``IntentPrediction/inScopeScore`` (empty when one global threshold is used).
    public let inScopeIntentThresholds: [Double]
    /// Naive Bayes sufficient statistics (NB variants only), kept for incremental updates.
    public let counts: NaiveBayes.Counts?
    /// The nearest-neighbour index (when ``ClassifierConfiguration/neighbors`` is enabled).
    public let neighbors: NeighborIndex?
    /// Which intents' training examples use each word (when ``RejectionOptions/foreignWordWeight`` is not 0).
    public let foreignWords: ForeignWordTable?
    /// Provenance and held-out metrics.
    public let metadata: ModelMetadata
    /// Whether no label repeats (always, for a trained model), so a predicted class names its own label's
    /// first occurrence.
    let labelsAreDistinct: Bool

    package init(labels: [String], configuration: ClassifierConfiguration, vectorizer: TextVectorizer,
                 scorer: LinearScorer, temperature: Double, threshold: Double, intentThresholds: [Double],
                 inScopeThreshold: Double? = nil, inScopeIntentThresholds: [Double]? = nil,
                 counts: NaiveBayes.Counts?, neighbors: NeighborIndex? = nil, foreignWords: ForeignWordTable? = nil,
                 metadata: ModelMetadata) {
        self.labels = labels
        self.configuration = configuration
        self.vectorizer = vectorizer
        self.scorer = scorer
        self.temperature = temperature
        self.threshold = threshold
        self.intentThresholds = intentThresholds
        self.inScopeThreshold = inScopeThreshold ?? threshold
        self.inScopeIntentThresholds = inScopeIntentThresholds ?? intentThresholds
        self.counts = counts
        self.neighbors = neighbors
        self.foreignWords = foreignWords
        self.metadata = metadata
        self.labelsAreDistinct = Set(labels).count == labels.count
    }

    /// The top-probability threshold for class `c` (see ``threshold``).
    public func threshold(forClass c: Int) -> Double {
        c < intentThresholds.count ? intentThresholds[c] : threshold
    }

    /// The out-of-scope threshold on ``IntentPrediction/inScopeScore`` for class `c`.
    public func inScopeThreshold(forClass c: Int) -> Double {
        c < inScopeIntentThresholds.count ? inScopeIntentThresholds[c] : inScopeThreshold
    }
}

/// Provenance of a model: what it was trained on and how it did on held-out training data.
public struct ModelMetadata: Sendable, Hashable, Codable {
    /// SHA-256 (hex) of the training examples (text, tab, label, newline, in order).
    public var trainingDataSHA256: String
    /// Training examples.
    public var exampleCount: Int
    /// Accuracy of the held-out model on the held-out split.
    public var validationAccuracy: Double
    /// Macro-F1 on the held-out split.
    public var validationMacroF1: Double
    /// Expected calibration error on the held-out split after temperature scaling.
    public var validationECE: Double

    /// Creates metadata.
    public init(trainingDataSHA256: String, exampleCount: Int, validationAccuracy: Double,
                validationMacroF1: Double, validationECE: Double) {
        self.trainingDataSHA256 = trainingDataSHA256
        self.exampleCount = exampleCount
        self.validationAccuracy = validationAccuracy
        self.validationMacroF1 = validationMacroF1
        self.validationECE = validationECE
    }
}
