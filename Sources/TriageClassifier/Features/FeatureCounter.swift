/// Scratch space that counts feature occurrences in one text, in order of first appearance.
///
/// An open-addressing table reset through its list of touched slots, so counting is O(features) with no
/// sorting and the output order depends only on the text.
package struct FeatureCounter {
    private var slots: [Int32]
    private var counts: [Int32]
    private var mask: Int
    /// Features in order of first appearance.
    package private(set) var order: [Int32] = []
    private var touched: [Int] = []

    package init(capacity: Int = 1024) {
        var size = 64
        while size < capacity { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        counts = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds one occurrence of `feature`.
    @inline(__always)
    package mutating func add(_ feature: Int32) {
        if touched.count * 2 >= slots.count { grow() }
        var i = Int(UInt32(bitPattern: feature) &* 0x9E37_79B1) & mask
        while true {
            let s = slots[i]
            if s == feature { counts[i] += 1; return }
            if s < 0 {
                slots[i] = feature
                counts[i] = 1
                touched.append(i)
                order.append(feature)
                return
            }
            i = (i + 1) & mask
        }
    }

    /// The count of the `i`-th feature of ``order``.
    @inline(__always)
    package func count(at i: Int) -> Int32 { counts[touched[i]] }

    /// The count of `feature` (0 when absent).
    @inline(__always)
    package func count(of feature: Int32) -> Int32 {
        var i = Int(UInt32(bitPattern: feature) &* 0x9E37_79B1) & mask
        while true {
            let s = slots[i]
            if s == feature { return counts[i] }
            if s < 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    /// Forgets all counts.
    package mutating func reset() {
        for i in touched { slots[i] = -1; counts[i] = 0 }
        touched.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
    }

    private mutating func grow() {
        let features = order
        let cs = features.map { count(of: $0) }
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        counts = Array(repeating: 0, count: size)
        mask = size - 1
        touched.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        for (f, c) in zip(features, cs) {
            add(f)
            counts[touchedSlot(of: f)] = c
        }
    }

    private func touchedSlot(of feature: Int32) -> Int {
        var i = Int(UInt32(bitPattern: feature) &* 0x9E37_79B1) & mask
        while slots[i] != feature { i = (i + 1) & mask }
        return i
    }
}
