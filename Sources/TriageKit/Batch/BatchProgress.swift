import Foundation

/// A one-line progress display on standard error (count, rate, ETA), redrawn at most 4 times a second and
/// only when standard error is a terminal.
struct BatchProgress {
    let enabled: Bool
    let start = DispatchTime.now().uptimeNanoseconds
    var last: UInt64 = 0

    init(enabled: Bool) {
        self.enabled = enabled && isatty(2) == 1
    }

    mutating func update(records: Int, done: UInt64, total: UInt64, final: Bool = false) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard final || now - last > 250_000_000 else { return }
        last = now
        let seconds = max(1e-9, Double(now - start) / 1e9)
        let rate = Double(records) / seconds
        var line = "\r\(records) records  \(Int(rate))/s"
        if total > 0 && done > 0 && done <= total {
            let fraction = Double(done) / Double(total)
            let eta = Int(seconds / fraction * (1 - fraction))
            line += "  \(Int(fraction * 100))%  ETA \(eta / 60):" + String(format: "%02d", eta % 60)
        }
        line += "   "
        if final { line += "\n" }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
