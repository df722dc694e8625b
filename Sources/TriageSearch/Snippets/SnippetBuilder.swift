import TriageText

extension SearchIndex {
    /// The best sentence of document `doc` for the query terms: the sentence whose distinct matched
    /// terms have the largest idf sum (earliest sentence on ties), with each matching token's UTF-8 range.
    /// `nil` when the texts are not stored or nothing matches. `terms` come from this index's query preparation,
    /// or carry no resolved ids (``QueryTerm/init(term:weight:scorer:)``).
    package func snippet(doc: Int, terms: [QueryTerm]) -> Snippet? {
        var hitTerms = HitTerms(terms: terms, segmentCount: segments.count)
        return snippet(doc: doc, terms: &hitTerms)
    }

    /// ``snippet(doc:terms:)`` with the query's terms resolved once per query in `terms`; `highlights: false`
    /// leaves the snippet's highlights and matched terms empty (see ``SearchQuery/snippetHighlights``).
    package func snippet(doc: Int, terms hitTerms: inout HitTerms, highlights: Bool = true) -> Snippet? {
        guard let (s, l) = locate(doc) else { return nil }
        let seg = segments[s]
        let query = hitTerms.snippetTerms(in: seg, at: s)
        if query.names.isEmpty { return nil }
        // An already built cache is read without the extractor (passing it copied it, retains included).
        if let known = seg.analysisCache.builtAnalyses() {
            if let all = known, l < all.count { return bestSentence(all[l], query: query, highlights: highlights) }
        } else if let cached = seg.storedAnalysis(l, extractor: extractor) {
            return bestSentence(cached, query: query, highlights: highlights)
        }
        let analysis = StoredDocumentAnalysis(fields: seg.storedFields.map { l < $0.count ? $0[l] : "" },
                                              extractor: extractor, dictionary: seg.dictionary, counts: false)
        return bestSentence(analysis, query: query, highlights: highlights)
    }

    /// The best sentence of an analysed document, found in one pass over the sentences that hold a query term.
    ///
    /// The document's own vocabulary gets each query term's weight (0 for the others), so a sentence's score,
    /// the idf sum of its distinct query terms, is a plain sum over its distinct terms in order of first
    /// occurrence (adding 0 changes no sum). Only sentences with a query term are summed: the others score 0
    /// and never win. Ties keep the earliest sentence. `highlights: false` returns the sentence without its
    /// highlights and matched terms.
    private func bestSentence(_ cached: StoredDocumentAnalysis, query: HitTerms.SnippetTerms, highlights marking: Bool) -> Snippet? {
        let vocabulary = cached.vocabulary
        let sentenceCount = Int(cached.firstSentence[cached.firstSentence.count - 1])
        if vocabulary.isEmpty || sentenceCount == 0 { return nil }
        // Scratch: the weight of each vocabulary position, then a mark per sentence that holds a query term.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: vocabulary.count + sentenceCount) { scratch -> Snippet? in
            scratch.initialize(repeating: 0)
            guard let base = scratch.baseAddress else { return nil }
            let w = base
            let marked = base + vocabulary.count
            var present = false
            vocabulary.withUnsafeBufferPointer { v in
                cached.termSentenceStart.withUnsafeBufferPointer { start in
                    cached.termSentences.withUnsafeBufferPointer { list in
                        let positions = cached.positions
                        for k in query.slotIDs.indices {
                            let id = query.slotIDs[k]
                            guard let p = positions.map({ $0.slot(of: id) }) ?? Self.position(of: id, in: v) else { continue }
                            w[p] = query.weights[k]
                            present = true
                            for j in Int(start[p])..<Int(start[p + 1]) { marked[Int(list[j])] = 1 }
                        }
                    }
                }
            }
            guard present else { return nil }
            var bestField = -1
            var bestSentence = -1
            var bestScore = 0.0
            for f in options.fields.indices where f < cached.sentences.count {
                let firstNumber = Int(cached.firstSentence[f])
                cached.sentenceTerms[f].withUnsafeBufferPointer { local in
                    cached.sentenceTermEnds[f].withUnsafeBufferPointer { ends in
                        for c in 0..<ends.count where marked[firstNumber + c] != 0 {
                            var score = 0.0
                            for j in (c == 0 ? 0 : Int(ends[c - 1]))..<Int(ends[c]) { score += w[Int(local[j])] }
                            if score > bestScore {
                                bestScore = score
                                bestField = f
                                bestSentence = c
                            }
                        }
                    }
                }
            }
            guard bestField >= 0 else { return nil }
            let sentence = cached.sentences[bestField][bestSentence]
            guard marking else {
                return Snippet(field: options.fields[bestField].name, text: sentence.text, highlights: [], matchedTerms: [])
            }
            let ends = cached.sentenceEnds[bestField]
            let first = bestSentence == 0 ? 0 : Int(ends[bestSentence - 1])
            let end = Int(ends[bestSentence])
            var matched: [Int] = []
            var highlights: [Range<Int>] = []
            matched.reserveCapacity(query.names.count)
            highlights.reserveCapacity(end - first)
            for (i, id) in cached.flatTermIDs[bestField][first..<end].enumerated() {
                guard id >= 0, let k = query.slots.slot(of: id) else { continue }
                highlights.append(sentence.ranges[i])
                if !matched.contains(k) { matched.append(k) }
            }
            return Snippet(field: options.fields[bestField].name, text: sentence.text, highlights: highlights,
                           matchedTerms: matched.map { query.names[$0] })
        }
    }

    /// The position of `id` in the sorted `ids`, or `nil`.
    @inline(__always)
    private static func position(of id: Int32, in ids: UnsafeBufferPointer<Int32>) -> Int? {
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < ids.count && ids[lo] == id ? lo : nil
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
                let terms = bytes.withUnsafeBufferPointer { memoizedChunkTerms(UnsafeBufferPointer(rebasing: $0[start..<i])) }
                for t in terms { out.append((t, start..<i)) }
            }
        }
        return out
    }
}

/// A small open-addressing map from a segment's term id to the query slot that holds it: constant-time lookups
/// for the snippet scorer and for query preparation. Each entry packs the id (high half) and the slot (low
/// half) in one word, so the table is one allocation.
struct TermSlotMap {
    private var entries: [UInt64]
    private let mask: Int
    private static let empty = UInt64.max

    /// A map for up to `capacity` ids (the table keeps at most half of its entries used).
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        entries = [UInt64](repeating: Self.empty, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func start(_ id: Int32) -> Int { Int(truncatingIfNeeded: UInt32(bitPattern: id) &* 0x9E37_79B1) & mask }

    /// The slot of `id`, or `nil` when it is not a query term.
    @inline(__always)
    func slot(of id: Int32) -> Int? {
        let key = UInt64(UInt32(bitPattern: id))
        var h = start(id)
        while true {
            let e = entries[h]
            if e == Self.empty { return nil }
            if e >> 32 == key { return Int(truncatingIfNeeded: e & 0xFFFF_FFFF) }
            h = (h + 1) & mask
        }
    }

    /// Records `id` at `slot` (ids are non-negative and inserted once).
    mutating func insert(_ id: Int32, slot: Int) {
        var h = start(id)
        while entries[h] != Self.empty { h = (h + 1) & mask }
        entries[h] = UInt64(UInt32(bitPattern: id)) << 32 | UInt64(UInt32(truncatingIfNeeded: slot))
    }
}
