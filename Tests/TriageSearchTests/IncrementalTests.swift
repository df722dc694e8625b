import Testing
import TriageSearch
import TriageText

@Suite struct IncrementalTests {
    @Test func updatesAndDeletesMatchARebuild() throws {
        let all = Fixtures.randomCorpus(count: 1200, seed: 11)
        var index = SearchIndex(documents: Array(all.prefix(1000)))
        index.maxSmallSegments = 3
        for chunk in stride(from: 1000, to: 1200, by: 20) { index.add(Array(all[chunk..<(chunk + 20)])) }
        let removed = (0..<1200).filter { $0 % 7 == 0 }.map { "d\($0)" }
        #expect(index.delete(ids: removed) == removed.count)
        var updated = all[5]
        updated.fields["body"] = "printer offline printer"
        index.add([updated])
        let liveIDs = Set((0..<1200).filter { $0 % 7 != 0 && $0 != 5 }.map { "d\($0)" })
        var rebuiltDocs = all.filter { liveIDs.contains($0.id) }
        rebuiltDocs.append(updated)
        let rebuilt = SearchIndex(documents: rebuiltDocs)
        #expect(index.count == rebuilt.count)
        #expect(index.statistics == rebuilt.statistics)
        var rng = SplitMix64(seed: 9)
        for _ in 0..<60 {
            let q = Fixtures.randomQuery(&rng)
            let a = try index.search(SearchQuery(q, limit: 20))
            let b = try rebuilt.search(SearchQuery(q, limit: 20))
            #expect(a.map(\.id) == b.map(\.id), "\(q)")
            #expect(zip(a, b).allSatisfy { abs($0.score - $1.score) < 1e-12 })
        }
        index.merge()
        #expect(index.segments.count == 1)
        let q = try index.search(SearchQuery("printer offline", limit: 30))
        let r = try rebuilt.search(SearchQuery("printer offline", limit: 30))
        #expect(q.map(\.id) == r.map(\.id))
        #expect(q.map(\.score) == r.map(\.score))
    }
}
