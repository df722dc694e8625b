import Foundation
import Testing
import TriageKit

/// A deterministic stand-in for the engine: the action and intent follow from the ticket's text.
let stubDecider = ClosureDecider { ticket in
    let text = ticket.messages.map(\.text).joined(separator: " ")
    if text.contains("EXPLODE") { throw StubError.refused(ticket.id) }
    return StandInDecision.decision(for: ticket, rule: "stub", firstResponseDue: "2026-11-30T09:00:00Z")
}

enum StubError: Error { case refused(String) }

/// A JSONL backlog with malformed, blank and non-UTF-8 lines mixed in.
func backlog(_ n: Int) -> Data {
    var out = Data()
    for i in 1...n {
        switch i % 97 {
        case 13: out += Data("{\"id\": \"T-\(i)\", \"text\": \"broken".utf8)
        case 29: out += Data("   ".utf8)
        case 41: out += Data("{\"id\": \"T-\(i)\", \"text\": \"caf".utf8) + Data([0xC3, 0x28]) + Data(" ok\"}".utf8)
        case 53: out += Data("{\"id\": \"T-\(i)\", \"text\": \"please EXPLODE\"}".utf8)
        default:
            let words = (0..<(i % 17 + 1)).map { "w\(($0 * 7 + i) % 23)" }.joined(separator: " ")
            out += Data("{\"id\": \"T-\(i)\", \"text\": \"\(words)\"}".utf8)
        }
        out += Data("\n".utf8)
    }
    return out
}

func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("triage-batch-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: url)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func lines(_ url: URL) throws -> [Substring] {
    String(decoding: try Data(contentsOf: url), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
}

@Suite struct BatchRunnerTests {
    func run(_ dir: URL, _ input: URL, tag: String, jobs: Int = 2, chunk: Int = 16, halt: Int? = nil, resume: Bool = false) throws -> BatchSummary {
        var options = BatchOptions()
        options.jobs = jobs
        options.chunkSize = chunk
        options.progress = false
        options.resume = resume
        options.checkpointInterval = 0
        options.haltAfterRecords = halt
        return try BatchRunner(decider: stubDecider, options: options)
            .run(input: input, output: dir.appendingPathComponent("\(tag).jsonl"), rejects: dir.appendingPathComponent("\(tag).rejects"))
    }

    @Test func everyLineEndsAsOneDecisionOrRejectInOrder() throws {
        let dir = try temporaryFolder("order")
        let input = dir.appendingPathComponent("in.jsonl")
        try backlog(1000).write(to: input)
        let s = try run(dir, input, tag: "a")
        #expect(s.records == 1000 && s.decided + s.rejected == 1000 && s.complete && s.hasRejects)
        let decisions = try lines(dir.appendingPathComponent("a.jsonl"))
        let rejects = try lines(dir.appendingPathComponent("a.rejects"))
        #expect(decisions.count == s.decided && rejects.count == s.rejected)
        // Lines 13, 29, 53 (mod 97) are rejected: broken JSON, blank, decider error; 41 decodes with U+FFFD.
        let rejectedLines = rejects.compactMap { line -> Int? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["line"] as? Int
        }
        let expected = (1...1000).filter { [13, 29, 53].contains($0 % 97) }
        #expect(rejectedLines == expected)
        #expect(rejects.first?.contains("broken") == true)
        let ids = decisions.compactMap { line -> Int? in
            guard let r = line.range(of: "\"ticket_id\":\"T-") else { return nil }
            return Int(line[r.upperBound...].prefix { $0.isNumber })
        }
        #expect(ids == (1...1000).filter { ![13, 29, 53].contains($0 % 97) })
    }

    @Test func sameBytesForAnyJobsAndChunking() throws {
        let dir = try temporaryFolder("jobs")
        let input = dir.appendingPathComponent("in.jsonl")
        try backlog(700).write(to: input)
        _ = try run(dir, input, tag: "one", jobs: 1, chunk: 1000)
        _ = try run(dir, input, tag: "four", jobs: 4, chunk: 7)
        #expect(try sameBytes(dir.appendingPathComponent("one.jsonl"), dir.appendingPathComponent("four.jsonl")))
        #expect(try sameBytes(dir.appendingPathComponent("one.rejects"), dir.appendingPathComponent("four.rejects")))
    }

    @Test(arguments: [1, 100, 333, 998])
    func crashThenResumeGivesIdenticalBytes(halt: Int) throws {
        let dir = try temporaryFolder("resume-\(halt)")
        let input = dir.appendingPathComponent("in.jsonl")
        try backlog(1000).write(to: input)
        _ = try run(dir, input, tag: "ref")
        // First attempt: stops after writing output it never committed, then a torn half line as a crash leaves.
        _ = try run(dir, input, tag: "cut", chunk: 16, halt: halt)
        let torn = try FileHandle(forWritingTo: dir.appendingPathComponent("cut.jsonl"))
        try torn.seekToEnd()
        try torn.write(contentsOf: Data("{\"ticket_id\":\"T-torn".utf8))
        try torn.close()
        let resumed = try run(dir, input, tag: "cut", chunk: 16, resume: true)
        #expect(try sameBytes(dir.appendingPathComponent("ref.jsonl"), dir.appendingPathComponent("cut.jsonl")))
        #expect(try sameBytes(dir.appendingPathComponent("ref.rejects"), dir.appendingPathComponent("cut.rejects")))
        #expect(resumed.records == 1000 && resumed.skipped + 0 <= halt)
        // Resuming a finished run changes nothing.
        let again = try run(dir, input, tag: "cut", resume: true)
        #expect(again.skipped == 1000 && again.records == 1000)
        #expect(try sameBytes(dir.appendingPathComponent("ref.jsonl"), dir.appendingPathComponent("cut.jsonl")))
    }

    @Test func emailFolderWithMixedFileTypes() throws {
        let dir = try temporaryFolder("mail")
        let inbox = dir.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let mail = "From: Ana <ana@example.com>\r\nSubject: Refund\r\nDate: Sat, 28 Nov 2026 10:00:00 +0000\r\n\r\nWhere is my refund for order A-1?\r\n"
        try Data(mail.utf8).write(to: inbox.appendingPathComponent("1.eml"))
        try Data(mail.utf8).write(to: inbox.appendingPathComponent("2.txt"))
        try Data([0x25, 0x50, 0x44, 0x46]).write(to: inbox.appendingPathComponent("3.pdf"))
        let s = try run(dir, inbox, tag: "mail")
        #expect(s.decided == 2 && s.rejected == 1)
        #expect(try lines(dir.appendingPathComponent("mail.rejects")).first?.contains("not an e-mail file") == true)
    }

    @Test func emptyAndMissingInput() throws {
        let dir = try temporaryFolder("empty")
        let input = dir.appendingPathComponent("in.jsonl")
        try Data().write(to: input)
        let s = try run(dir, input, tag: "e")
        #expect(s.records == 0 && s.complete && !s.hasRejects)
        #expect(throws: BatchError.self) { try run(dir, dir.appendingPathComponent("missing.jsonl"), tag: "m") }
    }
}
