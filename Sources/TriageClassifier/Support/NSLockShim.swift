import Foundation

/// A small lock wrapper (Foundation's `NSLock`) used to collect results of parallel work.
package final class NSLockShim: @unchecked Sendable {
    // @unchecked: NSLock is thread-safe.
    private let lock = NSLock()
    package init() {}
    package func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
