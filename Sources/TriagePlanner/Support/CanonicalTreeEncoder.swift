import Foundation

/// The value tree ``CanonicalJSON`` writes.
enum CanonicalNode {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([CanonicalNode])
    case object([String: CanonicalNode])
}

/// A mutable slot the containers write into; resolved to a ``CanonicalNode`` after encoding.
final class CanonicalBox {
    enum Content {
        case empty
        case value(CanonicalNode)
        case array([CanonicalBox])
        case object([String: CanonicalBox])
    }
    var content: Content = .empty

    var node: CanonicalNode {
        switch content {
        case .empty: return .object([:])
        case .value(let node): return node
        case .array(let boxes): return .array(boxes.map(\.node))
        case .object(let boxes): return .object(boxes.mapValues(\.node))
        }
    }
}

/// An `Encoder` that records values into ``CanonicalBox`` trees instead of text.
struct CanonicalTreeEncoder: Encoder {
    let box: CanonicalBox
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func encode<T: Encodable>(_ value: T) throws -> CanonicalNode {
        let box = CanonicalBox()
        try CanonicalTreeEncoder(box: box, codingPath: []).encodeValue(value)
        return box.node
    }

    func encodeValue<T: Encodable>(_ value: T) throws {
        switch value {
        case let date as Date:
            box.content = .value(.string(ISOTimestamp.string(from: date)))
        case let url as URL:
            box.content = .value(.string(url.absoluteString))
        case let data as Data:
            box.content = .value(.string(data.base64EncodedString()))
        case let decimal as Decimal:
            box.content = .value(.string(decimal.description))
        default:
            try value.encode(to: self)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = box.content {} else { box.content = .object([:]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = box.content {} else { box.content = .array([]) }
        return UnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(box: box, codingPath: codingPath)
    }

    static func check(_ value: Double, _ path: [any CodingKey]) throws -> CanonicalNode {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "Non-finite number."))
        }
        return .double(value)
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: CanonicalBox
        var codingPath: [any CodingKey]

        private func child(_ key: Key) -> CanonicalBox {
            let child = CanonicalBox()
            if case .object(var members) = box.content {
                members[key.stringValue] = child
                box.content = .object(members)
            }
            return child
        }
        private func set(_ node: CanonicalNode, _ key: Key) { child(key).content = .value(node) }

        mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            set(try CanonicalTreeEncoder.check(value, codingPath + [key]), key)
        }
        mutating func encode(_ value: Float, forKey key: Key) throws {
            set(try CanonicalTreeEncoder.check(Double(value), codingPath + [key]), key)
        }
        mutating func encode(_ value: Int, forKey key: Key) throws { set(.int(Int64(value)), key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { set(.int(Int64(value)), key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { set(.int(Int64(value)), key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { set(.int(Int64(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { set(.int(value), key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { set(.int(Int64(clamping: value)), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.int(Int64(value)), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.int(Int64(value)), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.int(Int64(value)), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.int(Int64(clamping: value)), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try CanonicalTreeEncoder(box: child(key), codingPath: codingPath + [key]).encodeValue(value)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            CanonicalTreeEncoder(box: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            CanonicalTreeEncoder(box: child(key), codingPath: codingPath + [key]).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            CanonicalTreeEncoder(box: box, codingPath: codingPath)
        }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            CanonicalTreeEncoder(box: child(key), codingPath: codingPath + [key])
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let box: CanonicalBox
        var codingPath: [any CodingKey]
        var count: Int {
            if case .array(let items) = box.content { return items.count }
            return 0
        }

        private func append() -> CanonicalBox {
            let child = CanonicalBox()
            if case .array(var items) = box.content {
                items.append(child)
                box.content = .array(items)
            }
            return child
        }

        mutating func encodeNil() throws { append().content = .value(.null) }
        mutating func encode(_ value: Bool) throws { append().content = .value(.bool(value)) }
        mutating func encode(_ value: String) throws { append().content = .value(.string(value)) }
        mutating func encode(_ value: Double) throws {
            append().content = .value(try CanonicalTreeEncoder.check(value, codingPath))
        }
        mutating func encode(_ value: Int) throws { append().content = .value(.int(Int64(value))) }
        mutating func encode(_ value: Int64) throws { append().content = .value(.int(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try CanonicalTreeEncoder(box: append(), codingPath: codingPath).encodeValue(value)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            CanonicalTreeEncoder(box: append(), codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            CanonicalTreeEncoder(box: append(), codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            CanonicalTreeEncoder(box: append(), codingPath: codingPath)
        }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let box: CanonicalBox
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws { box.content = .value(.null) }
        mutating func encode(_ value: Bool) throws { box.content = .value(.bool(value)) }
        mutating func encode(_ value: String) throws { box.content = .value(.string(value)) }
        mutating func encode(_ value: Double) throws {
            box.content = .value(try CanonicalTreeEncoder.check(value, codingPath))
        }
        mutating func encode(_ value: Float) throws {
            box.content = .value(try CanonicalTreeEncoder.check(Double(value), codingPath))
        }
        mutating func encode(_ value: Int) throws { box.content = .value(.int(Int64(value))) }
        mutating func encode(_ value: Int8) throws { box.content = .value(.int(Int64(value))) }
        mutating func encode(_ value: Int16) throws { box.content = .value(.int(Int64(value))) }
        mutating func encode(_ value: Int32) throws { box.content = .value(.int(Int64(value))) }
        mutating func encode(_ value: Int64) throws { box.content = .value(.int(value)) }
        mutating func encode(_ value: UInt) throws { box.content = .value(.int(Int64(clamping: value))) }
        mutating func encode(_ value: UInt8) throws { box.content = .value(.int(Int64(value))) }
        mutating func encode(_ value: UInt16) throws { box.content = .value(.int(Int64(value))) }
        mutating func encode(_ value: UInt32) throws { box.content = .value(.int(Int64(value))) }
        mutating func encode(_ value: UInt64) throws { box.content = .value(.int(Int64(clamping: value))) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try CanonicalTreeEncoder(box: box, codingPath: codingPath).encodeValue(value)
        }
    }
}
