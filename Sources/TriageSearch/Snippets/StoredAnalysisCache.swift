import Foundation
import TriageText

/// The analysed stored fields of one document: what explanations and snippets need, computed once.
package final class StoredDocumentAnalysis: Sendable {
    /// One sentence of a stored field with its terms and the UTF-8 range (within the sentence) each came from.
    package struct Sentence: Sendable {
        package var text: String
        package var terms: [String]
        package var ranges: [Range<Int>]
    }
    /// Per schema field: how often each term occurs; empty when not counted (see `counts` in the initializer).
    package let fieldCounts: [[String: Int]]
    /// Per schema field: its sentences, in order.
    package let sentences: [[Sentence]]
    /// Per schema field: the dictionary ids of its sentences' terms, one sentence after another (-1 for a term
    /// not in the dictionary), parallel to each sentence's ``Sentence/terms``.
    package let flatTermIDs: [[Int32]]
    /// Per schema field: where each sentence's ids end in ``flatTermIDs``.
    package let sentenceEnds: [[Int32]]
    /// The distinct dictionary ids of the document's terms (all fields), ascending.
    package let vocabulary: [Int32]
    /// Per schema field: each sentence's distinct dictionary terms as positions in ``vocabulary``, in order of
    /// first occurrence, one sentence after another.
    package let sentenceTerms: [[Int32]]
    /// Per schema field: where each sentence's entries end in ``sentenceTerms``.
    package let sentenceTermEnds: [[Int32]]
    /// Sentences are also numbered through all fields in order: field `f`'s sentence `c` is number
    /// `firstSentence[f] + c` (one entry per field, plus the total).
    package let firstSentence: [Int32]
    /// The numbers of the sentences containing vocabulary position `p`, ascending:
    /// `termSentences[termSentenceStart[p] ..< termSentenceStart[p + 1]]`.
    package let termSentences: [Int32]
    package let termSentenceStart: [Int32]
    /// Dictionary id → position in ``vocabulary``, for analyses kept in a cache (hits of uncached documents
    /// search the vocabulary instead of building a table they would use once).
    let positions: TermSlotMap?

    /// - Parameters:
    ///   - counts: Whether to fill ``fieldCounts`` (snippets alone do not need them).
    ///   - indexed: Whether to build ``positions`` (worth it for an analysis that many hits reuse).
    init(fields: [String], extractor: TermExtractor, dictionary: TermDictionary, counts wantCounts: Bool = true,
         indexed: Bool = false) {
        var counts: [[String: Int]] = []
        var sentences: [[Sentence]] = []
        var flat: [[Int32]] = []
        var ends: [[Int32]] = []
        counts.reserveCapacity(fields.count)
        sentences.reserveCapacity(fields.count)
        for text in fields {
            // Counted over the whole field, exactly as the index saw it.
            if wantCounts { counts.append(SearchIndex.termCounts(extractor.terms(text))) }
            let list = Self.sentences(of: text, extractor: extractor)
            var ids: [Int32] = []
            var sentenceEnds: [Int32] = []
            sentenceEnds.reserveCapacity(list.count)
            for sentence in list {
                for term in sentence.terms { ids.append(dictionary.id(of: term).map(Int32.init) ?? -1) }
                sentenceEnds.append(Int32(ids.count))
            }
            sentences.append(list)
            flat.append(ids)
            ends.append(sentenceEnds)
        }
        fieldCounts = counts
        self.sentences = sentences
        flatTermIDs = flat
        sentenceEnds = ends
        (vocabulary, sentenceTerms, sentenceTermEnds) = Self.localTerms(flat, ends)
        var first: [Int32] = [0]
        for e in ends { first.append(first[first.count - 1] + Int32(e.count)) }
        firstSentence = first
        (termSentences, termSentenceStart) = Self.sentencesByTerm(sentenceTerms, sentenceTermEnds,
                                                                  vocabularySize: vocabulary.count)
        if indexed {
            var map = TermSlotMap(capacity: vocabulary.count)
            for (p, id) in vocabulary.enumerated() { map.insert(id, slot: p) }
            positions = map
        } else {
            positions = nil
        }
    }

    /// For each vocabulary position, the (numbers of the) sentences that contain it, in one flat array.
    private static func sentencesByTerm(_ local: [[Int32]], _ localEnds: [[Int32]],
                                        vocabularySize: Int) -> ([Int32], [Int32]) {
        var start = [Int32](repeating: 0, count: vocabularySize + 1)
        for f in local.indices { for p in local[f] { start[Int(p) + 1] += 1 } }
        for p in 0..<vocabularySize { start[p + 1] += start[p] }
        var next = start
        var list = [Int32](repeating: 0, count: Int(start[vocabularySize]))
        var sentence: Int32 = 0
        for f in local.indices {
            var from = 0
            for end in localEnds[f] {
                for j in from..<Int(end) {
                    let p = Int(local[f][j])
                    list[Int(next[p])] = sentence
                    next[p] += 1
                }
                sentence += 1
                from = Int(end)
            }
        }
        return (list, start)
    }

    /// The sorted distinct ids of `flat` and each sentence's distinct ids as positions in them.
    private static func localTerms(_ flat: [[Int32]], _ ends: [[Int32]]) -> ([Int32], [[Int32]], [[Int32]]) {
        var vocabulary = flat.flatMap { $0.filter { $0 >= 0 } }
        vocabulary.sort()
        var unique = 0
        for i in vocabulary.indices where i == 0 || vocabulary[i] != vocabulary[unique - 1] {
            vocabulary[unique] = vocabulary[i]
            unique += 1
        }
        vocabulary.removeLast(vocabulary.count - unique)
        // stamp[p]: the last sentence (numbered across fields) that listed position p.
        var stamp = [Int32](repeating: -1, count: vocabulary.count)
        var sentence: Int32 = 0
        var local: [[Int32]] = []
        var localEnds: [[Int32]] = []
        for f in flat.indices {
            var out: [Int32] = []
            var outEnds: [Int32] = []
            outEnds.reserveCapacity(ends[f].count)
            var start = 0
            for end in ends[f] {
                for j in start..<Int(end) where flat[f][j] >= 0 {
                    // Present by construction.
                    let p = Self.lowerBound(flat[f][j], in: vocabulary)
                    if stamp[p] != sentence {
                        stamp[p] = sentence
                        out.append(Int32(p))
                    }
                }
                outEnds.append(Int32(out.count))
                sentence += 1
                start = Int(end)
            }
            local.append(out)
            localEnds.append(outEnds)
        }
        return (vocabulary, local, localEnds)
    }

    private static func lowerBound(_ id: Int32, in ids: [Int32]) -> Int {
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension StoredDocumentAnalysis {
    /// The sentences of one stored field with their located terms.
    package static func sentences(of text: String, extractor: TermExtractor) -> [Sentence] {
        if text.isEmpty { return [] }
        return SentenceSegmenter().sentences(in: text).map { span in
            let located = extractor.locatedTerms(span.text)
            return Sentence(text: span.text, terms: located.map(\.term), ranges: located.map(\.utf8Range))
        }
    }
}

/// Analysed stored fields of a small segment, built on first use and shared by every later explanation and
/// snippet, so that a knowledge base searched once per ticket does not re-analyse its articles per hit.
///
/// Only segments of at most ``maxDocuments`` documents with stored texts are cached; larger ones are analysed
/// per hit as before. The cache is immutable once built and safe to read from any thread.
package final class StoredAnalysisCache: @unchecked Sendable {
    /// Segments with more documents are not cached (their analysis would cost more memory than it saves).
    package static let maxDocuments = 4_096
    private let lock = NSLock()
    @exclusivity(unchecked) private var built: [StoredDocumentAnalysis]? = nil
    @exclusivity(unchecked) private var tried = false

    package init() {}

    /// What ``analyses(of:extractor:)`` returns, without building: `nil` before the first build, `.some(nil)`
    /// for a segment that is not cached. Needs no extractor, so the usual call copies none.
    func builtAnalyses() -> [StoredDocumentAnalysis]?? {
        lock.lock()
        defer { lock.unlock() }
        return tried ? .some(built) : nil
    }

    /// The cached analysis of every document of `segment`, building it on the first call; `nil` when the
    /// segment is too large or keeps no texts.
    func analyses(of segment: IndexSegment, extractor: TermExtractor) -> [StoredDocumentAnalysis]? {
        lock.lock()
        defer { lock.unlock() }
        if tried { return built }
        tried = true
        let n = segment.documentCount
        guard n > 0, n <= Self.maxDocuments, !segment.storedFields.isEmpty,
              segment.storedFields.allSatisfy({ $0.count == n }) else { return nil }
        var out: [StoredDocumentAnalysis] = []
        out.reserveCapacity(n)
        for d in 0..<n {
            // Term counts are left to the explanations that ask for them (per hit): most callers explain
            // without field counts, and counting every field of every document would double the build.
            out.append(StoredDocumentAnalysis(fields: segment.storedFields.map { $0[d] }, extractor: extractor,
                                              dictionary: segment.dictionary, counts: false, indexed: true))
        }
        built = out
        return out
    }
}

extension IndexSegment {
    /// The analysed stored fields of local document `doc`, from the segment's cache when it has one.
    package func storedAnalysis(_ doc: Int, extractor: TermExtractor) -> StoredDocumentAnalysis? {
        guard let all = analysisCache.analyses(of: self, extractor: extractor), doc >= 0, doc < all.count else { return nil }
        return all[doc]
    }
}
