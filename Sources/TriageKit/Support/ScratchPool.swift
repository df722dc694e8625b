import Foundation

/// Reusable per-call work buffers for an object that many threads call at once (the engine's classifier
/// scratch): a call takes a buffer from the pool, or makes one when none is free, and gives it back after.
///
/// At most `capacity` idle buffers are kept, so memory stays bounded by the number of threads that ever ran
/// at the same time. Buffers carry no results between calls: every user must fully reset what it reads.
final class ScratchPool<Scratch>: @unchecked Sendable {
    // @unchecked: `idle` is only touched under `lock`; a buffer taken out is owned by one thread until returned.
    private let lock = NSLock()
    private var idle: [Scratch] = []
    private let capacity: Int

    init(capacity: Int = 16) {
        self.capacity = capacity
    }

    /// Runs `body` with a buffer from the pool (or a new one from `make`) and returns the buffer afterwards.
    func with<R>(make: () -> Scratch, _ body: (inout Scratch) throws -> R) rethrows -> R {
        // The buffer is moved out of the pool (never bound to a second variable), so it stays uniquely
        // referenced and the body's writes do not copy it.
        var buffer: Scratch
        lock.lock()
        if idle.isEmpty {
            lock.unlock()
            buffer = make()
        } else {
            buffer = idle.removeLast()
            lock.unlock()
        }
        defer {
            lock.lock()
            if idle.count < capacity { idle.append(buffer) }
            lock.unlock()
        }
        return try body(&buffer)
    }
}
