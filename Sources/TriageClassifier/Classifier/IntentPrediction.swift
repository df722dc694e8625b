/// One candidate intent with its calibrated probability.
public struct IntentHypothesis: Sendable, Hashable, Codable {
    /// The intent label.
    public var label: String
    /// Calibrated probability in `0...1`.
    public var probability: Double
}

/// How much one feature of the text pushed the score of an intent.
public struct TermContribution: Sendable, Hashable, Codable {
    /// The feature (a word n-gram, or a character n-gram shown between `⟨⟩`-free raw text with spaces).
    public var feature: String
    /// The feature's value in the text's vector.
    public var value: Double
    /// The model weight of the feature for the intent.
    public var weight: Double
    /// `value × weight`: the exact contribution to the intent's score (logit).
    public var contribution: Double
}

/// The per-term decomposition of an intent's score: `score = bias + Σ contributions` (exactly, over all
/// features; ``terms`` holds the largest by absolute value).
public struct IntentExplanation: Sendable, Hashable, Codable {
    /// The intent explained.
    public var label: String
    /// The raw score (logit before temperature).
    public var score: Double
    /// The intent's bias (prior) term.
    public var bias: Double
    /// The sum of all feature contributions (`score − bias − neighborContribution`).
    public var featureTotal: Double
    /// What the nearest-neighbour component added to the score (`weight ×` the intent's neighbour score; 0
    /// without it or when the intent was not among the re-scored candidates).
    public var neighborContribution: Double = 0
    /// The features with the largest absolute contributions, largest first (ties by feature name).
    public var terms: [TermContribution]
}

/// The classifier's answer for one text.
public struct IntentPrediction: Sendable, Hashable, Codable {
    /// The most probable intent (reported even when the text is rejected as out of scope).
    public var label: String
    /// Its calibrated probability.
    public var confidence: Double
    /// Top-1 minus top-2 probability: small margins mean an ambiguous text.
    public var margin: Double
    /// `false` when ``inScopeScore`` is below the intent's rejection threshold.
    public var isInScope: Bool
    /// The largest cosine similarity to a training row of the best intents (0 without the neighbour component).
    public var similarity: Double
    /// The fraction of the text's words never seen in training.
    public var unknownWordFraction: Double
    /// The share (by idf) of the text's known words that no training example of the predicted intent contains
    /// (see ``ForeignWordTable``); 0 when the model keeps no foreign-word table.
    public var foreignWordShare: Double
    /// The score rejection compares with ``threshold``:
    /// `s + δ · similarity − ε · unknownWordFraction − λ · foreignWordShare`, where `s` is
    /// ``RejectionOptions/score`` (the top probability or `Σ p log p`) at ``RejectionOptions/temperatureFactor``
    /// times the calibrated temperature (``NeighborOptions/similarityWeight``,
    /// ``RejectionOptions/unknownWordWeight``, ``RejectionOptions/foreignWordWeight``; equal to ``confidence``
    /// with ``RejectionScore/topProbability`` and neutral weights).
    public var inScopeScore: Double
    /// The out-of-scope threshold compared with ``inScopeScore``.
    public var threshold: Double
    /// The top hypotheses, most probable first (ties by label).
    public var hypotheses: [IntentHypothesis]
}
