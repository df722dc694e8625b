/// An open-addressing map from 64-bit keys to `Int32` values, stored in two flat arrays.
///
/// Keys are expected to be hashes already (see ``Hashing``); the table re-mixes them for probing. Lookups do
/// no allocation. The table is a value type and is only mutated while a model is being built.
package struct HashIndex: Sendable, Hashable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    /// The number of keys stored.
    package private(set) var count: Int = 0

    /// Creates an empty table sized for about `capacity` keys.
    package init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x5bd1_e995 : key }

    /// The value for `key`, or `-1`.
    @inline(__always)
    package func value(for key: UInt64) -> Int32 {
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: Hashing.mix(k)) & mask
        return keys.withUnsafeBufferPointer { ks in
            while true {
                let probe = ks[i]
                if probe == k { return values[i] }
                if probe == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    /// Inserts `value` for `key` unless the key is present; returns the value now stored.
    @discardableResult
    package mutating func insert(_ key: UInt64, value: Int32) -> Int32 {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: Hashing.mix(k)) & mask
        while true {
            let probe = keys[i]
            if probe == k { return values[i] }
            if probe == 0 {
                keys[i] = k
                values[i] = value
                count += 1
                return value
            }
            i = (i + 1) & mask
        }
    }

    /// Calls `body(key, value)` for every entry (in table order).
    package func forEach(_ body: (UInt64, Int32) -> Void) {
        for (k, v) in zip(keys, values) where k != 0 { body(k, v) }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { insert(k, value: v) }
    }
}
