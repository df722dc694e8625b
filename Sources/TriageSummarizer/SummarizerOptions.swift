import TriageText

/// Weights of the unit score.
///
/// score(u) = role(u) · length(u) · (centrality·ĉ(u) + position·p(u) + salience·s(u)), where ĉ is the
/// LexRank score divided by the thread's maximum; p(u) = 1 / (1 + rank/``positionScale``) for the unit's
/// rank among the selectable units (earlier is higher: threads state their subject first);
/// s(u) = min(1, (domain tokens + ``nameWeight``·name-like words) / 2), domain tokens being ids, error
/// codes, amounts, versions, e-mails, URLs and numbers; and length(u) = min(1, terms / ``fullLengthTerms``)
/// (a two-word unit rarely carries a summary).
///
/// The defaults were set on principle (the opening states the subject, relevance and novelty weigh the
/// same in MMR) and checked on both halves of the DialogSum dev split; see README.
public struct ScoreWeights: Sendable, Hashable, Codable {
    /// Weight of graph centrality. The default is 1.
    public var centrality: Double = 1
    /// Weight of the position prior. The default is 2: the opening of a thread usually states its
    /// subject, which is why LEAD-k is a strong baseline; centrality then decides among later units.
    public var position: Double = 2
    /// Weight of domain-term salience. The default is 0.25.
    public var salience: Double = 0.25
    /// Units with at least this many analysed terms get full length credit. The default is 6.
    public var fullLengthTerms: Int = 6
    /// Shape of the position prior: p = 1 / (1 + rank / `positionScale`) when positive (the first units
    /// of a thread state its subject; later ones compete on centrality), else linear, p = 1 − rank / n.
    /// The default is 2.
    public var positionScale: Double = 2
    /// How much a name-like word (capitalised, not opening a sentence: product, place, person names)
    /// counts towards salience, relative to an id or amount. The default is 0.5.
    public var nameWeight: Double = 0.5

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ScoreWeights()
        centrality = try c.decodeIfPresent(Double.self, forKey: .centrality) ?? d.centrality
        position = try c.decodeIfPresent(Double.self, forKey: .position) ?? d.position
        salience = try c.decodeIfPresent(Double.self, forKey: .salience) ?? d.salience
        fullLengthTerms = try c.decodeIfPresent(Int.self, forKey: .fullLengthTerms) ?? d.fullLengthTerms
        nameWeight = try c.decodeIfPresent(Double.self, forKey: .nameWeight) ?? d.nameWeight
        positionScale = try c.decodeIfPresent(Double.self, forKey: .positionScale) ?? d.positionScale
    }
}

/// Multipliers per speaker role.
public struct RoleWeights: Sendable, Hashable, Codable {
    /// The default is 1.
    public var customer: Double = 1
    /// The default is 1.
    public var agent: Double = 1
    /// Bots repeat canned text. The default is 0.6.
    public var bot: Double = 0.6
    /// System notes rarely summarise a thread. The default is 0.3.
    public var system: Double = 0.3

    public init() {}

    /// The multiplier for `role`.
    public subscript(role: SpeakerRole) -> Double {
        switch role {
        case .customer: return customer
        case .agent: return agent
        case .bot: return bot
        case .system: return system
        }
    }
}

/// Options of ``Summarizer``. Every field has a documented default; decoding fills absent keys with them.
public struct SummarizerOptions: Sendable, Hashable, Codable {
    /// Units in a plain summary. The default is 3.
    public var maxUnits: Int = 3
    /// How messages are cut into units. The default is ``UnitGranularity/automatic``.
    public var granularity: UnitGranularity = .automatic
    /// See ``UnitSegmenter/shortTurnWords``. The default is 30.
    public var shortTurnWords: Int = 30
    /// Text analysis for similarity (the shared analyzer). The default removes stop words and stems.
    public var analyzer: AnalyzerOptions = .init()
    /// Score weights. See ``ScoreWeights``.
    public var weights: ScoreWeights = .init()
    /// Role multipliers. See ``RoleWeights``.
    public var roles: RoleWeights = .init()
    /// Similarity graph bounds. See ``SimilarityOptions``.
    public var similarity: SimilarityOptions = .init()
    /// LexRank iteration. See ``LexRankOptions``.
    public var lexRank: LexRankOptions = .init()
    /// MMR trade-off λ: λ·score − (1 − λ)·max similarity to the units already chosen. The default is 0.5
    /// (relevance and novelty weigh the same).
    public var mmrLambda: Double = 0.5
    /// Candidates whose cosine similarity to a unit already chosen exceeds this are skipped as
    /// near-duplicates (while any other candidate remains). The default is 0.7.
    public var maxRedundancy: Double = 0.7
    /// Bonus in MMR for a unit whose speaker is not yet represented in the summary, so that both sides of
    /// a conversation are heard. The default is 0.1.
    public var speakerCoverage: Double = 0.1
    /// Above this many selectable units the graph is replaced by similarity to the thread centroid,
    /// an O(*P*) scorer. The default is 5,000.
    public var maxGraphUnits: Int = 5_000

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case maxUnits, granularity, shortTurnWords, analyzer, weights, roles, similarity, lexRank, mmrLambda
        case speakerCoverage, maxGraphUnits, maxRedundancy
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = SummarizerOptions()
        maxUnits = try c.decodeIfPresent(Int.self, forKey: .maxUnits) ?? d.maxUnits
        granularity = try c.decodeIfPresent(UnitGranularity.self, forKey: .granularity) ?? d.granularity
        shortTurnWords = try c.decodeIfPresent(Int.self, forKey: .shortTurnWords) ?? d.shortTurnWords
        analyzer = try c.decodeIfPresent(AnalyzerOptions.self, forKey: .analyzer) ?? d.analyzer
        weights = try c.decodeIfPresent(ScoreWeights.self, forKey: .weights) ?? d.weights
        roles = try c.decodeIfPresent(RoleWeights.self, forKey: .roles) ?? d.roles
        similarity = try c.decodeIfPresent(SimilarityOptions.self, forKey: .similarity) ?? d.similarity
        lexRank = try c.decodeIfPresent(LexRankOptions.self, forKey: .lexRank) ?? d.lexRank
        mmrLambda = try c.decodeIfPresent(Double.self, forKey: .mmrLambda) ?? d.mmrLambda
        speakerCoverage = try c.decodeIfPresent(Double.self, forKey: .speakerCoverage) ?? d.speakerCoverage
        maxGraphUnits = try c.decodeIfPresent(Int.self, forKey: .maxGraphUnits) ?? d.maxGraphUnits
        maxRedundancy = try c.decodeIfPresent(Double.self, forKey: .maxRedundancy) ?? d.maxRedundancy
    }
}
