import Foundation

/// Wall-clock helpers shared by the comparison tools: medians of repeated runs after a warm-up.
public enum Timing {
    /// Seconds since an arbitrary origin, monotonic.
    public static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// Runs `body` once to warm up, then `runs` times; returns the median duration in seconds.
    public static func median(runs: Int = 5, _ body: () throws -> Void) rethrows -> Double {
        try body()
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            let t0 = now()
            try body()
            samples.append(now() - t0)
        }
        samples.sort()
        return samples[samples.count / 2]
    }

    /// The shared data directory (`$TRIAGE_DATA` or `../shared/data` above the current directory).
    public static func dataDirectory() -> URL? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["TRIAGE_DATA"], fm.fileExists(atPath: env) {
            return URL(fileURLWithPath: env)
        }
        var dir = URL(fileURLWithPath: fm.currentDirectoryPath)
        for _ in 0..<6 {
            let c = dir.appendingPathComponent("../shared/data").standardizedFileURL
            if fm.fileExists(atPath: c.path) { return c }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
}
