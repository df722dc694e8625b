import Foundation

/// A cache from raw text chunks (bytes between white space) to term ids, used while building a segment.
///
/// Open addressing with the entries in the table itself: a slot holds the chunk's first eight bytes, its
/// length and hash, and its term ids (the id itself when there is one), so a hit on a chunk of up to
/// eight bytes reads one slot and nothing else. Longer keys keep their remaining bytes in one arena.
/// Misses run the ``TermExtractor`` and intern the terms.
struct ChunkTermCache {
    private struct Slot {
        /// The first (up to) eight bytes of the chunk, little-endian, zero-padded.
        var key8: UInt64 = 0
        /// Start of bytes 8... of the chunk in `keyBytes`.
        var keyStart: UInt32 = 0
        /// The term id when `count == 1`, else the start of the ids in `termIDs`.
        var term: UInt32 = 0
        var hash: UInt32 = 0
        var count: UInt16 = 0
        /// Chunk length in bytes; 0 marks an empty slot.
        var length: UInt16 = 0
    }

    private var slots: [Slot]
    private var mask: Int
    private var entries = 0
    private var keyBytes: [UInt8] = []
    /// Term ids of cached chunks with several terms, back to back.
    private var termIDs: [UInt32] = []
    /// Interned terms: id → term.
    private(set) var terms: [String] = []
    private var vocabulary: [String: UInt32] = [:]
    private let extractor: TermExtractor
    /// Chunks stop being cached beyond this many entries (memory bound); they are still analysed.
    private let maxEntries = 1 << 19
    private var scratch: [UInt32] = []

    init(extractor: TermExtractor, capacity: Int = 1 << 14) {
        self.extractor = extractor
        var c = 1024
        while c < capacity { c <<= 1 }
        slots = Array(repeating: Slot(), count: c)
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

    /// The number of interned terms.
    var termCount: Int { terms.count }

    /// The first eight bytes (zero-padded) and a hash of `p[start..<end]`: eight bytes at a time, each
    /// word mixed by a multiply.
    @inline(__always)
    private static func digest(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (key8: UInt64, hash: UInt32) {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(end - start)
        var i = start
        var key8: UInt64 = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if i == start { key8 = w }
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
            if end - start < 8 { key8 = w }
            h = (h ^ w) &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 29
        }
        return (key8, UInt32(truncatingIfNeeded: h ^ (h >> 32)))
    }

    /// Appends the term ids of every white-space separated chunk of `text` to `ids`.
    mutating func appendTerms(of text: UnsafeBufferPointer<UInt8>, to ids: inout [UInt32]) {
        guard let p = text.baseAddress else { return }
        var i = 0
        let n = text.count
        while i < n {
            while i < n && TermExtractor.isSpace(p[i]) { i += 1 }
            let start = i
            while i < n && !TermExtractor.isSpace(p[i]) { i += 1 }
            if i == start { break }
            lookup(p, start, i, into: &ids)
        }
    }

    /// Appends the term ids of chunk `p[start..<end]` to `ids`, analysing it on a miss.
    @inline(__always)
    private mutating func lookup(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, into ids: inout [UInt32]) {
        let len = end - start
        let (key8, h) = Self.digest(p, start, end)
        var index = Int(h) & mask
        while true {
            let s = slots[index]
            if s.length == 0 { break }
            if s.hash == h && Int(s.length) == len && s.key8 == key8 && (len <= 8 || restEquals(s, p, start + 8, len - 8)) {
                if s.count == 1 {
                    ids.append(s.term)
                } else if s.count > 1 {
                    let from = Int(s.term)
                    ids.append(contentsOf: termIDs[from..<(from + Int(s.count))])
                }
                return
            }
            index = (index + 1) & mask
        }
        // Miss: analyse the chunk.
        let chunk = String(decoding: UnsafeBufferPointer(start: p + start, count: len), as: UTF8.self)
        scratch.removeAll(keepingCapacity: true)
        for t in extractor.chunkTerms(chunk) { scratch.append(intern(t)) }
        ids.append(contentsOf: scratch)
        guard entries < maxEntries, len <= Int(UInt16.max), scratch.count <= Int(UInt16.max),
              keyBytes.count + len < Int(UInt32.max), termIDs.count + scratch.count < Int(UInt32.max) else { return }
        var slot = Slot(key8: key8, keyStart: UInt32(keyBytes.count), term: 0, hash: h,
                        count: UInt16(scratch.count), length: UInt16(len))
        if len > 8 { keyBytes.append(contentsOf: UnsafeBufferPointer(start: p + start + 8, count: len - 8)) }
        if scratch.count == 1 {
            slot.term = scratch[0]
        } else {
            slot.term = UInt32(termIDs.count)
            termIDs.append(contentsOf: scratch)
        }
        slots[index] = slot
        entries += 1
        if entries * 2 > slots.count { grow() }
    }

    private func restEquals(_ s: Slot, _ p: UnsafePointer<UInt8>, _ start: Int, _ len: Int) -> Bool {
        keyBytes.withUnsafeBufferPointer { k in
            guard let kb = k.baseAddress, Int(s.keyStart) + len <= k.count else { return false }
            return memcmp(kb + Int(s.keyStart), p + start, len) == 0
        }
    }

    private mutating func grow() {
        let old = slots
        let c = old.count * 2
        slots = Array(repeating: Slot(), count: c)
        mask = c - 1
        for s in old where s.length != 0 {
            var index = Int(s.hash) & mask
            while slots[index].length != 0 { index = (index + 1) & mask }
            slots[index] = s
        }
    }
}
