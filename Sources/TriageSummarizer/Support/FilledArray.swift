extension Array {
    /// `count` copies of `value`: the same array as `Array(repeating: value, count: count)`, allocated
    /// through `reserveCapacity`.
    ///
    /// `Array(repeating:count:)` (like `Array(unsafeUninitializedCapacity:initializingWith:)`) allocates
    /// through a standard-library entry point that is not inlined and looks up the storage class's generic
    /// metadata on every call (several hundred instructions); `reserveCapacity` is inlined and specialised,
    /// so small per-call arrays cost a fraction of that.
    ///
    /// - Complexity: O(`count`).
    @inlinable
    static func filled(_ value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        guard count > 0 else { return array }
        array.reserveCapacity(count)
        for _ in 0..<count { array.append(value) }
        return array
    }
}
