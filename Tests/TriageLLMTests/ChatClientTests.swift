import Foundation
import Testing
import TriageTestSupport
import TriageLLM

/// Records back-off waits instead of sleeping, so retry tests run fast.
final class WaitRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var _waits: [Double] = []
    var waits: [Double] { lock.lock(); defer { lock.unlock() }; return _waits }
    func record(_ s: Double) { lock.lock(); _waits.append(s); lock.unlock() }
}

private func client(_ server: FakeOpenAIServer, stream: Bool = false, timeout: Double = 5, recorder: WaitRecorder? = nil) -> ChatCompletionsClient {
    var config = LLMConfiguration(endpoint: server.endpoint, model: "unused")
    config.stream = stream
    config.http.totalTimeout = timeout
    config.http.idleTimeout = timeout
    config.apiKeyEnvironmentVariable = "TRIAGE_TEST_KEY_THAT_IS_UNSET"
    let r = recorder
    return ChatCompletionsClient(configuration: config, sleeper: { r?.record($0) })
}

private func request(_ scenario: String) -> ChatRequest {
    ChatRequest(model: scenario + "#" + UUID().uuidString, messages: [
        ChatMessage(role: "system", content: "Answer from the passages."),
        ChatMessage(role: "user", content: "<passage id=\"kb-reset\">Open Settings and choose Reset password. It takes a minute.</passage>"),
    ])
}

@Suite("Chat completions client against a local test server")
struct ChatClientTests {
    @Test func normalReply() throws {
        let server = try FakeOpenAIServer()
        let reply = try client(server).complete(request("normal"))
        #expect(reply.content == "Hello from the test server.")
        #expect(reply.attempts == 1)
        let sent = server.received()
        #expect(sent.count == 1)
        #expect(sent[0].contains("\"temperature\": 0"))
    }

    @Test func streamingWithEventsSplitAcrossReads() throws {
        let server = try FakeOpenAIServer()
        final class Deltas: @unchecked Sendable { var parts: [String] = [] }
        let deltas = Deltas()
        let reply = try client(server, stream: true).complete(request("stream")) { deltas.parts.append($0) }
        #expect(reply.content == "Streaming reply. Open Settings and choose Reset password. [kb-reset]")
        #expect(deltas.parts.count > 3)
        #expect(deltas.parts.joined() == reply.content)
        #expect(reply.finishReason == "stop")
    }

    @Test func truncatedStreamIsAnError() throws {
        let server = try FakeOpenAIServer()
        #expect(throws: ChatError.self) { try client(server, stream: true).complete(request("truncated")) }
    }

    @Test func retryAfterIsHonoured() throws {
        let server = try FakeOpenAIServer()
        let waits = WaitRecorder()
        let reply = try client(server, recorder: waits).complete(request("retry429"))
        #expect(reply.attempts == 2)
        #expect(waits.waits == [1.0])
    }

    @Test func quotaExhaustedIsNotRetried() throws {
        let server = try FakeOpenAIServer()
        let waits = WaitRecorder()
        do {
            _ = try client(server, recorder: waits).complete(request("quota"))
            Issue.record("expected quotaExhausted")
        } catch {
            guard case .quotaExhausted = error else { Issue.record("got \(error)"); return }
        }
        #expect(waits.waits.isEmpty)
        #expect(server.received().count == 1)
    }

    @Test func serverErrorsBackOffThenSucceed() throws {
        let server = try FakeOpenAIServer()
        let waits = WaitRecorder()
        let reply = try client(server, recorder: waits).complete(request("flaky503"))
        #expect(reply.attempts == 3)
        #expect(waits.waits.count == 2)
        #expect(waits.waits[1] > waits.waits[0] * 0.9)  // exponential, with bounded jitter
        #expect(waits.waits.allSatisfy { $0 > 0 && $0 <= 4 })
    }

