import Foundation

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
        let tree = try CanonicalTreeEncoder.encode(value)
        var out: [UInt8] = []
        out.reserveCapacity(2048)
        write(tree, into: &out, depth: 0)
        return out
    }

    private func write(_ box: CanonicalBox, into out: inout [UInt8], depth: Int) {
        switch box.kind {
        case .empty:
            out.append(contentsOf: [0x7B, 0x7D])
        case .scalar:
            switch box.scalar {
            case .null: out.append(contentsOf: Array("null".utf8))
            case .bool(let value): out.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
            case .int(let value): out.append(contentsOf: String(value).utf8)
            case .double(let value): out.append(contentsOf: Self.fixed(value, digits: options.fractionDigits).utf8)
            case .string(let value): Self.quote(value, into: &out)
            }
        case .array:
            if box.children.isEmpty { out.append(contentsOf: [0x5B, 0x5D]); return }
            out.append(0x5B)
            for (index, child) in box.children.enumerated() {
                if index > 0 { out.append(0x2C) }
                newline(into: &out, depth: depth + 1)
                write(child, into: &out, depth: depth + 1)
            }
            newline(into: &out, depth: depth)
            out.append(0x5D)
        case .object:
            if box.children.isEmpty { out.append(contentsOf: [0x7B, 0x7D]); return }
            out.append(0x7B)
            let keys = box.keys
            let order = keys.indices.sorted { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }
            for (position, index) in order.enumerated() {
                if position > 0 { out.append(0x2C) }
                newline(into: &out, depth: depth + 1)
                Self.quote(keys[index], into: &out)
                out.append(0x3A)
                if options.pretty { out.append(0x20) }
                write(box.children[index], into: &out, depth: depth + 1)
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

    /// `value` rounded half away from zero to `digits` decimals, printed without exponent.
    package static func fixed(_ value: Double, digits: Int) -> String {
        let digits = max(0, min(digits, 12))
        var scale: Double = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else { return String(value) }
        let units = UInt64(scaled)
        let negative = value < 0 && units != 0
        var scaleInt: UInt64 = 1
        for _ in 0..<digits { scaleInt *= 10 }
        let whole = units / scaleInt
        var text = (negative ? "-" : "") + String(whole)
        if digits > 0 {
            let fraction = String(units % scaleInt)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return text
    }

    /// Appends `text` as a JSON string literal (UTF-8): `"` `\` and control characters escaped, U+2028/2029
    /// as `\u2028`/`\u2029`, everything else as is.
    package static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0x0F)]])
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                out.append(contentsOf: Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                i += 2
            default:
                out.append(b)
            }
            i += 1
        }
        out.append(0x22)
    }
}

extension CanonicalJSON {
    /// The text this writer prints for `value` (renderers use it to print numbers the same way).
    public func format(_ value: Double) -> String {
        Self.fixed(value, digits: options.fractionDigits)
    }
}
