import Foundation
import TriageText

/// Deterministic JSON writing: keys sorted by their UTF-8 bytes, floating-point numbers with a fixed
/// number of decimals, integers as integers, `/` and non-ASCII text unescaped.
///
/// Any `Encodable` value can be written; the same value always gives the same bytes, on every machine.
public struct CanonicalJSON: Sendable {
    /// Options of the canonical writer.
    public struct Options: Sendable, Hashable, Codable {
        /// Decimals printed for floating-point numbers. The default is 4.
        public var fractionDigits: Int = 4
        /// Indent nested values with two spaces and put members on their own lines. The default is false.
        public var pretty: Bool = false
        public init(fractionDigits: Int = 4, pretty: Bool = false) {
            self.fractionDigits = fractionDigits
            self.pretty = pretty
        }
    }

    /// The writer's options.
    public var options: Options
    /// Whether ``CanonicalJSONLeaf`` values are printed directly (the default) or through their `Encodable`
    /// conformance (tests compare both).
    package var directLeaves = true

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The canonical JSON text of `value`.
    ///
    /// - Throws: `EncodingError` when the value's `encode(to:)` throws, or for non-finite numbers.
    /// - Complexity: O(*n* + *k* log *k*) for *n* output bytes and *k* keys per object.
    public func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try bytes(value), as: UTF8.self)
    }

    /// The canonical JSON bytes (UTF-8) of `value`.
    ///
    /// - Throws: See ``string(_:)``.
    public func data<T: Encodable>(_ value: T) throws -> Data {
        Data(try bytes(value))
    }

    func bytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        let tree = try CanonicalTreeEncoder.encode(value, directLeaves: directLeaves)
        var out: [UInt8] = []
        out.reserveCapacity(8192)
        var nonFinite = false
        write(tree, into: &out, depth: 0, nonFinite: &nonFinite)
        if nonFinite {
            // A leaf held NaN or infinity: encode through Codable, which throws the error with its coding path.
            var slow = self
            slow.directLeaves = false
            return try slow.bytes(value)
        }
        return out
    }

    /// Appends the canonical JSON of a value that writes itself (``CanonicalJSONLeaf``) to `out`: the same bytes
    /// as ``bytes(_:)``, without building a tree or an intermediate array.
    ///
    /// - Throws: See ``string(_:)``; `out` is unchanged when it throws.
    package func appendLeaf<T: CanonicalJSONLeaf & Encodable>(_ value: T, to out: inout [UInt8]) throws {
        guard directLeaves, appendLeafBytes(value, depth: 0, to: &out) else {
            // A number was NaN or infinite: encode through Codable, which throws the error with its coding path.
            var slow = self
            slow.directLeaves = false
            out.append(contentsOf: try slow.bytes(value))
            return
        }
    }

    /// Writes `leaf` through a ``CanonicalLeafWriter`` and appends its bytes to `out`; returns `false`, leaving
    /// `out` unchanged, when a number was not finite.
    private func appendLeafBytes<L: CanonicalJSONLeaf>(_ leaf: L, depth: Int, to out: inout [UInt8]) -> Bool {
        var writer = CanonicalLeafWriter(out: JSONByteBuffer(capacity: 8192), options: options, depth: depth)
        defer { writer.out.deallocate() }
        leaf.writeCanonical(&writer)
        if writer.nonFinite { return false }
        writer.out.withBytes { out.append(contentsOf: $0) }
        return true
    }

    private func write(_ box: CanonicalBox, into out: inout [UInt8], depth: Int, nonFinite: inout Bool) {
        switch box.kind {
        case .empty:
            out.append(0x7B); out.append(0x7D)
        case .leaf:
            guard let leaf = box.leaf else { out.append(0x7B); out.append(0x7D); return }
            // On a non-finite number the caller starts over through Codable, so nothing needs appending.
            if !appendLeafBytes(leaf, depth: depth, to: &out) { nonFinite = true }
        case .scalar:
            switch box.scalar {
            case .null: Self.append("null", into: &out)
            case .bool(let value): Self.append(value ? "true" : "false", into: &out)
            case .int(let value): Self.appendInteger(value, into: &out)
            case .double(let value): Self.appendFixed(value, digits: options.fractionDigits, into: &out)
            case .string(let value): Self.quote(value, into: &out)
            }
        case .array:
            if box.children.isEmpty { out.append(0x5B); out.append(0x5D); return }
            out.append(0x5B)
            for (index, child) in box.children.enumerated() {
                if index > 0 { out.append(0x2C) }
                newline(into: &out, depth: depth + 1)
                write(child, into: &out, depth: depth + 1, nonFinite: &nonFinite)
            }
            newline(into: &out, depth: depth)
            out.append(0x5D)
        case .object:
            if box.children.isEmpty { out.append(0x7B); out.append(0x7D); return }
            out.append(0x7B)
            for (position, index) in Self.sortedKeyOrder(box.keys).enumerated() {
                if position > 0 { out.append(0x2C) }
                newline(into: &out, depth: depth + 1)
                Self.quote(box.keys[index], into: &out)
                out.append(0x3A)
                if options.pretty { out.append(0x20) }
                write(box.children[index], into: &out, depth: depth + 1, nonFinite: &nonFinite)
            }
            newline(into: &out, depth: depth)
            out.append(0x7D)
        }
    }

    private func newline(into out: inout [UInt8], depth: Int) {
        guard options.pretty else { return }
        out.append(0x0A)
        for _ in 0..<(2 * depth) { out.append(0x20) }
    }

    /// The indices of `keys` in the order of their UTF-8 bytes (already-sorted keys, the common case, cost one pass).
    private static func sortedKeyOrder(_ keys: [String]) -> [Int] {
        var sorted = true
        var i = 1
        while i < keys.count {
            if !precedes(keys[i - 1], keys[i]) { sorted = false; break }
            i += 1
        }
        if sorted { return Array(keys.indices) }
        return keys.indices.sorted { precedes(keys[$0], keys[$1]) }
    }

    /// Whether `a`'s UTF-8 bytes sort before `b`'s.
    private static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                var k = 0
                while k < n {
                    if x[k] != y[k] { return x[k] < y[k] }
                    k += 1
                }
                return x.count < y.count
            }
        }
    }

    private static func append<Sink: JSONByteSink>(_ literal: StaticString, into out: inout Sink) {
        literal.withUTF8Buffer { out.append(bytes: $0) }
    }

    /// Appends the decimal digits of `value`.
    package static func appendInteger<Sink: JSONByteSink>(_ value: Int64, into out: inout Sink) {
        if value < 0 { out.append(0x2D) }
        appendDigits(value.magnitude, into: &out)
    }

    private static func appendDigits<Sink: JSONByteSink>(_ value: UInt64, into out: inout Sink) {
        // Digits are written backwards into a small buffer, then appended at once (20 digits at most).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var rest = value
            var k = buffer.count
            repeat {
                k -= 1
                buffer[k] = 0x30 + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            out.append(bytes: UnsafeBufferPointer(rebasing: buffer[k...]))
        }
    }

    /// Appends `value` rounded half away from zero to `digits` decimals, without exponent (see ``fixed(_:digits:)``).
    package static func appendFixed<Sink: JSONByteSink>(_ value: Double, digits: Int, into out: inout Sink) {
        if digits == 4 {
            // The Decision's numbers (four decimals, mostly below 10): `[-]d.dddd` composed in one word, exactly
            // what the general path below writes for them.
            let scaled = (abs(value) * 10_000).rounded(.toNearestOrAwayFromZero)
            if scaled < 100_000 {   // false for NaN too
                let units = UInt64(scaled)
                let fraction = units % 10_000
                var word: UInt64 = (0x30 + units / 10_000) | 0x2E << 8 | (0x30 + fraction / 1_000) << 16
                    | (0x30 + fraction / 100 % 10) << 24 | (0x30 + fraction / 10 % 10) << 32 | (0x30 + fraction % 10) << 40
                var length = 6
                if value < 0 && units != 0 {
                    word = word << 8 | 0x2D
                    length = 7
                }
                var bytes = word.littleEndian
                withUnsafeBytes(of: &bytes) { raw in
                    out.append(bytes: UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<length]))
                }
                return
            }
        }
        let digits = max(0, min(digits, 12))
        var scaleInt: UInt64 = 1
        for _ in 0..<digits { scaleInt *= 10 }
        let scale = Double(scaleInt)   // exact: powers of ten up to 1e12
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else {
            var text = String(value)
            text.withUTF8 { out.append(bytes: $0) }
            return
        }
        let units = UInt64(scaled)
        // Digits are written backwards into a small buffer, then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            var k = buffer.count
            // The default four decimals divide by a constant (a multiply), not by a variable (a slow divide).
            var fraction = digits == 4 ? units % 10_000 : units % scaleInt
            for _ in 0..<digits {
                k -= 1
                buffer[k] = 0x30 + UInt8(fraction % 10)
                fraction /= 10
            }
            if digits > 0 {
                k -= 1
                buffer[k] = 0x2E
            }
            var whole = digits == 4 ? units / 10_000 : units / scaleInt
            repeat {
                k -= 1
                buffer[k] = 0x30 + UInt8(whole % 10)
                whole /= 10
            } while whole > 0
            if value < 0 && units != 0 {
                k -= 1
                buffer[k] = 0x2D
            }
            out.append(bytes: UnsafeBufferPointer(rebasing: buffer[k...]))
        }
    }

    /// `value` rounded half away from zero to `digits` decimals, printed without exponent.
    package static func fixed(_ value: Double, digits: Int) -> String {
        var out: [UInt8] = []
        appendFixed(value, digits: digits, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal (UTF-8): `"` `\` and control characters escaped, U+2028/2029
    /// as `\u2028`/`\u2029`, everything else as is.
    package static func quote<Sink: JSONByteSink>(_ text: String, into out: inout Sink) {
        // Native strings lend their bytes without a copy (and without the retain a `var` copy costs).
        text.withUTF8Bytes { out.appendQuoted($0) }
    }

    /// Whether any byte of `w` is below 0x20 or equals `"`, `\\` or 0xE2 (exact, by the usual zero-byte tests).
    @inline(__always)
    static func wordNeedsLook(_ w: UInt64) -> Bool { lookBits(w) != 0 }

    /// Non-zero exactly when some byte of `w` is below 0x20 or equals `"`, `\\` or 0xE2 (see ``ByteWords``):
    /// the four tests combined without branches, so a block of words costs one branch; the lowest set bit
    /// marks the first such byte.
    @inline(__always)
    static func lookBits(_ w: UInt64) -> UInt64 {
        ByteWords.below(w, 0x20) | ByteWords.equal(w, 0x22) | ByteWords.equal(w, 0x5C) | ByteWords.equal(w, 0xE2)
    }

    /// Quotes `bytes` into any sink: the one quoting loop is ``JSONByteBuffer``'s, so other sinks quote into a
    /// temporary buffer and copy its bytes (the Decision writer, which is hot, writes into a buffer directly).
    package static func quoteBytes<Sink: JSONByteSink>(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout Sink) {
        var buffer = JSONByteBuffer(capacity: bytes.count + 2)
        defer { buffer.deallocate() }
        buffer.appendQuoted(bytes)
        buffer.withBytes { out.append(bytes: $0) }
    }
}

extension CanonicalJSON {
    /// The text this writer prints for `value` (renderers use it to print numbers the same way).
    public func format(_ value: Double) -> String {
        Self.fixed(value, digits: options.fractionDigits)
    }
}
