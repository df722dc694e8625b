import Foundation

/// Finds the workspace a command should load: the given path, else `Corpus` in the current directory, else the
/// `Corpus` folder of the source tree this binary was built from (so `swift run triage demo` works anywhere).
enum DefaultWorkspace {
    static func url(_ path: String?) -> URL {
        if let path { return URL(fileURLWithPath: path) }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Corpus")
        if FileManager.default.fileExists(atPath: here.appendingPathComponent("triage.yml").path) { return here }
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus")
        return source
    }
}
