import Foundation

/// A cache from raw text chunks (bytes between white space) to term ids, used while building a segment.
///
/// Open addressing over word-at-a-time multiplicative hashes with the keys in one byte arena, so a hit costs one hash and one
/// byte comparison and allocates nothing. Misses run the ``TermExtractor`` and intern the terms.
struct ChunkTermCache {
    private struct Entry {
        var hash: UInt64
        var keyStart: UInt32
        var keyLength: UInt32
        var termStart: UInt32
        var termCount: UInt32
    }

    private var slots: [Int32]
    private var mask: Int
    private var entries: [Entry] = []
    private var keyBytes: [UInt8] = []
    /// Term ids of all cached chunks, back to back.
    private(set) var termIDs: [UInt32] = []
    /// Interned terms: id → term.
    private(set) var terms: [String] = []
    private var vocabulary: [String: UInt32] = [:]
    private let extractor: TermExtractor
    /// Chunks stop being cached beyond this many entries (memory bound); they are still analysed.
    private let maxEntries = 2_000_000
    private var scratch: [UInt32] = []

    init(extractor: TermExtractor, capacity: Int = 1 << 16) {
        self.extractor = extractor
        var c = 1024
        while c < capacity { c <<= 1 }
        slots = Array(repeating: -1, count: c)
        mask = c - 1
    }

    /// The id of `term`, interning it if needed.
    mutating func intern(_ term: String) -> UInt32 {
        if let id = vocabulary[term] { return id }
        let id = UInt32(terms.count)
        vocabulary[term] = id
        terms.append(term)
        return id
    }

    /// A hash of `p[start..<end]`: eight bytes at a time, each word mixed by a multiply.
    @inline(__always)
    private static func hash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(end - start)
        var i = start
        guard let base = p.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        while i + 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < end {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < end {
                w |= UInt64(p[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ w) &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 29
        }
        return h
    }

    /// The number of interned terms.
    var termCount: Int { terms.count }

    /// Appends the term ids of every white-space separated chunk of `text` to `ids`.
    mutating func appendTerms(of text: UnsafeBufferPointer<UInt8>, to ids: inout [UInt32]) {
        var i = 0
        let n = text.count
        while i < n {
            while i < n && TermExtractor.isSpace(text[i]) { i += 1 }
            let start = i
            while i < n && !TermExtractor.isSpace(text[i]) { i += 1 }
            if i == start { break }
            let found = find(text, start, i)
            if found.count >= 0 {
                var j = found.start
                let e = found.start + found.count
                while j < e { ids.append(termIDs[j]); j += 1 }
            } else {
                withTerms(text, start, i) { ids.append(contentsOf: $0) }
            }
        }
    }

    /// The cached term-id range of a chunk, or `count == -1` when it is not cached.
    @inline(__always)
    private func find(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (start: Int, count: Int) {
        let h = Self.hash(p, start, end)
        let len = end - start
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[slot])
            if e < 0 { return (0, -1) }
            let entry = entries[e]
            if entry.hash == h && Int(entry.keyLength) == len && keyEquals(entry, p, start, len) {
                return (Int(entry.termStart), Int(entry.termCount))
            }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `body` with the term ids of chunk `p[start..<end]`.
    @inline(__always)
    mutating func withTerms(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ body: (UnsafeBufferPointer<UInt32>) -> Void) {
        let h = Self.hash(p, start, end)
        let len = end - start
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[slot])
            if e < 0 { break }
            let entry = entries[e]
            if entry.hash == h && Int(entry.keyLength) == len && keyEquals(entry, p, start, len) {
                termIDs.withUnsafeBufferPointer { ids in
                    body(UnsafeBufferPointer(rebasing: ids[Int(entry.termStart)..<Int(entry.termStart + entry.termCount)]))
                }
                return
            }
            slot = (slot + 1) & mask
        }
        // Miss: analyse the chunk.
        let chunk = String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
        scratch.removeAll(keepingCapacity: true)
        for t in extractor.chunkTerms(chunk) { scratch.append(intern(t)) }
        if entries.count < maxEntries {
            let entry = Entry(hash: h, keyStart: UInt32(keyBytes.count), keyLength: UInt32(len),
                              termStart: UInt32(termIDs.count), termCount: UInt32(scratch.count))
            keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<end]))
            termIDs.append(contentsOf: scratch)
            slots[slot] = Int32(entries.count)
            entries.append(entry)
            if entries.count * 2 > slots.count { grow() }
        }
        scratch.withUnsafeBufferPointer { body($0) }
    }

    private func keyEquals(_ entry: Entry, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ len: Int) -> Bool {
        keyBytes.withUnsafeBufferPointer { k in
            guard let kb = k.baseAddress, let pb = p.baseAddress else { return len == 0 }
            return memcmp(kb + Int(entry.keyStart), pb + start, len) == 0
        }
    }

    private mutating func grow() {
        let c = slots.count * 2
        slots = Array(repeating: -1, count: c)
        mask = c - 1
        for (i, e) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: e.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }
}
