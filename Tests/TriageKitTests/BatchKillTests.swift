import Foundation
import Testing
import TriageTestSupport
import TriageKit

/// SIGKILL a real `triage` process mid-batch, resume it, and compare the bytes with an uninterrupted run.
@Suite(.serialized) struct BatchKillTests {
    func triage(_ binary: URL, _ arguments: [String]) throws -> Process {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return p
    }

    @Test(arguments: [0.15, 0.6])
    func killedBatchResumesToIdenticalBytes(atFraction: Double) throws {
        guard let binary = TriageExecutable.url() else {
            print("SKIP killedBatchResumesToIdenticalBytes: triage executable not built")
            return
        }
        let dir = try temporaryFolder("kill-\(Int(atFraction * 100))")
        let input = dir.appendingPathComponent("in.jsonl")
        try backlog(12_000).write(to: input)
        func args(_ tag: String, _ extra: [String] = []) -> [String] {
            ["_batch-drill", "--in", input.path, "--out", dir.appendingPathComponent("\(tag).jsonl").path,
             "--rejects", dir.appendingPathComponent("\(tag).rejects").path, "--jobs", "2", "--quiet"] + extra
        }
        let reference = try triage(binary, args("ref"))
        reference.waitUntilExit()
        #expect(reference.terminationStatus == 1)   // the backlog has malformed lines
        let refSize = try Data(contentsOf: dir.appendingPathComponent("ref.jsonl")).count
        let victim = try triage(binary, args("cut", ["--delay-microseconds", "250"]))
        // Kill once the victim has written the given share of the output (or after 60 s).
        let cut = dir.appendingPathComponent("cut.jsonl").path
        for _ in 0..<6000 {
            let size = (try? FileManager.default.attributesOfItem(atPath: cut)[.size] as? Int) ?? 0
            if Double(size) >= atFraction * Double(refSize) || !victim.isRunning { break }
            usleep(10_000)
        }
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        #expect(victim.terminationReason == .uncaughtSignal)
        let partial = (try? Data(contentsOf: dir.appendingPathComponent("cut.jsonl")).count) ?? 0
        #expect(partial > 0 && partial < refSize)
        let resumed = try triage(binary, args("cut", ["--resume"]))
        resumed.waitUntilExit()
        #expect(resumed.terminationStatus == 1)
        let ref = try Data(contentsOf: dir.appendingPathComponent("ref.jsonl"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("cut.jsonl")) == ref)
        #expect(try sameBytes(dir.appendingPathComponent("cut.rejects"), dir.appendingPathComponent("ref.rejects")))
        print("kill at \(Int(atFraction * 100))% of the output: \(partial) of \(ref.count) output bytes written before the kill; resumed output identical")
    }
}
