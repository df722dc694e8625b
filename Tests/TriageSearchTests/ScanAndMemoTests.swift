import Testing
import TriageSearch
import TriageText

/// Edge cases of the small-segment scan (ties at the k-th score, k larger than the matches) and of the
/// query chunk memo (repeated and canonically equivalent spellings).
@Suite struct ScanAndMemoTests {
    @Test func tiesAtTheKthScoreKeepTheEarliestDocuments() throws {
        var options = IndexOptions()
        options.feedback = nil
        // 120 identical matches scattered among non-matching documents: every match scores the same.
        var docs: [SearchDocument] = []
        for i in 0..<400 {
            let text = i % 3 == 0 ? "pump valve pressure" : "turbine blade number \(i)"
            docs.append(SearchDocument(id: "d\(i)", fields: ["body": text]))
        }
        let index = SearchIndex(documents: docs, options: options)
        for k in [1, 7, 10, 64, 65, 200] {
            let fast = try index.search(SearchQuery("valve", limit: k))
            let full = try index.search(SearchQuery("valve", limit: k, strategy: .exhaustive))
            let expected = (0..<400).filter { $0 % 3 == 0 }.prefix(k).map { "d\($0)" }
            #expect(fast.map(\.id) == Array(expected), "k=\(k)")
            #expect(fast == full)
        }
    }

    @Test func memoisedAnalysisEqualsFreshAnalysis() {
        let extractor = TermExtractor(options: AnalysisOptions())
        let text = "Cafe\u{301} café CAFÉ running runs ran the pressure-gradient pressure-gradient 12.5% x@y.com"
        let first = extractor.terms(text)
        let again = extractor.terms(text)
        var fresh: [String] = []
        for chunk in text.split(whereSeparator: { $0 == " " }) { fresh += extractor.chunkTerms(String(chunk)) }
        #expect(first == fresh)
        #expect(again == fresh)
    }
}
