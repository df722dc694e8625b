import Foundation

/// The `triage` executable for tests that run a real process (kill tests): `$TRIAGE_BIN`, or the one built
/// next to the test bundle by `swift build`/`swift test`.
public enum TriageExecutable {
    /// Its location, or `nil` when it has not been built.
    public static func url() -> URL? {
        if let env = ProcessInfo.processInfo.environment["TRIAGE_BIN"] { return URL(fileURLWithPath: env) }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("triage")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
}
