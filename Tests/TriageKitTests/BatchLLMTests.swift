import Foundation
import Testing
import TriageTestSupport
import TriageKit

/// `triage batch` with an LLM: drafts from the batch workers against the local test server, verified or
/// falling back to the extractive reply with the reason, the key and customer PII never leaving in clear.
@Suite("Batch with LLM drafting", .serialized)
struct BatchLLMTests {
    static let secret = "sk-test-NEVER-PRINT-7f3a"
    static let email = "ana.perez.batch@example.org"

    /// Answer-type gold tickets (no raw e-mail), one of them carrying a customer e-mail address in its text.
    static func backlog(count: Int) throws -> Data {
        let text = try String(contentsOf: LLMWorkspaceConfigTests.corpus.appendingPathComponent("eval/gold.jsonl"), encoding: .utf8)
        var out = Data()
        var taken = 0
        for line in text.split(separator: "\n") where taken < count {
            guard let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let expected = row["expected"] as? [String: Any], expected["action"] as? String == "answer",
                  row["raw_email"] is NSNull, var ticket = row["ticket"] as? [String: Any] else { continue }
            if taken == 0, var messages = ticket["messages"] as? [[String: Any]], var first = messages.first,
               let body = first["text"] as? String {
                first["text"] = body + " Reply to \(email) please."
                messages[0] = first
                ticket["messages"] = messages
            }
            out += try JSONSerialization.data(withJSONObject: ticket, options: [.sortedKeys]) + Data("\n".utf8)
            taken += 1
        }
        return out
    }

    /// Runs a batch of `input` through an engine whose `llm:` section points at `server` with `model`.
    static func run(_ server: FakeOpenAIServer, model: String, input: URL, dir: URL, tag: String) throws -> [[String: Any]] {
        let keyFile = dir.appendingPathComponent("llm.key")
        try Data((secret + "\n").utf8).write(to: keyFile)
        var ws = try LLMWorkspaceConfigTests.corpusWorkspace()
        ws.policy.llm = LLMSettings(endpoint: server.endpoint, model: model, apiKeyEnvironmentVariable: "TRIAGE_TEST_UNSET_LLM_KEY",
                                    apiKeyFile: keyFile.path, connectTimeoutSeconds: 2, totalTimeoutSeconds: 10)
        let engine = try TriageEngine(loaded: ws)
        var options = BatchOptions()
        options.jobs = 3
        options.chunkSize = 2
        options.progress = false
        options.checkpointInterval = 0
        let output = dir.appendingPathComponent("\(tag).jsonl")
        let summary = try BatchRunner(decider: engine, options: options)
            .run(input: input, output: output, rejects: dir.appendingPathComponent("\(tag).rejects"))
        #expect(summary.rejected == 0 && summary.complete)
        let bytes = try Data(contentsOf: output)
        #expect(!String(decoding: bytes, as: UTF8.self).contains(secret))
        return try lines(output).map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    static func generatedBy(_ decisions: [[String: Any]]) -> [String] {
        decisions.compactMap { ($0["answer"] as? [String: Any])?["generated_by"] as? String }
    }

    @Test func groundedDraftsAreVerifiedFromParallelWorkers() throws {
        let server = try FakeOpenAIServer()
        let dir = try temporaryFolder("llm-grounded")
        let input = dir.appendingPathComponent("in.jsonl")
        try Self.backlog(count: 8).write(to: input)
        let decisions = try Self.run(server, model: "grounded", input: input, dir: dir, tag: "g")
        #expect(decisions.count == 8)
        let drafted = Self.generatedBy(decisions)
        #expect(drafted.count >= 4, "too few answers: \(drafted)")
        #expect(drafted.allSatisfy { $0 == "llm:grounded" }, "\(drafted)")
        // One request per answer, each authorised with the key from the file, none carrying the e-mail in clear.
        let received = server.received()
        #expect(received.count == drafted.count)
        #expect(received.allSatisfy { $0.contains("Bearer \(Self.secret)") })
        #expect(!received.contains { $0.contains(Self.email) })
        // Replies cite a passage and keep the decision's citations.
        for d in decisions {
            guard let answer = d["answer"] as? [String: Any], let text = answer["text"] as? String else { continue }
            #expect(text.contains("[kb-"), "\(text)")
            #expect(!((answer["citations"] as? [Any]) ?? []).isEmpty)
        }
    }

    @Test(arguments: [("phone", "introduces facts"), ("badjson", "LLM server failure"), ("uncited", "not provided")])
    func faultsFallBackToTheExtractiveReplyWithTheReason(model: String, reason: String) throws {
        let server = try FakeOpenAIServer()
        let dir = try temporaryFolder("llm-\(model)")
        let input = dir.appendingPathComponent("in.jsonl")
        try Self.backlog(count: 4).write(to: input)
        let decisions = try Self.run(server, model: model, input: input, dir: dir, tag: model)
        #expect(decisions.count == 4)
        let labels = Self.generatedBy(decisions)
        #expect(!labels.isEmpty)
        #expect(labels.allSatisfy { $0.hasPrefix("template (llm fallback: ") && $0.contains(reason) }, "\(labels)")
        // The extractive reply is what the offline engine writes, byte for byte.
        let offline = try corpusEngine.get()
        let tickets = try JSONLIntake.records(in: Array(Data(contentsOf: input)), file: "in.jsonl").map { try $0.get() }
        for (d, t) in zip(decisions, tickets) {
            let plain = offline.triage(t)
            #expect(((d["answer"] as? [String: Any])?["text"] as? String) == plain.answer?.text)
            #expect((d["action"] as? String) == plain.action.rawValue)
        }
        #expect(!server.received().contains { $0.contains(Self.email) })
    }
}