    @Test func clientErrorsAreNotRetried() throws {
        let server = try FakeOpenAIServer()
        do {
            _ = try client(server).complete(request("bad400"))
            Issue.record("expected a status error")
        } catch {
            guard case let .status(code, _, attempts) = error else { Issue.record("got \(error)"); return }
            #expect(code == 400)
            #expect(attempts == 1)
        }
    }

    @Test func hungServerTimesOut() throws {
        let server = try FakeOpenAIServer()
        var config = LLMConfiguration(endpoint: server.endpoint, model: "unused")
        config.http.totalTimeout = 1
        config.maxAttempts = 1
        let c = ChatCompletionsClient(configuration: config, sleeper: { _ in })
        let start = Date()
        do {
            _ = try c.complete(request("hang"))
            Issue.record("expected a time-out")
        } catch {
            guard case let .transport(http, _) = error, case .timeout = http else { Issue.record("got \(error)"); return }
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func malformedJSONIsReported() throws {
        let server = try FakeOpenAIServer()
        #expect(throws: ChatError.self) { try client(server).complete(request("badjson")) }
    }

    @Test func deadEndpointFailsCleanly() throws {
        var config = LLMConfiguration(endpoint: "http://127.0.0.1:9/v1", model: "m")
        config.maxAttempts = 2
        let c = ChatCompletionsClient(configuration: config, sleeper: { _ in })
        do {
            _ = try c.complete(request("normal"))
            Issue.record("expected a connection error")
        } catch {
            guard case let .transport(http, attempts) = error, case .connection = http else { Issue.record("got \(error)"); return }
            #expect(attempts == 2)
        }
    }

    @Test func apiKeyIsSentButNeverInErrors() throws {
        let server = try FakeOpenAIServer()
        var config = LLMConfiguration(endpoint: server.endpoint, model: "m")
        let keyFile = FileManager.default.temporaryDirectory.appendingPathComponent("key-\(UUID().uuidString)")
        try "sk-secret-123\n".write(to: keyFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: keyFile) }
        config.apiKeyEnvironmentVariable = "TRIAGE_TEST_KEY_THAT_IS_UNSET"
        config.apiKeyFile = keyFile.path
        let c = ChatCompletionsClient(configuration: config, sleeper: { _ in })
        do {
            _ = try c.complete(request("bad400"))
        } catch {
            #expect(!"\(error)".contains("sk-secret-123"))
        }
        #expect(server.received().first?.contains("Bearer sk-secret-123") == true)
    }
}

@Suite("Server-sent events parser")
struct ServerSentEventsTests {
    @Test func anySplitGivesTheSameEvents() {
        let stream = "data: {\"a\":\"é\"}\r\n\r\n: comment\n\ndata: line1\ndata: line2\n\nevent: x\ndata: [DONE]\n\n"
        let bytes = Array(stream.utf8)
        var whole = ServerSentEventParser()
        let expected = whole.feed(bytes)
        #expect(expected == ["{\"a\":\"é\"}", "line1\nline2", "[DONE]"])
        for size in 1...9 {
            var p = ServerSentEventParser()
            var got: [String] = []
            var i = 0
            while i < bytes.count {
                got += p.feed(Array(bytes[i..<min(bytes.count, i + size)]))
                i += size
            }
            #expect(got == expected, "chunk size \(size)")
        }
    }

    @Test func unterminatedEventSurfacesOnFinish() {
        var p = ServerSentEventParser()
        #expect(p.feed(Array("data: partial".utf8)).isEmpty)
        #expect(p.finish() == "partial")
    }
}

@Suite("Request accounting")
struct RequestAccountingTests {
    @Test func everyTransferIsCountedOnItsThread() throws {
        let server = try FakeOpenAIServer()
        let before = CurlHTTPClient.requestsOnCurrentThread
        _ = try? ChatCompletionsClient(configuration: LLMConfiguration(endpoint: server.endpoint, model: "normal"), sleeper: { _ in })
            .complete(ChatRequest(model: "normal", messages: [ChatMessage(role: "user", content: "hi")]))
        #expect(CurlHTTPClient.requestsOnCurrentThread == before + 1)
    }
}
