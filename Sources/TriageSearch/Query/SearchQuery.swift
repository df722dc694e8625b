/// How top-k documents are found. Both strategies return identical results.
public enum SearchStrategy: String, Sendable, Hashable, Codable, CaseIterable {
    /// ``exhaustive`` on small segments (where dense accumulators are cheapest), ``dynamicPruning`` on
    /// large ones. The default.
    case automatic
    /// Block-max MaxScore: skips documents that cannot enter the top k.
    case dynamicPruning
    /// Scores every matching document.
    case exhaustive
}

/// A search request: free text plus options.
public struct SearchQuery: Sendable, Hashable {
    /// Free text, analysed like the indexed documents. Terms repeated in the text weigh more.
    public var text: String
    /// The maximum number of hits. The default is 10.
    public var limit: Int = 10
    /// A metadata condition applied before ranking. The default is `nil` (all documents).
    public var filter: MetadataFilter? = nil
    /// Scoring options; `nil` uses the index's ``IndexOptions/scoring``. The default is `nil`.
    public var scoring: BM25Options? = nil
    /// Attach per-term score contributions to each hit. The default is `false`.
    public var explain: Bool = false
    /// With ``explain``, also count each matched term per field (``TermContribution/fieldFrequencies``); `false`
    /// leaves those empty, which is cheaper when only the per-term scores are needed. The default is `true`.
    public var explainFields: Bool = true
    /// With ``explain``, also list the query terms the document does not contain (term frequency and score 0);
    /// `false` lists only the matched terms, which is cheaper when the caller reads those only. The scores of the
    /// listed terms still sum to the hit's score. The default is `true`.
    public var explainUnmatched: Bool = true
    /// Copy each hit's metadata into ``SearchHit/metadata``; `false` leaves it empty, which saves a table per
    /// hit when the caller looks documents up by id anyway. The default is `true`.
    public var includeMetadata: Bool = true
    /// Attach the best sentence of each hit with matched terms marked. The default is `false`.
    public var snippets: Bool = false
    /// With ``snippets``, mark the matched tokens (``Snippet/highlights``) and list the matched terms
    /// (``Snippet/matchedTerms``); `false` leaves both empty, which is cheaper when the caller reads the sentence
    /// only. The chosen sentence is the same. The default is `true`.
    public var snippetHighlights: Bool = true
    /// Apply pseudo-relevance feedback; `nil` follows ``IndexOptions/feedback``. The default is `nil`.
    public var feedback: Bool? = nil
    /// The retrieval strategy. The default is ``SearchStrategy/automatic``.
    public var strategy: SearchStrategy = .automatic
    /// The terms of ``text`` as the searched index's ``SearchIndex/extractor`` produces them, when the caller
    /// already has them (a ticket searched in several indexes with the same analysis is analysed once); `nil`
    /// analyses ``text``. The default is `nil`.
    public var analyzedTerms: [String]? = nil

    /// The largest accepted query, in UTF-8 bytes (64 KiB).
    public static let maxTextBytes = 65_536

    /// Creates a query.
    public init(_ text: String, limit: Int = 10, filter: MetadataFilter? = nil, scoring: BM25Options? = nil,
                explain: Bool = false, snippets: Bool = false, strategy: SearchStrategy = .automatic) {
        self.text = text
        self.limit = limit
        self.filter = filter
        self.scoring = scoring
        self.explain = explain
        self.snippets = snippets
        self.strategy = strategy
    }
}
