import TriageText

/// Where the canonical JSON writer puts its bytes: a `[UInt8]`, or the writer's own ``JSONByteBuffer``.
package protocol JSONByteSink {
    /// Appends one byte.
    mutating func append(_ byte: UInt8)
    /// Appends a run of bytes.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
    /// Appends `bytes` as a JSON string literal (see ``CanonicalJSON/quote(_:into:)``).
    mutating func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension JSONByteSink {
    package mutating func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>) {
        CanonicalJSON.quoteBytes(bytes, into: &self)
    }
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

    package init(capacity: Int) {
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
            // Short runs (keys, numbers, most words): a few word moves beat a call to memcpy.
            Self.copyShort(source, to: base + count, count: n)
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
        Self.copyShort(key.utf8Start, to: base + count + 1, count: n)
        base[count + 1 + n] = 0x22
        base[count + 2 + n] = 0x3A
        count += n + 3
    }

    /// Appends `bytes` as a JSON string literal (see ``CanonicalJSON/quote(_:into:)``): `"`, `\\` and control
    /// characters escaped, U+2028/2029 as `\u2028`/`\u2029`, everything else as is. One pass that copies eight
    /// bytes at a time while none of them needs escaping.
    package mutating func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        // Room for the common case (nothing escaped); every escape makes sure of room for the rest again.
        if count + n + 2 > capacity { grow(to: count + n + 2) }
        base[count] = 0x22
        count += 1
        guard let source = bytes.baseAddress else {
            base[count] = 0x22
            count += 1
            return
        }
        var i = 0
        // Output written since source index `verbatim` is a plain copy of the source (no escape since then), so
        // a source byte j >= verbatim sits at output position `count - (i - j)`.
        var verbatim = 0
        while i < n {
            if i + 16 <= n {
                // Two words, one branch.
                let a = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
                let b = UnsafeRawPointer(source + i).loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                if CanonicalJSON.lookBits(a) | CanonicalJSON.lookBits(b) == 0 {
                    UnsafeMutableRawPointer(base + count).storeBytes(of: a, as: UInt64.self)
                    UnsafeMutableRawPointer(base + count).storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
                    count += 16
                    i += 16
                    continue
                }
            }
            if i + 8 <= n {
                let w = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
                let look = CanonicalJSON.lookBits(w)
                // The whole word is stored either way (there is room for the rest of the text); only the bytes
                // before the first one that needs a look are kept. The lowest flagged bit is exact: the
                // zero-byte tests can only misflag bytes above a real match.
                UnsafeMutableRawPointer(base + count).storeBytes(of: w, as: UInt64.self)
                if look == 0 {
                    count += 8
                    i += 8
                    continue
                }
                let clean = ByteWords.first(look)
                count += clean
                i += clean
            } else if n - 8 >= verbatim {
                // The tail (under eight bytes): the source's last eight bytes at once when none needs a look,
                // rewriting the already copied bytes before the tail with themselves.
                let w = UnsafeRawPointer(source + (n - 8)).loadUnaligned(as: UInt64.self)
                if !CanonicalJSON.wordNeedsLook(w) {
                    UnsafeMutableRawPointer(base + (count - (i - (n - 8)))).storeBytes(of: w, as: UInt64.self)
                    count += n - i
                    i = n
                    continue
                }
            }
            let b = source[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 {
                base[count] = b
                count += 1
                i += 1
                continue
            }
            // An escape writes at most six bytes for the one or three it reads.
            if count + (n - i) + 8 > capacity { grow(to: count + (n - i) + 8) }
            if b == 0xE2 {
                if i + 2 < n, source[i + 1] == 0x80, source[i + 2] == 0xA8 || source[i + 2] == 0xA9 {
                    base[count] = 0x5C
                    base[count + 1] = 0x75
                    base[count + 2] = 0x32
                    base[count + 3] = 0x30
                    base[count + 4] = 0x32
                    base[count + 5] = source[i + 2] == 0xA8 ? 0x38 : 0x39
                    count += 6
                    i += 3
                    verbatim = i
                } else {
                    base[count] = b
                    count += 1
                    i += 1
                }
                continue
            }
            base[count] = 0x5C
            switch b {
            case 0x22: base[count + 1] = 0x22; count += 2
            case 0x5C: base[count + 1] = 0x5C; count += 2
            case 0x0A: base[count + 1] = 0x6E; count += 2
            case 0x0D: base[count + 1] = 0x72; count += 2
            case 0x09: base[count + 1] = 0x74; count += 2
            default:
                let hex: StaticString = "0123456789abcdef"
                let h = hex.utf8Start
                base[count + 1] = 0x75
                base[count + 2] = 0x30
                base[count + 3] = 0x30
                base[count + 4] = h[Int(b >> 4)]
                base[count + 5] = h[Int(b & 0x0F)]
                count += 6
            }
            i += 1
            verbatim = i
        }
        if count + 1 > capacity { grow(to: count + 1) }
        base[count] = 0x22
        count += 1
    }

    /// Copies `n` bytes with word-sized moves: eight bytes at a time, then the last eight (or, under eight
    /// bytes, the first and last four) overlapping what was already copied. Reads and writes stay within the
    /// `n` bytes of each side.
    @inline(__always)
    static func copyShort(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count n: Int) {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(target)
        if n >= 8 {
            var i = 0
            while i + 8 <= n {
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: i, as: UInt64.self)
                i += 8
            }
            if i < n {
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self), toByteOffset: n - 8,
                              as: UInt64.self)
            }
        } else if n >= 4 {
            to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self), toByteOffset: n - 4,
                          as: UInt32.self)
        } else {
            for i in 0..<n { target[i] = source[i] }
        }
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
    package func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Frees the memory; the buffer must not be used afterwards.
    package func deallocate() { base.deallocate() }
}
