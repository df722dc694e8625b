import Foundation

/// Starts the local OpenAI-compatible test server (`Tests/TriageLLMTests/Fixtures/fake_openai.py`) on
/// 127.0.0.1 (a free port) for one test, and reads back what it received. The request's `model` picks the
/// scenario (`grounded`, `phone`, `badjson`, …).
public final class FakeOpenAIServer: @unchecked Sendable {
    private let process = Process()
    /// The port the server listens on.
    public let port: Int
    private let logURL: URL

    /// The fixture script, found from this file's location in the repository.
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TriageLLMTests/Fixtures/fake_openai.py")

    public init() throws {
        logURL = FileManager.default.temporaryDirectory.appendingPathComponent("fake-openai-\(UUID().uuidString).jsonl")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: Data())
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script.path, logURL.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        var line = Data()
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data([0x0A]) { break }
            line.append(byte)
        }
        guard let p = Int(String(decoding: line, as: UTF8.self)) else {
            kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadCorruptFile)
        }
        port = p
    }

    deinit {
        // Process.waitUntilExit can stall under the test runner's thread pool: kill and reap directly.
        let pid = process.processIdentifier
        if pid > 0 {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        try? FileManager.default.removeItem(at: logURL)
    }

    /// The base URL of the chat-completions API.
    public var endpoint: String { "http://127.0.0.1:\(port)/v1" }

    /// Every request the server received, in order, one JSON line each (`path`, `headers`, `body`).
    public func received() -> [String] {
        guard let data = FileManager.default.contents(atPath: logURL.path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
