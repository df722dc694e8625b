/// Little-endian binary writer for model files.
package struct BinaryWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    package mutating func write(_ value: Float) { write(value.bitPattern) }
    package mutating func write(_ value: Double) { write(value.bitPattern) }

    /// Writes a count followed by the raw little-endian elements (this format assumes a little-endian host).
    package mutating func write<T: BitwiseCopyable>(array: [T]) {
        write(UInt64(array.count))
        array.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// Writes a count followed by the raw little-endian elements of `buffer`.
    package mutating func write<T: BitwiseCopyable>(buffer: UnsafeBufferPointer<T>) {
        write(UInt64(buffer.count))
        bytes.append(contentsOf: UnsafeRawBufferPointer(buffer))
    }

    package mutating func write(string: String) {
        write(array: Array(string.utf8))
    }

    package mutating func write(strings: [String]) {
        write(UInt64(strings.count))
        var lengths: [UInt32] = []
        var blob: [UInt8] = []
        for s in strings {
            lengths.append(UInt32(s.utf8.count))
            blob.append(contentsOf: s.utf8)
        }
        write(array: lengths)
        write(array: blob)
    }
}

/// Bounds-checked little-endian reader; every overrun throws ``ModelFileError/truncated(path:)``.
package struct BinaryReader {
    private let bytes: [UInt8]
    package private(set) var offset: Int
    private let end: Int
    private let path: String

    package init(_ bytes: [UInt8], range: Range<Int>, path: String) {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
        self.path = path
    }

    package var isAtEnd: Bool { offset == end }

    private mutating func take(_ n: Int) throws(ModelFileError) -> Range<Int> {
        guard n >= 0, n <= end - offset else { throw ModelFileError.truncated(path: path) }
        defer { offset += n }
        return offset..<(offset + n)
    }

    package mutating func read<T: FixedWidthInteger>(_: T.Type) throws(ModelFileError) -> T {
        let r = try take(MemoryLayout<T>.size)
        var v: T = 0
        withUnsafeMutableBytes(of: &v) { dst in
            bytes.withUnsafeBytes { src in dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[r])) }
        }
        return T(littleEndian: v)
    }

    package mutating func readFloat() throws(ModelFileError) -> Float { Float(bitPattern: try read(UInt32.self)) }
    package mutating func readDouble() throws(ModelFileError) -> Double { Double(bitPattern: try read(UInt64.self)) }

    package mutating func readArray<T: BitwiseCopyable>(_: T.Type, limit: Int = 1 << 31) throws(ModelFileError) -> [T] {
        let count = try read(UInt64.self)
        guard count <= UInt64(limit) else { throw ModelFileError.malformed(path: path, reason: "array length \(count) out of range") }
        let n = Int(count)
        let size = MemoryLayout<T>.stride
        guard n <= (end - offset) / max(size, 1) else { throw ModelFileError.truncated(path: path) }
        let r = try take(n * size)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            bytes.withUnsafeBytes { src in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: src[r]))
            }
            initialized = n
        }
    }

    /// Reads an array of `Float`s (as ``readArray(_:limit:)``) straight into an aligned buffer.
    package mutating func readAlignedFloats() throws(ModelFileError) -> AlignedFloats {
        let count = try read(UInt64.self)
        guard count <= UInt64(1 << 31) else { throw ModelFileError.malformed(path: path, reason: "array length \(count) out of range") }
        let n = Int(count)
        guard n <= (end - offset) / MemoryLayout<Float>.stride else { throw ModelFileError.truncated(path: path) }
        let r = try take(n * MemoryLayout<Float>.stride)
        return AlignedFloats(count: n) { dst in
            bytes.withUnsafeBytes { src in
                if let from = UnsafeRawBufferPointer(rebasing: src[r]).baseAddress {
                    UnsafeMutableRawPointer(dst).copyMemory(from: from, byteCount: r.count)
                }
            }
        }
    }

    package mutating func readString() throws(ModelFileError) -> String {
        String(decoding: try readArray(UInt8.self), as: UTF8.self)
    }

    package mutating func readStrings() throws(ModelFileError) -> [String] {
        let count = Int(try read(UInt64.self))
        let lengths = try readArray(UInt32.self)
        let blob = try readArray(UInt8.self)
        guard lengths.count == count else { throw ModelFileError.malformed(path: path, reason: "string table size mismatch") }
        var out: [String] = []
        out.reserveCapacity(count)
        var start = 0
        for l in lengths {
            let stop = start + Int(l)
            guard stop <= blob.count else { throw ModelFileError.malformed(path: path, reason: "string table overrun") }
            out.append(String(decoding: blob[start..<stop], as: UTF8.self))
            start = stop
        }
        return out
    }
}

/// A 64-bit checksum over a byte range: 8-byte words folded with xor, odd multiply and rotate. Every step is
/// a bijection of the state, so changing any single word always changes the result.
package enum Checksum {
    package static func of(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(range.count)
        bytes.withUnsafeBytes { raw in
            var i = range.lowerBound
            while i + 8 <= range.upperBound {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                h = ((h ^ w) &* 0x9E37_79B9_7F4A_7C15)
                h = (h << 29) | (h >> 35)
                i += 8
            }
            while i < range.upperBound {
                h = ((h ^ UInt64(raw[i])) &* 0x9E37_79B9_7F4A_7C15)
                h = (h << 29) | (h >> 35)
                i += 1
            }
        }
        return Hashing.mix(h)
    }
}
