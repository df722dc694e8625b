import Dispatch
import Foundation

/// Runs independent jobs on several threads and returns their results in job order, so the output is
/// the same whatever the scheduling.
enum Parallel {
    /// The number of worker threads for `requested` (`0` = every active processor).
    static func threads(_ requested: Int) -> Int {
        requested > 0 ? requested : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// `(0..<count).map(body)`, evaluated concurrently.
    static func map<T>(_ count: Int, threads: Int, _ body: (Int) -> T) -> [T] {
        if count <= 1 || threads <= 1 { return (0..<count).map(body) }
        let box = ResultBox<T>(count: count)
        withoutActuallyEscaping(body) { body in
            let run = UnsafeSendable(body)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                box.set(i, run.value(i))
            }
        }
        return box.values()
    }
}

/// Results written by concurrent jobs, one slot each.
// @unchecked because every slot is written by exactly one job under the lock.
private final class ResultBox<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }
    func values() -> [T] { slots.compactMap { $0 } }
}

/// A value handed to concurrent jobs that only read it.
// @unchecked because the wrapped closure reads shared immutable inputs only.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
