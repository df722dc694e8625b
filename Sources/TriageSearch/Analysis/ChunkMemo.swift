import Foundation

/// A bounded, thread-safe memo from text chunks (bytes between white space) to their terms, shared by
/// copies of a ``TermExtractor``.
///
/// Chunk → terms is a pure function of the analysis options, so the memo never changes a result; it
/// only spares the analyser the words a workload repeats (query words follow Zipf's law). Chunks are
/// keyed by their UTF-8 bytes in an open-addressing table (``ByteHash``, linear probing), so a hit costs
/// no string construction. Only short chunks are kept, and the table is emptied when it reaches
/// ``capacity`` entries, which bounds memory to a few megabytes. A caller holds the lock across its
/// lookups and lets go only to analyse a miss.
// @unchecked Sendable: the table is only read and written between `lock()` and `unlock()`.
final class ChunkMemo: @unchecked Sendable {
    /// Entries kept at most before the table is emptied.
    static let capacity = 32_768
    /// Longer chunks are analysed without the memo.
    static let maxChunkBytes = 48
    /// Slots of the table (a power of two, twice the capacity).
    private static let slotCount = 65_536
    private let mutex = NSLock()
    // The table is only touched under `mutex`, so the run-time exclusivity checks of class properties (one
    // per access, the memo's main cost) are left out.
    /// Entry of each slot, or -1; allocated on first use.
    @exclusivity(unchecked) private var slots: [Int32] = []
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    /// Entry `e`'s key is `keyBytes[keyStart[e] ..< keyStart[e + 1]]`.
    @exclusivity(unchecked) private var keyStart: [Int32] = [0]
    @exclusivity(unchecked) private var keyBytes: [UInt8] = []
    @exclusivity(unchecked) private var values: [[String]] = []

    @inline(__always) func lock() { mutex.lock() }
    @inline(__always) func unlock() { mutex.unlock() }

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 { ByteHash.hash(key) }

    /// The memoised terms of the chunk with UTF-8 bytes `key`, or `nil` (call between ``lock()`` and
    /// ``unlock()``).
    func terms(_ key: UnsafeBufferPointer<UInt8>) -> [String]? {
        if slots.isEmpty { return nil }
        let h = Self.hash(key)
        let mask = Self.slotCount - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[i])
            if e < 0 { return nil }
            if hashes[e] == h && equal(e, key) { return values[e] }
            i = (i + 1) & mask
        }
    }

    /// Remembers the terms of the chunk with UTF-8 bytes `key` (call between ``lock()`` and ``unlock()``).
    func remember(_ key: UnsafeBufferPointer<UInt8>, _ terms: [String]) {
        if slots.isEmpty || values.count >= Self.capacity {
            slots = [Int32](repeating: -1, count: Self.slotCount)
            hashes.removeAll(keepingCapacity: true)
            keyStart.removeAll(keepingCapacity: true)
            keyStart.append(0)
            keyBytes.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
        }
        let h = Self.hash(key)
        let mask = Self.slotCount - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] >= 0 {
            let e = Int(slots[i])
            if hashes[e] == h && equal(e, key) { return }
            i = (i + 1) & mask
        }
        slots[i] = Int32(values.count)
        hashes.append(h)
        keyBytes.append(contentsOf: key)
        keyStart.append(Int32(keyBytes.count))
        values.append(terms)
    }

    @inline(__always)
    private func equal(_ e: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStart[e]), end = Int(keyStart[e + 1])
        guard end - start == key.count else { return false }
        return keyBytes.withUnsafeBufferPointer { stored in
            var j = 0
            while j < key.count && stored[start + j] == key[j] { j += 1 }
            return j == key.count
        }
    }
}
