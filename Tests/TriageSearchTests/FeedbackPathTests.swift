import Foundation
import Testing
import TriageSearch
import TriageText

/// The fast feedback path (decoded term vectors, terms matched by id) against the reference path (term
/// vectors decoded per query, terms matched by spelling): the same expansion terms with bit-identical
/// weights on every Cranfield query, hence the same rankings and scores.
@Suite struct FeedbackPathTests {
    @Test func decodedFeedbackEqualsReferenceOnCranfield() throws {
        guard let dir = SharedData.url("cranfield") else { return }
        let index = SearchIndex(documents: try BEIRLoader.corpus(dir.appendingPathComponent("corpus.jsonl")))
        let queries = try BEIRLoader.queries(dir.appendingPathComponent("queries.jsonl")).map(\.text)
        let fb = try #require(index.options.feedback)
        let scoring = index.options.scoring
        var compared = 0
        for q in queries {
            let analysed = index.extractor.terms(q)
            let original = index.queryTerms(analysed, scoring: scoring)
            let first = index.rank(terms: original, limit: fb.documents, filter: nil, strategy: .automatic)
            guard let top = first.first?.score else { continue }
            var z = 0.0
            for d in first { z += exp(d.score - top) }
            let fast = try #require(index.feedbackTermsDecoded(first, top: top, z: z, count: fb.terms))
            let reference = index.feedbackTermsSingleSegment(first, top: top, z: z, count: fb.terms)
            #expect(fast.map(\.term) == reference.map(\.term), "\(q)")
            #expect(fast.map(\.weight.bitPattern) == reference.map(\.weight.bitPattern), "\(q)")
            let mixed = index.mixed(original, analysedCount: analysed.count, picked: fast, feedback: fb, scoring: scoring)
            let expected = index.mixedBySpelling(analysed, original: original, picked: reference, feedback: fb, scoring: scoring)
            #expect(mixed.map(\.term) == expected.map(\.term), "\(q)")
            #expect(mixed.map(\.weight.bitPattern) == expected.map(\.weight.bitPattern), "\(q)")
            #expect(mixed.map(\.scorer.idf.bitPattern) == expected.map(\.scorer.idf.bitPattern), "\(q)")
            #expect(mixed.map(\.firstID) == expected.map(\.firstID), "\(q)")
            // The searches that run with them: the same documents with the same scores.
            let a = index.rank(terms: mixed, limit: 100, filter: nil, strategy: .automatic)
            let b = index.rank(terms: expected, limit: 100, filter: nil, strategy: .exhaustive)
            #expect(a == b, "\(q)")
            compared += 1
        }
        #expect(compared > 200)
    }
}
