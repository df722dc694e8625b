import Foundation

/// An open-addressing hash table from token bytes to their analysed terms, for ``TermMemo``.
///
/// Keys are the tokens' UTF-8 bytes, so a lookup hashes bytes in place: no `String` is made and no
/// SipHash is run per token. A slot is 16 bytes: the key's first 8 bytes, 16 bits of its hash, its length,
/// its number of terms and its first term, so looking up a token of at most 8 bytes with at most one term
/// (most words; stop words have none) reads one slot; longer keys keep their tail in an arena, further
/// terms in ``values``. Terms are packed as `id << 1 | 1` when the term is a domain token (not a plain word).
///
/// - Complexity: expected O(ℓ) per lookup or insert for a token of ℓ bytes; the table doubles at ½ load.
struct TokenTable {
    /// A token's terms: `first` when `count == 1`, else `values[start..<start + count]`.
    struct Terms {
        var first: Int32
        var start: Int32
        var count: Int32
    }

    private struct Slot {
        var prefix: UInt64 = 0
        var first: Int32 = 0
        var tag: UInt16 = 0
        /// Key length + 1 (saturating at 255, then the tail is compared); 0 for an empty slot.
        var length: UInt8 = 0
        /// Number of terms (saturating at 255, then read from `extra`).
        var count: UInt8 = 0
    }

    /// Where a held key's tail and terms lie (for keys over 8 bytes or with several terms).
    private struct Extra {
        var tailStart: Int32
        var length: Int32
        var start: Int32
        var count: Int32
    }

    private var slots: [Slot] = []
    /// Entry number of each slot (parallel to `slots`), indexing `extras`.
    private var entryOf: [Int32] = []
    private var extras: [Extra] = []
    private var arena: [UInt8] = []
    /// Packed terms of tokens with more than one term.
    private(set) var values: [Int32] = []
    /// Number of tokens held.
    var count: Int { extras.count }

    mutating func removeAll() {
        for i in slots.indices { slots[i] = Slot() }
        extras.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    /// The first (up to) 8 bytes, little-endian, zero-padded.
    @inline(__always)
    static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var p: UInt64 = 0
        for i in 0..<min(8, key.count) { p |= UInt64(key[i]) << (8 * UInt64(i)) }
        return p
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// ``hash(_:)`` and ``prefix(_:)`` in one pass over the bytes.
    @inline(__always)
    static func hashAndPrefix(_ key: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, prefix: UInt64) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var p: UInt64 = 0
        for i in 0..<key.count {
            let b = key[i]
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            if i < 8 { p |= UInt64(b) << (8 * UInt64(i)) }
        }
        return (h ^ (h >> 29), p)
    }

    @inline(__always)
    private static func tag(_ h: UInt64) -> UInt16 { UInt16(truncatingIfNeeded: h >> 48) }

    @inline(__always)
    private static func lengthCode(_ n: Int) -> UInt8 { UInt8(min(255, n + 1)) }

    /// The terms of `key`, if held.
    func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64, prefix p: UInt64) -> Terms? {
        guard !slots.isEmpty else { return nil }
        let t = TokenTable.tag(h)
        let code = TokenTable.lengthCode(key.count)
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: h) & mask
            while true {
                let slot = slots[s]
                if slot.length == 0 { return nil }
                if slot.prefix == p && slot.tag == t && slot.length == code { return s }
                s = (s + 1) & mask
            }
        }
        guard let f = found else { return nil }
        let slot = slots[f]
        if key.count <= 8 && slot.count < 2 { return Terms(first: slot.first, start: 0, count: Int32(slot.count)) }
        let extra = extras[Int(entryOf[f])]
        if key.count > 8 {
            guard Int(extra.length) == key.count, sameTail(Int(extra.tailStart), key) else {
                return findSlow(key, hash: h, prefix: p, after: f)
            }
        }
        return Terms(first: slots[f].first, start: extra.start, count: extra.count)
    }

    /// Continues probing after a slot whose first 8 bytes, tag and length code matched but not the tail.
    private func findSlow(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64, prefix p: UInt64, after f: Int) -> Terms? {
        let t = TokenTable.tag(h)
        let code = TokenTable.lengthCode(key.count)
        let mask = slots.count - 1
        var s = (f + 1) & mask
        while slots[s].length != 0 {
            let slot = slots[s]
            if slot.prefix == p && slot.tag == t && slot.length == code {
                let extra = extras[Int(entryOf[s])]
                if Int(extra.length) == key.count && sameTail(Int(extra.tailStart), key) {
                    return Terms(first: slot.first, start: extra.start, count: extra.count)
                }
            }
            s = (s + 1) & mask
        }
        return nil
    }

    /// Whether the arena at `start` holds `key`'s bytes after the first 8.
    private func sameTail(_ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            guard let a = arena.baseAddress, let k = key.baseAddress else { return false }
            return memcmp(a + start, k + 8, key.count - 8) == 0
        }
    }

    /// Adds `key` (not yet held) with its packed terms.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64, prefix p: UInt64, terms: [Int32]) -> Terms {
        if (count + 1) * 2 > slots.count { grow() }
        let result = Terms(first: terms.first ?? 0, start: Int32(values.count), count: Int32(terms.count))
        extras.append(Extra(tailStart: Int32(arena.count), length: Int32(key.count), start: result.start,
                            count: result.count))
        hashes.append(h)
        if key.count > 8 { arena.append(contentsOf: UnsafeBufferPointer(rebasing: key[8...])) }
        if terms.count > 1 { values.append(contentsOf: terms) }
        let slot = Slot(prefix: p, first: result.first, tag: TokenTable.tag(h), length: TokenTable.lengthCode(key.count),
                        count: UInt8(min(255, terms.count)))
        place(slot, entry: Int32(extras.count - 1), hash: h)
        return result
    }

    private mutating func place(_ slot: Slot, entry: Int32, hash h: UInt64) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s].length != 0 { s = (s + 1) & mask }
        slots[s] = slot
        entryOf[s] = entry
    }

    private mutating func grow() {
        let oldSlots = slots
        let oldEntries = entryOf
        let size = max(4096, oldSlots.count * 2)
        slots = [Slot](repeating: Slot(), count: size)
        entryOf = [Int32](repeating: 0, count: size)
        for (s, slot) in oldSlots.enumerated() where slot.length != 0 {
            place(slot, entry: oldEntries[s], hash: hashes[Int(oldEntries[s])])
        }
    }

    /// Each entry's full hash (for rehashing on growth).
    private var hashes: [UInt64] = []
}
