/// Scratch space that counts feature occurrences in one text, in order of first appearance.
///
/// An open-addressing table from feature id to its position in flat ``features``/``counts``/``values`` lists,
/// reset through those lists, so counting is O(features) with no sorting and the output order depends only
/// on the text. Storage is manually allocated so the hot loop does no copy-on-write checks; one counter
/// belongs to one thread at a time (it is reference-typed scratch, never shared).
package final class FeatureCounter {
    @exclusivity(unchecked) private var slotFeature: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var slotPosition: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var tableSize: Int
    @exclusivity(unchecked) private var slotOf: UnsafeMutablePointer<Int32>
    /// Distinct features in order of first appearance (`count` valid entries).
    @exclusivity(unchecked) package private(set) var features: UnsafeMutablePointer<Int32>
    /// Occurrences of each of ``features``.
    @exclusivity(unchecked) package private(set) var counts: UnsafeMutablePointer<Int32>
    /// Free per-feature `Float` storage for the caller (feature values), `count` valid entries.
    @exclusivity(unchecked) package private(set) var values: UnsafeMutablePointer<Float>
    /// The number of distinct features counted.
    @exclusivity(unchecked) package private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    package init(capacity initial: Int = 512) {
        capacity = max(initial, 16)
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        tableSize = size
        slotFeature = .allocate(capacity: size)
        slotFeature.initialize(repeating: -1, count: size)
        slotPosition = .allocate(capacity: size)
        slotPosition.initialize(repeating: 0, count: size)
        slotOf = .allocate(capacity: capacity)
        features = .allocate(capacity: capacity)
        counts = .allocate(capacity: capacity)
        values = .allocate(capacity: capacity)
    }

    deinit {
        slotFeature.deallocate()
        slotPosition.deallocate()
        slotOf.deallocate()
        features.deallocate()
        counts.deallocate()
        values.deallocate()
    }

    @inline(__always)
    private static func home(_ feature: Int32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: UInt32(bitPattern: feature) &* 0x9E37_79B1) & mask
    }

    /// Adds one occurrence of `feature` (≥ 0).
    @inline(__always)
    package func add(_ feature: Int32) {
        let mask = tableSize &- 1
        var i = Self.home(feature, mask)
        while true {
            let s = slotFeature[i]
            if s == feature { counts[Int(slotPosition[i])] &+= 1; return }
            if s < 0 { insert(feature, slot: i); return }
            i = (i &+ 1) & mask
        }
    }

    /// Adds one occurrence of each non-negative id of `ids`, in order (negative ids are skipped); the same
    /// result as calling ``add(_:)`` for each, with the table pointers held in registers for the whole run.
    @inline(__always)
    package func add(contentsOf ids: UnsafeBufferPointer<Int32>) {
        guard let base = ids.baseAddress, !ids.isEmpty else { return }
        reserve(count &+ ids.count)
        let slotFeature = self.slotFeature, slotPosition = self.slotPosition, slotOf = self.slotOf
        let features = self.features, counts = self.counts
        let mask = tableSize &- 1
        var n = count
        for k in 0..<ids.count {
            let feature = base[k]
            if feature < 0 { continue }
            var i = Self.home(feature, mask)
            while true {
                let s = slotFeature[i]
                if s == feature { counts[Int(slotPosition[i])] &+= 1; break }
                if s < 0 {
                    slotFeature[i] = feature
                    slotPosition[i] = Int32(truncatingIfNeeded: n)
                    slotOf[n] = Int32(truncatingIfNeeded: i)
                    features[n] = feature
                    counts[n] = 1
                    n &+= 1
                    break
                }
                i = (i &+ 1) & mask
            }
        }
        count = n
    }

    /// Makes room for `total` distinct features without growing (lists and a table at most half full).
    @inline(__always)
    private func reserve(_ total: Int) {
        if total > capacity { growLists(to: total) }
        while total * 2 > tableSize { growTable() }
    }

    private func insert(_ feature: Int32, slot i: Int) {
        if count == capacity { growLists() }
        slotFeature[i] = feature
        slotPosition[i] = Int32(truncatingIfNeeded: count)
        slotOf[count] = Int32(truncatingIfNeeded: i)
        features[count] = feature
        counts[count] = 1
        count += 1
        if count * 2 > tableSize { growTable() }
    }

    /// The count of `feature` (0 when absent).
    package func count(of feature: Int32) -> Int32 {
        let mask = tableSize &- 1
        var i = Self.home(feature, mask)
        while true {
            let s = slotFeature[i]
            if s == feature { return counts[Int(slotPosition[i])] }
            if s < 0 { return 0 }
            i = (i &+ 1) & mask
        }
    }

    /// Forgets all counts.
    @inline(__always)
    package func reset() {
        // The pointers are read once: stores through them could otherwise alias the object's own fields.
        let slotFeature = self.slotFeature, slotOf = self.slotOf
        for k in 0..<count { slotFeature[Int(slotOf[k])] = -1 }
        count = 0
    }

    private func growLists(to minimum: Int = 0) {
        var newCapacity = capacity * 2
        while newCapacity < minimum { newCapacity *= 2 }
        func grown<T>(_ p: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
            let q = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
            q.moveInitialize(from: p, count: count)
            p.deallocate()
            return q
        }
        slotOf = grown(slotOf)
        features = grown(features)
        counts = grown(counts)
        values = grown(values)
        capacity = newCapacity
    }

    private func growTable() {
        slotFeature.deallocate()
        slotPosition.deallocate()
        tableSize *= 2
        slotFeature = .allocate(capacity: tableSize)
        slotFeature.initialize(repeating: -1, count: tableSize)
        slotPosition = .allocate(capacity: tableSize)
        slotPosition.initialize(repeating: 0, count: tableSize)
        let mask = tableSize - 1
        for k in 0..<count {
            var i = Self.home(features[k], mask)
            while slotFeature[i] >= 0 { i = (i + 1) & mask }
            slotFeature[i] = features[k]
            slotPosition[i] = Int32(truncatingIfNeeded: k)
            slotOf[k] = Int32(truncatingIfNeeded: i)
        }
    }
}
