import TriageText

extension SearchIndex {
    /// The best sentence of document `doc` for the query terms: the sentence whose distinct matched
    /// terms have the largest idf sum (earliest sentence on ties), with each matching token's UTF-8 range.
    /// `nil` when the texts are not stored or nothing matches. `terms` come from this index's query preparation,
    /// or carry no resolved ids (``QueryTerm/init(term:weight:scorer:)``).
    package func snippet(doc: Int, terms: [QueryTerm]) -> Snippet? {
        guard let (s, l) = locate(doc) else { return nil }
        let seg = segments[s]
        let analysis = seg.storedAnalysis(l, extractor: extractor)
            ?? StoredDocumentAnalysis(fields: seg.storedFields.map { l < $0.count ? $0[l] : "" }, extractor: extractor,
                                      dictionary: seg.dictionary, counts: false)
        return bestSentence(analysis, segment: seg, at: s, terms: terms)
    }

    /// The best sentence of an analysed document: only sentences holding a query term are scored, and terms
    /// are compared by id.
    private func bestSentence(_ cached: StoredDocumentAnalysis, segment seg: IndexSegment, at s: Int, terms: [QueryTerm]) -> Snippet? {
        // Query terms present in this segment: id, text and weight (later duplicates keep the last weight, as a
        // dictionary assignment would).
        var ids: [Int32] = []
        var names: [String] = []
        var weights: [Double] = []
        for t in terms {
            guard let id = t.id(in: seg, at: s).map(Int32.init) else { continue }
            let w = max(t.scorer.idf, 1e-6)
            if let k = ids.firstIndex(of: id) { weights[k] = w } else { ids.append(id); names.append(t.term); weights.append(w) }
        }
        if ids.isEmpty { return nil }
        var best: Snippet? = nil
        var bestScore = 0.0
        for (f, spec) in options.fields.enumerated() where f < cached.sentences.count {
            var candidates: [Int32] = []
            for id in ids { if let list = cached.sentencesByTerm[f][id] { candidates.append(contentsOf: list) } }
            if candidates.isEmpty { continue }
            candidates.sort()
            var previous: Int32 = -1
            for c in candidates where c != previous {
                previous = c
                let sentence = cached.sentences[f][Int(c)]
                var matched: [Int] = []
                var highlights: [Range<Int>] = []
                var score = 0.0
                for (i, id) in sentence.termIDs.enumerated() {
                    guard id >= 0, let k = ids.firstIndex(of: id) else { continue }
                    highlights.append(sentence.ranges[i])
                    if !matched.contains(k) {
                        matched.append(k)
                        score += weights[k]
                    }
                }
                if score > bestScore {
                    bestScore = score
                    best = Snippet(field: spec.name, text: sentence.text, highlights: highlights, matchedTerms: matched.map { names[$0] })
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
