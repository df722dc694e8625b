import Foundation
import Testing
import TriageKit

@Suite("Offline by default")
struct OfflineByDefaultTests {
    @Test func noEndpointMeansNoNetworkAndTemplateReplies() throws {
        let engine = try corpusEngine.get()
        #expect(engine.options.llm == nil)
        let before = CurlHTTPClient.requestsOnCurrentThread
        let decisions = SampleTickets.all.map { engine.triage($0) }
        #expect(CurlHTTPClient.requestsOnCurrentThread == before)
        let answers = decisions.compactMap(\.answer)
        #expect(!answers.isEmpty)
        #expect(answers.allSatisfy { !$0.generatedBy.hasPrefix("llm") })
    }
}
