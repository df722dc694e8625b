import Foundation
import Testing
import TriageTestSupport
import TriageSearch
import TriageStore

@Suite struct CrashSafetyTests {
    @Test func killedWriterLeavesExactlyTheCommittedBatches() throws {
        guard let binary = TriageExecutable.url() else {
            print("SKIP killedWriterLeavesExactlyTheCommittedBatches: triage executable not built")
            return
        }
        let path = temporaryPath("crash")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["_store-writer", "--store", path, "--batches", "100000"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        var acknowledged = 0
        var buffer = ""
        let deadline = Date().addingTimeInterval(60)
        while acknowledged < 12 && Date() < deadline {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer += String(decoding: chunk, as: UTF8.self)
            for line in buffer.split(separator: "\n") where line.hasPrefix("committed ") {
                acknowledged = max(acknowledged, Int(line.dropFirst(10)) ?? 0)
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(acknowledged >= 12)

        let store = try SearchStore.open(path: path)
        #expect(try store.integrityCheck() == ["ok"])
        let ids = try store.storedIDs()
        #expect(ids.count % 50 == 0)
        let batches = ids.count / 50
        #expect(batches >= acknowledged && batches <= acknowledged + 1)
        let expected = (0..<batches).flatMap { b in (0..<50).map { StoreCrashDrill.documentID(batch: b, index: $0) } }.sorted()
        #expect(ids == expected)
        #expect(store.count == ids.count)
        #expect(!(try store.search("printer offline")).isEmpty)
    }
}
