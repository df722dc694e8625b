import Foundation

/// Starts `Fixtures/fake_openai.py` on 127.0.0.1 (a free port) for one test, and reads back what it received.
final class TestServer: @unchecked Sendable {
    let process = Process()
    let port: Int
    let logURL: URL

    init() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        logURL = FileManager.default.temporaryDirectory.appendingPathComponent("fake-openai-\(UUID().uuidString).jsonl")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: Data())
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", fixtures.appendingPathComponent("fake_openai.py").path, logURL.path]
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
            process.terminate()
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

    var endpoint: String { "http://127.0.0.1:\(port)/v1" }

    /// The request bodies the server received, in order, as JSON text.
    func receivedBodies() -> [String] {
        guard let data = FileManager.default.contents(atPath: logURL.path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
