/// Where the canonical JSON writer puts its bytes: a `[UInt8]`, or the writer's own ``JSONByteBuffer``.
package protocol JSONByteSink {
    /// Appends one byte.
    mutating func append(_ byte: UInt8)
    /// Appends a run of bytes.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: JSONByteSink where Element == UInt8 {
    package mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

/// A growable byte buffer for the Decision writer: appends are a bounds check and a store, without the
/// uniqueness check every `Array.append` makes.
///
/// The buffer owns its memory but, being a plain struct, does not free it on its own: the one place that makes
/// a buffer (`CanonicalJSON`'s leaf writer) copies the bytes out and calls ``deallocate()`` exactly once. It is
/// never stored elsewhere or shared between threads.
package struct JSONByteBuffer: JSONByteSink {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    /// The last byte written, if any.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    @inline(__always)
    package mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    package mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n > 0, let source = bytes.baseAddress else { return }
        if count + n > capacity { grow(to: count + n) }
        if n <= 16 {
            // Short runs (keys, numbers, most words): a byte loop beats a call to memcpy.
            for i in 0..<n { base[count + i] = source[i] }
        } else {
            (base + count).update(from: source, count: n)
        }
        count += n
    }

    /// Appends a compact object member's key: a comma unless the object was just opened, then `"key":`, with one
    /// capacity check. `key` must be ASCII without characters that need escaping (the Decision's keys are).
    @inline(__always)
    mutating func appendMemberKey(_ key: StaticString) {
        let n = key.utf8CodeUnitCount
        if count + n + 4 > capacity { grow(to: count + n + 4) }
        if count == 0 || base[count - 1] != 0x7B {
            base[count] = 0x2C
            count += 1
        }
        base[count] = 0x22
        let source = key.utf8Start
        for i in 0..<n { base[count + 1 + i] = source[i] }
        base[count + 1 + n] = 0x22
        base[count + 2 + n] = 0x3A
        count += n + 3
    }

    /// Appends `n` copies of `byte`.
    mutating func append(repeating byte: UInt8, count n: Int) {
        guard n > 0 else { return }
        if count + n > capacity { grow(to: count + n) }
        (base + count).update(repeating: byte, count: n)
        count += n
    }

    private mutating func grow(to minimum: Int) {
        var size = capacity * 2
        while size < minimum { size *= 2 }
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        fresh.update(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = size
    }

    /// Calls `body` with the bytes written so far.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Frees the memory; the buffer must not be used afterwards.
    func deallocate() { base.deallocate() }
}
