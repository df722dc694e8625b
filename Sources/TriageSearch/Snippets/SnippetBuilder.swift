import TriageText

extension SearchIndex {
    /// The best sentence of document `doc` for the query terms: the sentence whose distinct matched
    /// terms have the largest idf sum (earliest sentence on ties), with each matching token's UTF-8 range.
    /// `nil` when the texts are not stored or nothing matches.
    package func snippet(doc: Int, terms: [QueryTerm]) -> Snippet? {
        guard let (s, l) = locate(doc) else { return nil }
        let seg = segments[s]
        var idf: [String: Double] = [:]
        for t in terms { idf[t.term] = max(t.scorer.idf, 1e-6) }
        let sentences: [[StoredDocumentAnalysis.Sentence]]
        if let cached = seg.storedAnalysis(l, extractor: extractor) {
            sentences = cached.sentences
        } else {
            sentences = seg.storedFields.map { field in
                l < field.count ? StoredDocumentAnalysis.sentences(of: field[l], extractor: extractor) : []
            }
        }
        var best: Snippet? = nil
        var bestScore = 0.0
        for (f, spec) in options.fields.enumerated() where f < sentences.count {
            for sentence in sentences[f] {
                var matched: [String] = []
                var highlights: [Range<Int>] = []
                var score = 0.0
                for (i, term) in sentence.terms.enumerated() {
                    guard let w = idf[term] else { continue }
                    highlights.append(sentence.ranges[i])
                    if !matched.contains(term) {
                        matched.append(term)
                        score += w
                    }
                }
                if score > bestScore {
                    bestScore = score
                    best = Snippet(field: spec.name, text: sentence.text, highlights: highlights, matchedTerms: matched)
                }
            }
        }
        return best
    }
}

extension TermExtractor {
    /// The terms of `text` with the UTF-8 range of the chunk (white-space free run) each came from.
    public func locatedTerms(_ text: String) -> [(term: String, utf8Range: Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            while i < bytes.count && Self.isSpace(bytes[i]) { i += 1 }
            let start = i
            while i < bytes.count && !Self.isSpace(bytes[i]) { i += 1 }
            if i > start {
                let chunk = String(decoding: bytes[start..<i], as: UTF8.self)
                for t in chunkTerms(chunk) { out.append((t, start..<i)) }
            }
        }
        return out
    }
}
