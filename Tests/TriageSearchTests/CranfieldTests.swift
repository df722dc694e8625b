import Foundation
import Testing
import TriageSearch
import TriageText

@Suite struct CranfieldTests {
    @Test func defaultsReachTheNDCGBar() throws {
        guard let dir = SharedData.url("cranfield") else { return }
        let report = try RetrievalEvaluation.run(corpus: dir.appendingPathComponent("corpus.jsonl"),
                                                 queries: dir.appendingPathComponent("queries.jsonl"),
                                                 qrels: dir.appendingPathComponent("qrels/test.tsv"))
        print("cranfield defaults:", report.json)
        #expect(report.queryCount == 225)
        #expect(report.ndcg10 >= 0.535)
    }

    @Test func brokenBEIRLineIsATypedError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("triage-broken-\(getpid()).jsonl")
        try Data("{\"_id\": \"1\", \"text\": \"ok\"}\n{\"_id\": \"2\", \"text\": \n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: SearchError.malformedInput(file: url.path, line: 2, reason: "not a JSON object")) {
            try BEIRLoader.corpus(url)
        }
    }
}
