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
    public func string<T: Encodable>(_ value: T) throws -> String {
        let tree = try CanonicalTreeEncoder.encode(value)
        var out = ""
        out.reserveCapacity(1024)
        write(tree, into: &out, depth: 0)
        return out
    }

    /// The canonical JSON bytes (UTF-8) of `value`.
    ///
    /// - Throws: See ``string(_:)``.
    public func data<T: Encodable>(_ value: T) throws -> Data {
        Data(try string(value).utf8)
    }

    private func write(_ node: CanonicalNode, into out: inout String, depth: Int) {
        switch node {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value): out += Self.fixed(value, digits: options.fractionDigits)
        case .string(let value): Self.quote(value, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(into: &out, depth: depth + 1)
                write(item, into: &out, depth: depth + 1)
            }
            newline(into: &out, depth: depth)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in sorted.enumerated() {
                if index > 0 { out += "," }
                newline(into: &out, depth: depth + 1)
                Self.quote(member.key, into: &out)
                out += options.pretty ? ": " : ":"
                write(member.value, into: &out, depth: depth + 1)
            }
            newline(into: &out, depth: depth)
            out += "}"
        }
    }

    private func newline(into out: inout String, depth: Int) {
        guard options.pretty else { return }
        out += "\n"
        out += String(repeating: "  ", count: depth)
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

    /// Appends `text` as a JSON string literal.
    package static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension CanonicalJSON {
    /// The text this writer prints for `value` (renderers use it to print numbers the same way).
    public func format(_ value: Double) -> String {
        Self.fixed(value, digits: options.fractionDigits)
    }
}
