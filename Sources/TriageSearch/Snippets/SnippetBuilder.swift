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

    /// The best sentence of an analysed document, found in one pass over its cached term ids (terms are
    /// compared by id).
    private func bestSentence(_ cached: StoredDocumentAnalysis, segment seg: IndexSegment, at s: Int, terms: [QueryTerm]) -> Snippet? {
        // Query terms present in this segment: id, text and weight (later duplicates keep the last weight, as a
        // dictionary assignment would).
        var names: [String] = []
        var weights: [Double] = []
        names.reserveCapacity(terms.count)
        weights.reserveCapacity(terms.count)
        var slots = TermSlotMap(capacity: terms.count)
        for i in terms.indices {
            guard let id = terms[i].id(in: seg, at: s).map(Int32.init) else { continue }
            let w = max(terms[i].scorer.idf, 1e-6)
            if let k = slots.slot(of: id) { weights[k] = w } else {
                slots.insert(id, slot: names.count)
                names.append(terms[i].term); weights.append(w)
            }
        }
        if names.isEmpty { return nil }
        // Score every sentence in one pass over the field's flat term ids: a sentence's score is the idf sum of
        // its distinct query terms (a per-slot stamp marks the sentence that last counted a term). Sentences
        // without a query term score 0 and never win; ties keep the earliest sentence.
        var stamp = [Int32](repeating: -1, count: names.count)
        var bestField = -1
        var bestSentence = -1
        var bestScore = 0.0
        weights.withUnsafeBufferPointer { w in
            stamp.withUnsafeMutableBufferPointer { stamp in
                for f in options.fields.indices where f < cached.sentences.count {
                    cached.flatTermIDs[f].withUnsafeBufferPointer { termIDs in
                        cached.sentenceEnds[f].withUnsafeBufferPointer { ends in
                            var start = 0
                            for c in 0..<ends.count {
                                let end = Int(ends[c])
                                let mark = Int32(truncatingIfNeeded: f &<< 24 | c)
                                var score = 0.0
                                for j in start..<end {
                                    let id = termIDs[j]
                                    guard id >= 0, let k = slots.slot(of: id), stamp[k] != mark else { continue }
                                    stamp[k] = mark
                                    score += w[k]
                                }
                                if score > bestScore {
                                    bestScore = score
                                    bestField = f
                                    bestSentence = c
                                }
                                start = end
                            }
                        }
                    }
                }
            }
        }
        guard bestField >= 0 else { return nil }
        let sentence = cached.sentences[bestField][bestSentence]
        let ends = cached.sentenceEnds[bestField]
        let first = bestSentence == 0 ? 0 : Int(ends[bestSentence - 1])
        var matched: [Int] = []
        var highlights: [Range<Int>] = []
        for (i, id) in cached.flatTermIDs[bestField][first..<Int(ends[bestSentence])].enumerated() {
            guard id >= 0, let k = slots.slot(of: id) else { continue }
            highlights.append(sentence.ranges[i])
            if !matched.contains(k) { matched.append(k) }
        }
        return Snippet(field: options.fields[bestField].name, text: sentence.text, highlights: highlights,
                       matchedTerms: matched.map { names[$0] })
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

/// A small open-addressing map from a segment's term id to the query slot that holds it: constant-time lookups
/// for the snippet scorer, which asks once per token of every candidate sentence.
struct TermSlotMap {
    private var keys: [Int32]
    private var slots: [Int32]
    private let mask: Int

    /// A map for up to `capacity` ids (the table keeps at most half of its entries used).
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        keys = [Int32](repeating: -1, count: size)
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func start(_ id: Int32) -> Int { Int(truncatingIfNeeded: UInt32(bitPattern: id) &* 0x9E37_79B1) & mask }

    /// The slot of `id`, or `nil` when it is not a query term.
    @inline(__always)
    func slot(of id: Int32) -> Int? {
        var h = start(id)
        while true {
            let k = keys[h]
            if k == id { return Int(slots[h]) }
            if k == -1 { return nil }
            h = (h + 1) & mask
        }
    }

    /// Records `id` at `slot` (ids are non-negative and inserted once).
    mutating func insert(_ id: Int32, slot: Int) {
        var h = start(id)
        while keys[h] != -1 { h = (h + 1) & mask }
        keys[h] = id
        slots[h] = Int32(slot)
    }
}
