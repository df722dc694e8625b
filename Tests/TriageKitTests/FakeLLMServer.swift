import Foundation

/// Runs TriageLLM's local OpenAI-compatible test server (`Tests/TriageLLMTests/Fixtures/fake_openai.py`) on
/// 127.0.0.1 for one test; the request's `model` picks the scenario (`grounded`, `phone`, `badjson`, …).
final class FakeLLMServer: @unchecked Sendable {
    private let process = Process()
    let port: Int
    let logURL: URL

    init() throws {
        let script = repositoryRoot.appendingPathComponent("Tests/TriageLLMTests/Fixtures/fake_openai.py")
        logURL = FileManager.default.temporaryDirectory.appendingPathComponent("kit-fake-openai-\(UUID().uuidString).jsonl")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: Data())
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, logURL.path]
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
        let pid = process.processIdentifier
        if pid > 0 {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        try? FileManager.default.removeItem(at: logURL)
    }

    var endpoint: String { "http://127.0.0.1:\(port)/v1" }

    /// Every request the server received, as one JSON line each (`path`, `headers`, `body`).
    func received() -> [String] {
        guard let data = FileManager.default.contents(atPath: logURL.path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
