import Foundation

/// A bounded, thread-safe memo from text chunks (bytes between white space) to their terms, shared by
/// copies of a ``TermExtractor``.
///
/// Chunk → terms is a pure function of the analysis options, so the memo never changes a result; it
/// only spares the analyser the words a workload repeats (query words follow Zipf's law). Only short
/// chunks are kept, and the table is emptied when it reaches ``capacity`` entries, which bounds memory
/// to a few megabytes. A caller holds the lock across its lookups and lets go only to analyse a miss.
// @unchecked Sendable: the table is only read and written between `lock()` and `unlock()`.
final class ChunkMemo: @unchecked Sendable {
    /// Entries kept at most before the table is emptied.
    static let capacity = 32_768
    /// Longer chunks are analysed without the memo.
    static let maxChunkBytes = 48
    private let mutex = NSLock()
    private var table: [String: [String]] = [:]

    @inline(__always) func lock() { mutex.lock() }
    @inline(__always) func unlock() { mutex.unlock() }

    /// The memoised terms of `chunk`, or `nil` (call between ``lock()`` and ``unlock()``).
    @inline(__always)
    func terms(_ chunk: String) -> [String]? { table[chunk] }

    /// Remembers the terms of `chunk` (call between ``lock()`` and ``unlock()``).
    func remember(_ chunk: String, _ terms: [String]) {
        if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
        table[chunk] = terms
    }
}
