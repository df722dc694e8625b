import Foundation

/// A fixed pool of worker threads that decide chunks of records in the background while the calling thread
/// reads ahead and writes results back in input order.
///
/// Exactly `jobs` threads decide records, whatever the input size; the calling thread only feeds chunks and
/// collects results, so `--jobs N` keeps N cores busy. At most `window` chunks are queued or finished but not
/// yet collected, which bounds memory.
final class ChunkPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    /// Chunks no worker has taken yet (at most the caller's read-ahead window, so removing from the front is
    /// cheap); a taken chunk leaves the queue at once, so its records are freed when its worker is done.
    private var queue: [(index: Int, records: ArraySlice<BatchRecord>)] = []
    private var results: [Int: ChunkOutput] = [:]
    private var closed = false
    private let group = DispatchGroup()

    /// Starts `jobs` worker threads that run `work` on every submitted chunk.
    init(jobs: Int, work: @escaping @Sendable (ArraySlice<BatchRecord>) -> ChunkOutput) {
        for _ in 0..<max(1, jobs) {
            DispatchQueue.global().async(group: group) { [self] in
                while let (index, records) = take() {
                    let output = work(records)
                    condition.lock()
                    results[index] = output
                    condition.broadcast()
                    condition.unlock()
                }
            }
        }
    }

    /// Queues chunk `index` (indices are submitted in increasing order from 0).
    func submit(_ index: Int, _ records: ArraySlice<BatchRecord>) {
        condition.lock()
        queue.append((index, records))
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for and removes the result of chunk `index`.
    func result(_ index: Int) -> ChunkOutput {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = results.removeValue(forKey: index) { return output }
            condition.wait()
        }
    }

    /// Drops the chunks no worker has started, lets the running ones finish, and stops the workers.
    func close() {
        condition.lock()
        closed = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
        group.wait()
    }

    /// The next queued chunk, or `nil` once the pipeline is closed.
    private func take() -> (Int, ArraySlice<BatchRecord>)? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if closed { return nil }
            if !queue.isEmpty { return queue.removeFirst() }
            condition.wait()
        }
    }
}
