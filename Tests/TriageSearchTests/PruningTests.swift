import Testing
import TriageSearch
import TriageText

@Suite struct PruningTests {
    @Test(arguments: BM25Variant.allCases)
    func prunedResultsEqualExhaustiveScoring(variant: BM25Variant) throws {
        var options = IndexOptions()
        options.fields = [FieldSpec("title", weight: 2), FieldSpec("body")]
        options.scoring = BM25Options(variant: variant)
        let index = SearchIndex(documents: Fixtures.randomCorpus(count: 3000, seed: 7), options: options)
        var rng = SplitMix64(seed: 42)
        for _ in 0..<150 {
            let text = Fixtures.randomQuery(&rng)
            let k = [1, 3, 10, 50][Int(rng.next() % 4)]
            let filter: MetadataFilter? = rng.next() % 3 == 0 ? .equals(key: "kind", value: "kb") : nil
            let pruned = try index.search(SearchQuery(text, limit: k, filter: filter, strategy: .dynamicPruning))
            let automatic = try index.search(SearchQuery(text, limit: k, filter: filter))
            let full = try index.search(SearchQuery(text, limit: k, filter: filter, strategy: .exhaustive))
            #expect(pruned.map(\.id) == full.map(\.id), "query '\(text)' k=\(k)")
            #expect(pruned.map(\.score) == full.map(\.score))
            #expect(automatic == full)
        }
    }

    @Test func resultsFollowTheTotalOrder() throws {
        let index = SearchIndex(documents: Fixtures.randomCorpus(count: 2000, seed: 3))
        let hits = try index.search(SearchQuery("refund invoice", limit: 200))
        for (a, b) in zip(hits, hits.dropFirst()) {
            #expect(a.score > b.score || (a.score == b.score && a.documentNumber < b.documentNumber))
        }
    }

    @Test func filtersApplyBeforeTopKWithoutPadding() throws {
        var options = IndexOptions()
        options.feedback = nil
        let index = SearchIndex(documents: Fixtures.randomCorpus(count: 2000, seed: 5), options: options)
        let hits = try index.search(SearchQuery("printer", limit: 5000, filter: .equals(key: "kind", value: "kb")))
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.metadata["kind"] == "kb" && $0.score > 0 })
        let all = try index.search(SearchQuery("printer", limit: 5000, strategy: .exhaustive))
        #expect(hits.count == all.filter { $0.metadata["kind"] == "kb" }.count)
        let none = try index.search(SearchQuery("printer", limit: 10, filter: .equals(key: "kind", value: "nope")))
        #expect(none.isEmpty)
    }
}
