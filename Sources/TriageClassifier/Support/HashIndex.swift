/// An open-addressing map from 64-bit keys to `Int32` values, stored in one flat array of (key, value) slots
/// so that a lookup touches one cache line.
///
/// Keys are expected to be hashes already (see ``Hashing``); the table re-mixes them for probing. Lookups do
/// no allocation. The table is a value type and is only mutated while a model is being built.
package struct HashIndex: Sendable, Hashable {
    private struct Slot: Sendable, Hashable {
        var key: UInt64
        var value: Int32
    }
    private var slots: [Slot]
    private var mask: Int
    /// The number of keys stored.
    package private(set) var count: Int = 0

    /// Creates an empty table sized for about `capacity` keys.
    package init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: -1), count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x5bd1_e995 : key }

    /// The value for `key`, or `-1`.
    @inline(__always)
    package func value(for key: UInt64) -> Int32 {
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: Hashing.mix(k)) & mask
        return slots.withUnsafeBufferPointer { table in
            while true {
                let slot = table[i]
                if slot.key == k { return slot.value }
                if slot.key == 0 { return -1 }
                i = (i &+ 1) & mask
            }
        }
    }

    /// Inserts `value` for `key` unless the key is present; returns the value now stored.
    @discardableResult
    package mutating func insert(_ key: UInt64, value: Int32) -> Int32 {
        if (count + 1) * 2 > slots.count { grow() }
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: Hashing.mix(k)) & mask
        while true {
            let probe = slots[i].key
            if probe == k { return slots[i].value }
            if probe == 0 {
                slots[i] = Slot(key: k, value: value)
                count += 1
                return value
            }
            i = (i + 1) & mask
        }
    }

    /// Calls `body(key, value)` for every entry (in table order).
    package func forEach(_ body: (UInt64, Int32) -> Void) {
        for slot in slots where slot.key != 0 { body(slot.key, slot.value) }
    }

    private mutating func grow() {
        let old = slots
        let size = slots.count * 2
        slots = Array(repeating: Slot(key: 0, value: -1), count: size)
        mask = size - 1
        count = 0
        for slot in old where slot.key != 0 { insert(slot.key, value: slot.value) }
    }
}
