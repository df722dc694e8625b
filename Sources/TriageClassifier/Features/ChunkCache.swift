/// Pre-analysed chunks: for each distinct training chunk, its word-term hashes and its resolved character
/// feature ids, in flat arrays.
package struct ChunkCache: Sendable, Hashable {
    package var index = HashIndex()
    package var keys: [UInt64] = []
    package var wordStart: [Int32] = [0]
    package var wordHashes: [UInt64] = []
    package var charStart: [Int32] = [0]
    package var charIDs: [Int32] = []

    package init() {}

    package var count: Int { keys.count }

    /// Appends an entry for `key`; returns its index.
    @discardableResult
    package mutating func append(key: UInt64, words: [UInt64], chars: [Int32]) -> Int32 {
        let id = Int32(keys.count)
        keys.append(key)
        wordHashes.append(contentsOf: words)
        wordStart.append(Int32(wordHashes.count))
        charIDs.append(contentsOf: chars)
        charStart.append(Int32(charIDs.count))
        index.insert(key, value: id)
        return id
    }

    /// Rebuilds ``index`` from ``keys`` (after loading).
    package mutating func rebuildIndex() {
        index = HashIndex(capacity: keys.count)
        for (i, k) in keys.enumerated() { index.insert(k, value: Int32(i)) }
    }
}
