import Foundation

/// Locates the project's shared public data sets (`../shared/data` beside the package, or `$TRIAGE_DATA`).
///
/// Used by tests and benchmarks only; the engine itself never reads these files.
package enum SharedData {
    /// The data directory, or `nil` when it is absent (tests then skip with a printed notice).
    package static var directory: URL? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["TRIAGE_DATA"], !env.isEmpty {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: env, isDirectory: &isDir), isDir.boolValue { return URL(fileURLWithPath: env) }
        }
        var dir = URL(fileURLWithPath: fm.currentDirectoryPath)
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("../shared/data").standardizedFileURL
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// `directory/relativePath` when the data directory and that entry exist; otherwise prints a skip notice and returns `nil`.
    package static func url(_ relativePath: String, notice: String = #function) -> URL? {
        guard let base = directory else {
            print("SKIP \(notice): shared data directory not found (set TRIAGE_DATA or place ../shared/data)")
            return nil
        }
        let url = base.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("SKIP \(notice): \(url.path) is missing")
            return nil
        }
        return url
    }
}
