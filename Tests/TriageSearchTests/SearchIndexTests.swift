import Testing
import TriageSearch

@Suite struct SearchIndexTests {
    static let docs = [
        SearchDocument(id: "kb-1", fields: ["title": "Printer offline", "body": "If the printer shows offline, restart the spooler."],
                       metadata: ["kind": "kb"]),
        SearchDocument(id: "kb-2", fields: ["title": "Refund status", "body": "Refunds take five business days. Check the invoice."],
                       metadata: ["kind": "kb"]),
        SearchDocument(id: "T-1", fields: ["body": "I was charged twice for invoice INV-123456, please refund."],
                       metadata: ["kind": "ticket", "intent": "billing_double_charge"]),
    ]

    @Test func findsTheMatchingDocumentFirst() throws {
        let index = SearchIndex(documents: Self.docs)
        let hits = try index.search("printer is offline")
        #expect(hits.first?.id == "kb-1")
        #expect(hits.count == 1)
    }

    @Test func emptyQueryThrowsAndStopWordsReturnNothing() throws {
        let index = SearchIndex(documents: Self.docs)
        #expect(throws: SearchError.emptyQuery) { try index.search("   ") }
        #expect(try index.search("the and of").isEmpty)
    }

    @Test func oversizedQueryIsATypedError() throws {
        let index = SearchIndex(documents: Self.docs)
        let big = String(repeating: "refund ", count: 150_000)
        #expect(throws: SearchError.queryTooLong(bytes: big.utf8.count, limit: SearchQuery.maxTextBytes)) {
            try index.search(big)
        }
    }

    @Test func explanationSumsToTheScore() throws {
        let index = SearchIndex(documents: Self.docs)
        let hits = try index.search(SearchQuery("refund invoice", explain: true))
        #expect(!hits.isEmpty)
        for h in hits {
            let parts = try #require(h.explanation)
            #expect(abs(parts.reduce(0) { $0 + $1.score } - h.score) < 1e-9)
        }
    }

    @Test func explanationWithoutFieldCountsHasTheSameScores() throws {
        let index = SearchIndex(documents: Self.docs)
        var light = SearchQuery("refund invoice printer", limit: 5, explain: true)
        light.explainFields = false
        let full = try index.search(SearchQuery("refund invoice printer", limit: 5, explain: true))
        let cheap = try index.search(light)
        #expect(full.map(\.id) == cheap.map(\.id) && !full.isEmpty)
        for (a, b) in zip(full, cheap) {
            let x = try #require(a.explanation), y = try #require(b.explanation)
            #expect(x.map(\.term) == y.map(\.term) && x.map(\.score) == y.map(\.score))
            #expect(x.map(\.termFrequency) == y.map(\.termFrequency))
            #expect(y.allSatisfy { $0.fieldFrequencies.isEmpty })
            #expect(x.contains { !$0.fieldFrequencies.isEmpty })
        }
    }

    @Test func explanationOfMatchedTermsOnlyKeepsTheirContributions() throws {
        let index = SearchIndex(documents: Self.docs)
        var matchedOnly = SearchQuery("refund invoice printer spooler", limit: 5, explain: true)
        matchedOnly.explainUnmatched = false
        let full = try index.search(SearchQuery("refund invoice printer spooler", limit: 5, explain: true))
        let lean = try index.search(matchedOnly)
        #expect(full.map(\.id) == lean.map(\.id) && full.count >= 2)
        for (a, b) in zip(full, lean) {
            let x = try #require(a.explanation), y = try #require(b.explanation)
            #expect(x.filter { $0.termFrequency > 0 } == y)
            #expect(x.contains { $0.termFrequency == 0 })
            #expect(abs(y.reduce(0) { $0 + $1.score } - b.score) < 1e-9)
        }
    }

    @Test func snippetMarksMatchedTerms() throws {
        let index = SearchIndex(documents: Self.docs)
        let hit = try #require(try index.search(SearchQuery("spooler restart", snippets: true)).first)
        let snippet = try #require(hit.snippet)
        #expect(snippet.field == "body")
        let marked = snippet.highlights.map { String(decoding: Array(snippet.text.utf8)[$0], as: UTF8.self) }
        #expect(marked.contains("spooler,") || marked.contains("spooler") || marked.contains("spooler."))
    }

    @Test func moreLikeThisFindsSimilarTickets() throws {
        var docs = Self.docs
        docs.append(SearchDocument(id: "T-2", fields: ["body": "Charged twice on my invoice, need a refund"], metadata: ["kind": "ticket"]))
        let index = SearchIndex(documents: docs)
        let similar = index.moreLikeThis("I got charged twice for the same invoice",
                                         options: MoreLikeThisOptions(filter: .equals(key: "kind", value: "ticket")))
        #expect(similar.map(\.id).prefix(2).sorted() == ["T-1", "T-2"])
    }

    @Test func filterParsingRejectsMalformedInput() throws {
        #expect(try MetadataFilter.parse("kind=kb") == .equals(key: "kind", value: "kb"))
        #expect(throws: SearchError.self) { try MetadataFilter.parse("kind") }
        #expect(throws: SearchError.self) { try MetadataFilter.parse("=kb") }
    }
}
