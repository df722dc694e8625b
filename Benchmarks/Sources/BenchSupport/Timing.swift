import Foundation

/// Timing helpers shared by the benchmark tools: clocks, medians of repeated runs after a warm-up, the data
/// folder. Foundation only, so a tool that depends on one TriageKit module alone stays quick to rebuild.
public enum Timing {
    /// CPU seconds used by this thread (what a piece of work cost, even on a machine busy with other work).
    public static func threadCPUSeconds() -> Double { cpuSeconds(CLOCK_THREAD_CPUTIME_ID) }

    /// CPU seconds used by this process, all threads.
    public static func processCPUSeconds() -> Double { cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) }

    private static func cpuSeconds(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Seconds since an arbitrary origin, monotonic.
    public static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// Runs `body` once to warm up, then `runs` times; returns the median duration in seconds of `clock`
    /// (wall time by default).
    public static func median(runs: Int = 5, clock: () -> Double = Timing.now, _ body: () throws -> Void) rethrows -> Double {
        try body()
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            let t0 = clock()
            try body()
            samples.append(clock() - t0)
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
