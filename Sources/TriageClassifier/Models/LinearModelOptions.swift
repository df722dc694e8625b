/// Options of the NB-weighted multinomial logistic regression trainer.
public struct LinearModelOptions: Sendable, Hashable, Codable {
    /// Passes over the training data. The default is 8 (equal to 12 in 5-fold cross-validation on Banking77
    /// train, a third less training; see the module documentation).
    public var epochs: Int = 8
    /// Initial learning rate, decayed linearly to zero over training. The default is 2.0.
    public var learningRate: Double = 2.0
    /// L2 weight decay per example (on the NB-rescaled weights). The default is 1e-5.
    public var l2: Double = 1e-5
    /// Exponent γ of the naive-Bayes preconditioner `s_cf = |r_cf|^γ` (normalised to mean 1), where `r_cf`
    /// is the log-count ratio of feature f for class c against the rest. Training the weights `v` of
    /// features `x_f · r_cf` with L2 is the same as training `w = r ∘ v` with per-weight step sizes `r²`;
    /// γ = 2 is that NB-SVM-style weighting, γ = 0 plain logistic regression. The default is 0: on Banking77
    /// cross-validation γ = 2 lost 1.8 points and γ = 1 lost 0.8 against γ = 0; the naive-Bayes weighting that
    /// helps here is the additive blend ``naiveBayesBlend``.
    public var naiveBayesExponent: Double = 0
    /// Smoothing of the log-count ratios. The default is 0.1.
    public var naiveBayesAlpha: Double = 0.1
    /// Weight each example by `n / (C · n_class)` so every intent counts the same in the loss (scikit-learn's
    /// `class_weight="balanced"`). The default is `true`.
    public var balanceClasses: Bool = true
    /// Weight β of a multinomial naive Bayes model (smoothing ``naiveBayesAlpha``) added to the trained
    /// weights: `W = W_LR + β · W_NB`, `b = b_LR + β · b_NB`. Still one linear model. The default is 0.05
    /// (5-fold cross-validation on Banking77 train with label smoothing: against 0.1, equal accuracy and
    /// macro-F1, leave-intents-out AUROC +0.002 and OOS recall +0.003; 0 and 0.03 trade recall for AUROC).
    public var naiveBayesBlend: Double = 0.05
    /// Average the weights at the end of the last this-many epochs (Polyak averaging). The default is 1
    /// (no averaging).
    public var averagedEpochs: Int = 1
    /// Seed of the example order. The default is 42.
    public var seed: UInt64 = 42
    /// Weight λ of two channel models added to the joint one: a model trained on the word features alone and
    /// one on the character features alone (same options, no NB blend), `W = W_joint + λ · (W_word + W_char)`.
    /// Still one linear model, so prediction costs nothing more; training costs about 1.8×. The default is 0
    /// (none).
    public var channelModelWeight: Double = 0
    /// Train this many joint models with seeds `seed, seed + 1, …` and average them (a seed ensemble; one
    /// linear model). The default is 1.
    public var seedCount: Int = 1
    /// Label smoothing ε: the training target is `(1 − ε)` on the true intent and `ε / C` on every intent.
    /// The default is 0.05 (5-fold cross-validation on Banking77 train: 0.03–0.1 all raise the leave-intents-out
    /// AUROC by about 0.004 at equal or better accuracy; see the module documentation). Files written before
    /// this option existed decode with 0.
    public var labelSmoothing: Double = 0.05
    /// Synthetic pseudo-out-of-scope rows built from the training texts and trained toward the uniform
    /// distribution (``OutlierExposureOptions``). The default is off. Files written before this option
    /// existed decode with it off.
    public var outlierExposure: OutlierExposureOptions = .init()
    /// Step size of the shared label-token components relative to the intents' own weights (see
    /// ``LabelTokenGroups``): intents whose labels share a word ("pending", "top up", "card") also share a weight
    /// vector for it, folded into one linear model after training. 0 turns them off. The default is 0.5
    /// (5-fold cross-validation on Banking77 train, five seeds: 0.25–0.5 all raise accuracy by about 0.003 and
    /// leave-intents-out out-of-scope recall at in-scope accuracy 0.90 by about 0.02; 0.5 had the best
    /// accuracy; see the module documentation). Not combined with a ``naiveBayesExponent`` other than 0
    /// (training with both throws). Files written before this option existed decode with 0.
    public var labelTokenRate: Double = 0.5

    /// Creates the default options.
    public init() {}

    private enum CodingKeys: String, CodingKey {
        case epochs, learningRate, l2, naiveBayesExponent, naiveBayesAlpha, balanceClasses, naiveBayesBlend,
             averagedEpochs, seed, channelModelWeight, seedCount, labelSmoothing, outlierExposure, labelTokenRate
    }

    /// Decodes options; keys added after format version 1 (``channelModelWeight``, ``seedCount``) default to
    /// their off values, so older manifests decode to the models they describe.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        epochs = try c.decode(Int.self, forKey: .epochs)
        learningRate = try c.decode(Double.self, forKey: .learningRate)
        l2 = try c.decode(Double.self, forKey: .l2)
        naiveBayesExponent = try c.decode(Double.self, forKey: .naiveBayesExponent)
        naiveBayesAlpha = try c.decode(Double.self, forKey: .naiveBayesAlpha)
        balanceClasses = try c.decode(Bool.self, forKey: .balanceClasses)
        naiveBayesBlend = try c.decode(Double.self, forKey: .naiveBayesBlend)
        averagedEpochs = try c.decode(Int.self, forKey: .averagedEpochs)
        seed = try c.decode(UInt64.self, forKey: .seed)
        channelModelWeight = try c.decodeIfPresent(Double.self, forKey: .channelModelWeight) ?? 0
        seedCount = try c.decodeIfPresent(Int.self, forKey: .seedCount) ?? 1
        labelSmoothing = try c.decodeIfPresent(Double.self, forKey: .labelSmoothing) ?? 0
        outlierExposure = try c.decodeIfPresent(OutlierExposureOptions.self, forKey: .outlierExposure) ?? .init()
        labelTokenRate = try c.decodeIfPresent(Double.self, forKey: .labelTokenRate) ?? 0
    }

    /// Encodes the options; ``channelModelWeight`` and ``seedCount`` only when they are not off, so a model
    /// that does not use them is written exactly as before they existed.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(epochs, forKey: .epochs)
        try c.encode(learningRate, forKey: .learningRate)
        try c.encode(l2, forKey: .l2)
        try c.encode(naiveBayesExponent, forKey: .naiveBayesExponent)
        try c.encode(naiveBayesAlpha, forKey: .naiveBayesAlpha)
        try c.encode(balanceClasses, forKey: .balanceClasses)
        try c.encode(naiveBayesBlend, forKey: .naiveBayesBlend)
        try c.encode(averagedEpochs, forKey: .averagedEpochs)
        try c.encode(seed, forKey: .seed)
        if channelModelWeight != 0 { try c.encode(channelModelWeight, forKey: .channelModelWeight) }
        if seedCount != 1 { try c.encode(seedCount, forKey: .seedCount) }
        if labelSmoothing != 0 { try c.encode(labelSmoothing, forKey: .labelSmoothing) }
        if outlierExposure.isEnabled { try c.encode(outlierExposure, forKey: .outlierExposure) }
        if labelTokenRate != 0 { try c.encode(labelTokenRate, forKey: .labelTokenRate) }
    }
}
