/// A growable list of plain values in manually managed storage, for per-thread scratch space: appends do no
/// uniqueness check or copy-on-write, and ``removeAll()`` keeps the storage.
///
/// Not a value type in spirit: copies share storage. It lives inside one reference-typed scratch object
/// (``TextVectorizer/Scratch``), which frees it with ``deallocate()`` in its `deinit`.
package struct ScratchList<Element: BitwiseCopyable> {
    /// The first element.
    package private(set) var base: UnsafeMutablePointer<Element>
    /// The number of elements.
    package private(set) var count = 0
    private var capacity: Int

    package init(capacity: Int = 64) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    /// The elements.
    @inline(__always)
    package var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    /// Forgets the elements (keeps the storage).
    @inline(__always)
    package mutating func removeAll() { count = 0 }

    /// Forgets the elements and makes room for `minimum` of them, for a caller that writes through ``base``
    /// (the storage beyond ``count`` is uninitialised).
    @inline(__always)
    package mutating func removeAll(reservingCapacity minimum: Int) {
        count = 0
        if minimum > capacity { grow(to: minimum) }
    }

    @inline(__always)
    package mutating func append(_ element: Element) {
        if count == capacity { grow(to: count &+ 1) }
        base[count] = element
        count &+= 1
    }

    @inline(__always)
    package mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        if count &+ elements.count > capacity { grow(to: count &+ elements.count) }
        (base + count).update(from: source, count: elements.count)
        count &+= elements.count
    }

    private mutating func grow(to minimum: Int) {
        var newCapacity = capacity * 2
        while newCapacity < minimum { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    /// Frees the storage; the list must not be used afterwards.
    package func deallocate() { base.deallocate() }
}
