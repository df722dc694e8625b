extension SearchIndex {
    /// Searches for `text` with default options.
    ///
    /// - Throws: See ``search(_:)-(SearchQuery)``.
    public func search(_ text: String, limit: Int = 10) throws -> [SearchHit] {
        try search(SearchQuery(text, limit: limit))
    }

    /// Returns the best documents for a query, best first.
    ///
    /// Ties in score are broken by ascending document number (the order documents were added in). A filter
    /// is applied before ranking; only documents matching at least one query term are returned, so a
    /// query whose terms are all stop words or unknown returns no hits.
    ///
    /// - Parameter query: The text and options.
    /// - Returns: At most `query.limit` hits.
    /// - Throws: ``SearchError/emptyQuery`` for empty or white-space text, ``SearchError/queryTooLong(bytes:limit:)``
    ///   beyond ``SearchQuery/maxTextBytes``, ``SearchError/invalidLimit(_:)`` for a limit below 1.
    /// - Complexity: O(*p* + *m* log *k*) for *p* postings read and *m* candidates, usually far fewer than
    ///   the postings of the query terms thanks to pruning.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        try validate(query)
        // The query is prepared once, for ranking and for the hits' explanations and snippets.
        let terms = preparedTerms(query)
        let top = rank(terms: terms, limit: query.limit, filter: query.filter, strategy: query.strategy)
        var hitTerms = HitTerms(terms: query.explain || query.snippets ? terms : [], segmentCount: segments.count)
        var hits: [SearchHit] = []
        hits.reserveCapacity(top.count)
        for d in top { hits.append(makeHit(d, query: query, terms: &hitTerms)) }
        return hits
    }

    /// The ranked document numbers and scores of a query (no hit materialisation).
    package func rank(_ query: SearchQuery) throws -> [ScoredDoc] {
        try validate(query)
        return rank(terms: preparedTerms(query), limit: query.limit, filter: query.filter, strategy: query.strategy)
    }

    /// Throws for a query ``search(_:)-(SearchQuery)`` refuses: too long, empty, or a limit below 1.
    private func validate(_ query: SearchQuery) throws {
        let bytes = query.text.utf8.count
        guard bytes <= SearchQuery.maxTextBytes else { throw SearchError.queryTooLong(bytes: bytes, limit: SearchQuery.maxTextBytes) }
        guard query.limit > 0 else { throw SearchError.invalidLimit(query.limit) }
        guard Self.hasNonWhitespace(query.text) else { throw SearchError.emptyQuery }
    }

    /// Whether `text` has a character that is not white space: ASCII bytes are classified directly (each is a
    /// whole character, and only 0x09...0x0D and 0x20 are white space); text with other bytes is walked by
    /// character from the start.
    private static func hasNonWhitespace(_ text: String) -> Bool {
        for b in text.utf8 {
            if b >= 0x80 { return text.contains { !$0.isWhitespace } }
            if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { return true }
        }
        return false
    }

    /// The weighted terms a query runs with: its analysed text, expanded by feedback when enabled.
    package func preparedTerms(_ query: SearchQuery) -> [QueryTerm] {
        let scoring = query.scoring ?? options.scoring
        let analysed = query.analyzedTerms ?? extractor.terms(query.text)
        let useFeedback = query.feedback ?? (options.feedback != nil)
        if useFeedback, let fb = options.feedback ?? (query.feedback == true ? FeedbackOptions() : nil) {
            return expandedTerms(analysed, feedback: fb, scoring: scoring, filter: query.filter, strategy: query.strategy)
        }
        if let known = preparedTermsMemo.terms(token: contentToken, scoring: scoring, analysed: analysed) { return known }
        let made = queryTerms(analysed, scoring: scoring)
        preparedTermsMemo.remember(made, token: contentToken, scoring: scoring, analysed: analysed)
        return made
    }

    /// Builds a hit for a ranked document.
    package func makeHit(_ d: ScoredDoc, query: SearchQuery) -> SearchHit {
        makeHit(d, query: query, terms: query.explain || query.snippets ? preparedTerms(query) : [])
    }

    /// Builds a hit for a ranked document, explaining and highlighting it with the query's prepared `terms`.
    package func makeHit(_ d: ScoredDoc, query: SearchQuery, terms: [QueryTerm]) -> SearchHit {
        var hitTerms = HitTerms(terms: terms, segmentCount: segments.count)
        return makeHit(d, query: query, terms: &hitTerms)
    }

    /// Builds a hit for a ranked document, explaining and highlighting it with the query's prepared terms
    /// (resolved once per query in `terms`).
    package func makeHit(_ d: ScoredDoc, query: SearchQuery, terms: inout HitTerms) -> SearchHit {
        guard let (s, l) = locate(d.doc) else { return SearchHit(id: "", score: d.score, documentNumber: d.doc) }
        let seg = segments[s]
        // Parts first, then one hit: a hit built up member by member was copied on the way.
        let metadata = query.includeMetadata && !seg.metadata.isEmpty ? seg.metadataRow(l) : [:]
        let explanation = query.explain
            ? explain(doc: d.doc, terms: &terms, fields: query.explainFields, unmatched: query.explainUnmatched) : nil
        let snippet = query.snippets ? snippet(doc: d.doc, terms: &terms, highlights: query.snippetHighlights) : nil
        return SearchHit(id: seg.ids[l], score: d.score, documentNumber: d.doc, metadata: metadata,
                         explanation: explanation, snippet: snippet)
    }

    /// The contribution of each query term to document `doc`'s score; with `fields`, also each matched term's
    /// count per field.
    package func explain(doc: Int, terms: [QueryTerm], fields: Bool = true) -> [TermContribution] {
        var hitTerms = HitTerms(terms: terms, segmentCount: segments.count)
        return explain(doc: doc, terms: &hitTerms, fields: fields)
    }

    /// ``explain(doc:terms:fields:)`` with the query's terms resolved once per query in `terms`; `unmatched: false`
    /// leaves out the terms the document does not contain.
    package func explain(doc: Int, terms hitTerms: inout HitTerms, fields: Bool = true,
                         unmatched: Bool = true) -> [TermContribution] {
        guard let (s, l) = locate(doc) else { return [] }
        let seg = segments[s]
        let ids = hitTerms.ids(in: seg, at: s)
        // Term frequencies from the segment's impacts when it has them (a binary search over the term's
        // documents), else from the postings.
        let scoring = hitTerms.terms.first?.scorer.options
        let impacts = scoring.flatMap { o in hitTerms.impacts(at: s) { self.impacts(segment: s, options: o) } }
        let scale = seg.tfScale
        let stats = statistics
        let dl = Double(seg.documentLength[l])
        // Each stored field is analysed at most once per explained document, and only when a term matched.
        var fieldCounts: [[String: Int]]? = nil
        var out: [TermContribution] = []
        out.reserveCapacity(unmatched ? ids.count : min(ids.count, 16))
        hitTerms.terms.withUnsafeBufferPointer { terms in
            for i in terms.indices where i < ids.count {
                var tf = 0.0
                var perField: [String: Int] = [:]
                let stored: Double?
                if ids[i] < 0 {
                    stored = nil
                } else if let impacts {
                    stored = impacts.storedTF(term: Int(ids[i]), doc: l).map { Double(Float($0) / scale) }
                } else {
                    stored = seg.termFrequency(term: Int(ids[i]), doc: l)
                }
                if stored == nil && !unmatched { continue }
                if let found = stored {
                    tf = found
                    if fields, fieldCounts == nil {
                        fieldCounts = options.fields.indices.map { f in
                            guard f < seg.storedFields.count, l < seg.storedFields[f].count else { return [:] }
                            return Self.termCounts(extractor.terms(seg.storedFields[f][l]))
                        }
                    }
                    if let fieldCounts {
                        for (f, spec) in options.fields.enumerated() {
                            if let n = fieldCounts[f][terms[i].term], n > 0 { perField[spec.name] = n }
                        }
                    }
                }
                let scorer = terms[i].scorer
                let df = terms[i].documentFrequency
                out.append(TermContribution(term: terms[i].term, queryWeight: terms[i].weight, idf: scorer.idf,
                                            documentFrequency: df >= 0 ? df : documentFrequency(terms[i].term),
                                            termFrequency: tf,
                                            fieldFrequencies: perField, documentLength: dl,
                                            averageLength: stats.averageLength,
                                            score: tf > 0 ? scorer.score(tf, length: dl) : 0))
            }
        }
        return out
    }
}
