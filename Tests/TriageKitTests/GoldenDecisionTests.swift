import Foundation
import Testing
import TriageKit

/// Decisions are byte-identical across runs and machines: the sample tickets' Decision JSON must equal the
/// committed golden file (regenerate with `swift run -c release triage demo --json > Tests/TriageKitTests/Golden/sample-decisions.jsonl`
/// after an intended change, and review the diff).
@Suite("Golden decisions")
struct GoldenDecisionTests {
    static let goldenURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/sample-decisions.jsonl")

    @Test func sampleDecisionsMatchTheGoldenFile() throws {
        let engine = try corpusEngine.get()
        let lines = try SampleTickets.all.map { try engine.triage($0).jsonString() }
        let golden = try String(contentsOf: Self.goldenURL, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == golden.count)
        for (i, (got, want)) in zip(lines, golden).enumerated() {
            #expect(got == want, "sample \(i) differs from the golden decision")
        }
        let actions = Set(SampleTickets.all.map { engine.triage($0).action })
        #expect(actions == [.answer, .ask, .handoff])
    }

    @Test func replayIsByteIdenticalAcrossThreads() throws {
        let engine = try corpusEngine.get()
        let tickets = Array(repeating: SampleTickets.all, count: 20).flatMap { $0 }
        let sequential = try tickets.map { try engine.triage($0).jsonString() }
        let parallel = try engine.triage(tickets, jobs: 4).map { try $0.jsonString() }
        #expect(sequential == parallel)
    }
}
