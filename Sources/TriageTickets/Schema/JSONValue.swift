import Foundation

/// Any JSON value, kept verbatim so that unknown keys survive a decode–encode round trip.
///
/// Objects keep their keys in a dictionary; encoders configured with `.sortedKeys`
/// (as ``Ticket/encoder()`` is) write them in sorted order, so output is deterministic.
public enum JSONValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            // Integral values are written without a fraction so ids and counts round-trip unchanged.
            if value.rounded() == value, abs(value) < 9.0e15 {
                try container.encode(Int64(value))
            } else {
                try container.encode(value)
            }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The value as text when it is a string, number or boolean; `nil` otherwise.
    public var scalarText: String? {
        switch self {
        case .string(let value): return value
        case .bool(let value): return value ? "true" : "false"
        case .number(let value):
            if value.rounded() == value, abs(value) < 9.0e15 { return String(Int64(value)) }
            return String(value)
        case .null, .array, .object: return nil
        }
    }
}

/// A coding key for arbitrary JSON object keys.
struct AnyCodingKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) { stringValue = string; intValue = nil }
    init?(stringValue: String) { self.stringValue = stringValue; intValue = nil }
    init?(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
}

extension KeyedDecodingContainer where K == AnyCodingKey {
    /// Decodes every key not in `known` into an extras bag.
    func extras(excluding known: Set<String>) throws -> [String: JSONValue] {
        var bag: [String: JSONValue] = [:]
        for key in allKeys where !known.contains(key.stringValue) {
            bag[key.stringValue] = try decode(JSONValue.self, forKey: key)
        }
        return bag
    }

    /// Decodes a string that may be written as a JSON number (ids often are); `nil` when absent or null.
    func lenientString(_ name: String) throws -> String? {
        let key = AnyCodingKey(name)
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) { return text }
        let value = try decode(JSONValue.self, forKey: key)
        guard let text = value.scalarText else {
            throw DecodingError.typeMismatch(
                String.self,
                .init(codingPath: codingPath + [key], debugDescription: "expected a string"))
        }
        return text
    }
}

extension KeyedEncodingContainer where K == AnyCodingKey {
    mutating func encodeExtras(_ extras: [String: JSONValue]) throws {
        for (name, value) in extras {
            try encode(value, forKey: AnyCodingKey(name))
        }
    }
}
