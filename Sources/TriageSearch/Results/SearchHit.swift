/// How one query term contributed to a hit's score.
public struct TermContribution: Sendable, Hashable, Codable {
    /// The analysed query term.
    public var term: String
    /// The term's weight in the query (its count).
    public var queryWeight: Double
    /// The term's idf.
    public var idf: Double
    /// The number of live documents containing the term.
    public var documentFrequency: Int
    /// The BM25F-weighted term frequency in the document (0 when the term does not occur).
    public var termFrequency: Double
    /// Occurrences per field.
    public var fieldFrequencies: [String: Int]
    /// The document's weighted length.
    public var documentLength: Double
    /// The collection's average weighted length.
    public var averageLength: Double
    /// The contribution: queryWeight · idf · tfPart.
    public var score: Double
}

/// The best sentence of a hit, with the matched terms located.
public struct Snippet: Sendable, Hashable, Codable {
    /// The field the sentence comes from.
    public var field: String
    /// The sentence.
    public var text: String
    /// UTF-8 byte ranges of matched tokens within ``text``.
    public var highlights: [Range<Int>]
    /// The distinct query terms the sentence matches.
    public var matchedTerms: [String]
}

/// One search result.
public struct SearchHit: Sendable, Hashable, Codable {
    /// The document identifier.
    public var id: String
    /// The BM25 score.
    public var score: Double
    /// The internal document number (the order documents were added in); ties in score are broken by it.
    public var documentNumber: Int
    /// The document's metadata.
    public var metadata: [String: String]
    /// Per-term contributions, when the query asked for them.
    public var explanation: [TermContribution]?
    /// The best sentence, when the query asked for it.
    public var snippet: Snippet?

    /// Creates a hit.
    public init(id: String, score: Double, documentNumber: Int, metadata: [String: String] = [:],
                explanation: [TermContribution]? = nil, snippet: Snippet? = nil) {
        self.id = id
        self.score = score
        self.documentNumber = documentNumber
        self.metadata = metadata
        self.explanation = explanation
        self.snippet = snippet
    }
}
