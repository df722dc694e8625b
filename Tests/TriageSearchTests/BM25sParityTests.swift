import Foundation
import Testing
import TriageSearch
import TriageText

/// Our scores against bm25s's on Cranfield, bm25s configured as DESIGN.md says (fixture written by
/// Benchmarks/scripts/bm25s_fixture.sh).
@Suite struct BM25sParityTests {
    struct Fixture: Decodable {
        struct Query: Decodable {
            var id: String
            var hits: [[Hit]]
        }
        enum Hit: Decodable {
            case id(String), score(Double)
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let s = try? c.decode(String.self) { self = .id(s) } else { self = .score(try c.decode(Double.self)) }
            }
        }
        var stopwords: [String]
        var queries: [Query]
    }

    @Test func scoresEqualBM25sOnEveryReturnedDocument() throws {
        guard let dir = SharedData.url("cranfield") else { return }
        let fixtureURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/bm25s-cranfield.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: fixtureURL))
        var options = IndexOptions()
        options.analysis = AnalysisOptions(mode: .wordPattern, stopWords: fixture.stopwords)
        options.fields = [FieldSpec("title"), FieldSpec("body")]
        options.feedback = nil
        let index = SearchIndex(documents: try BEIRLoader.corpus(dir.appendingPathComponent("corpus.jsonl")), options: options)
        let queries = Dictionary(uniqueKeysWithValues: try BEIRLoader.queries(dir.appendingPathComponent("queries.jsonl")).map { ($0.id, $0.text) })
        var checked = 0
        var worst = 0.0
        for q in fixture.queries {
            let text = try #require(queries[q.id])
            let hits = try index.search(SearchQuery(text, limit: 1400))
            let ours = Dictionary(uniqueKeysWithValues: hits.map { ($0.id, $0.score) })
            for pair in q.hits {
                guard pair.count == 2, case .id(let doc) = pair[0], case .score(let expected) = pair[1] else { continue }
                let got = ours[doc] ?? 0
                worst = max(worst, abs(got - expected))
                #expect(abs(got - expected) <= 1e-4, "query \(q.id) doc \(doc): \(got) vs bm25s \(expected)")
                checked += 1
            }
            // The same top-10 score profile (ids may differ only among equal scores).
            let expectedTop = q.hits.compactMap { p -> Double? in if case .score(let s) = p.last { return s } else { return nil } }
            let ourTop = hits.prefix(expectedTop.count).map(\.score)
            #expect(zip(ourTop, expectedTop).allSatisfy { abs($0 - $1) <= 1e-4 }, "query \(q.id) top scores")
        }
        print("bm25s parity: \(checked) scores, largest difference \(worst)")
        #expect(checked > 2000)
    }
}
