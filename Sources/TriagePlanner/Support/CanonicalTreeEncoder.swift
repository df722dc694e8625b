import Foundation

/// A scalar recorded by ``CanonicalTreeEncoder``.
enum CanonicalScalar {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
}

/// A node of the tree the encoder builds: children are appended in place (no dictionary copies), keys are
/// sorted only when written. A node knows its parent and its key there, so coding paths cost nothing until an
/// error asks for one.
final class CanonicalBox {
    enum Kind { case empty, scalar, array, object, leaf }
    var kind: Kind = .empty
    var scalar: CanonicalScalar = .null
    var keys: [String] = []
    var children: [CanonicalBox] = []
    /// The node holding this one (the tree owns its nodes; a parent always outlives its children's use).
    unowned(unsafe) let parent: CanonicalBox?
    /// This node's key in its parent object, or `nil` for an array element or the root.
    let key: String?
    /// This node's position in its parent array.
    let position: Int

    /// Whether ``CanonicalJSONLeaf`` values below this node are kept whole for the writer.
    let directLeaves: Bool

    init(parent: CanonicalBox? = nil, key: String? = nil, position: Int = 0, directLeaves: Bool = true) {
        self.parent = parent
        self.key = key
        self.position = position
        self.directLeaves = parent?.directLeaves ?? directLeaves
    }

    /// A value printed directly (see ``CanonicalJSONLeaf``).
    var leaf: (any CanonicalJSONLeaf)? = nil

    func set(_ leaf: any CanonicalJSONLeaf) {
        kind = .leaf
        self.leaf = leaf
    }

    func set(_ value: CanonicalScalar) {
        kind = .scalar
        scalar = value
    }

    func makeObject() {
        if kind != .object { kind = .object; keys = []; children = [] }
    }

    func makeArray() {
        if kind != .array { kind = .array; keys = []; children = [] }
    }

    /// The child for `key`, replacing an earlier one with the same key.
    func child(forKey key: String) -> CanonicalBox {
        let box = CanonicalBox(parent: self, key: key)
        if let index = keys.firstIndex(of: key) { children[index] = box } else { keys.append(key); children.append(box) }
        return box
    }

    func appendChild() -> CanonicalBox {
        let box = CanonicalBox(parent: self, position: children.count)
        children.append(box)
        return box
    }

    /// The coding path from the root to this node.
    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var node: CanonicalBox? = self
        while let n = node, let p = n.parent {
            path.append(n.key.map { PathKey(stringValue: $0) } ?? PathKey(intValue: n.position))
            node = p
        }
        return path.reversed()
    }

    struct PathKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue; intValue = nil }
        init(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
    }
}

/// An `Encoder` that records values into a ``CanonicalBox`` tree instead of text.
struct CanonicalTreeEncoder: Encoder {
    let box: CanonicalBox
    var codingPath: [any CodingKey] { box.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func encode<T: Encodable>(_ value: T, directLeaves: Bool = true) throws -> CanonicalBox {
        let box = CanonicalBox(directLeaves: directLeaves)
        try CanonicalTreeEncoder(box: box).encodeValue(value)
        return box
    }

    func encodeValue<T: Encodable>(_ value: T) throws {
        if T.self == String.self, let text = value as? String {
            box.set(.string(text))
        } else if T.self == Date.self, let date = value as? Date {
            box.set(.string(ISOTimestamp.string(from: date)))
        } else if T.self == URL.self, let url = value as? URL {
            box.set(.string(url.absoluteString))
        } else if T.self == Data.self, let data = value as? Data {
            box.set(.string(data.base64EncodedString()))
        } else if T.self == Decimal.self, let decimal = value as? Decimal {
            box.set(.string(decimal.description))
        } else if box.directLeaves, let leaf = value as? any CanonicalJSONLeaf {
            box.set(leaf)
        } else {
            try value.encode(to: self)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        box.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        box.makeArray()
        return UnkeyedContainer(box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(box: box)
    }

    static func number(_ value: Double, _ path: @autoclosure () -> [any CodingKey]) throws -> CanonicalScalar {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: path(), debugDescription: "Non-finite number."))
        }
        return .double(value)
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: CanonicalBox
        var codingPath: [any CodingKey] { box.codingPath }

        private func set(_ value: CanonicalScalar, _ key: Key) { box.child(forKey: key.stringValue).set(value) }

        mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            set(try CanonicalTreeEncoder.number(value, codingPath + [key]), key)
        }
        mutating func encode(_ value: Float, forKey key: Key) throws {
            set(try CanonicalTreeEncoder.number(Double(value), codingPath + [key]), key)
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
            try CanonicalTreeEncoder(box: box.child(forKey: key.stringValue)).encodeValue(value)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            CanonicalTreeEncoder(box: box.child(forKey: key.stringValue)).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            CanonicalTreeEncoder(box: box.child(forKey: key.stringValue)).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            CanonicalTreeEncoder(box: box.child(forKey: "super"))
        }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            CanonicalTreeEncoder(box: box.child(forKey: key.stringValue))
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let box: CanonicalBox
        var codingPath: [any CodingKey] { box.codingPath }
        var count: Int { box.children.count }

        mutating func encodeNil() throws { box.appendChild().set(.null) }
        mutating func encode(_ value: Bool) throws { box.appendChild().set(.bool(value)) }
        mutating func encode(_ value: String) throws { box.appendChild().set(.string(value)) }
        mutating func encode(_ value: Double) throws { box.appendChild().set(try CanonicalTreeEncoder.number(value, codingPath)) }
        mutating func encode(_ value: Int) throws { box.appendChild().set(.int(Int64(value))) }
        mutating func encode(_ value: Int64) throws { box.appendChild().set(.int(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try CanonicalTreeEncoder(box: box.appendChild()).encodeValue(value)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            CanonicalTreeEncoder(box: box.appendChild()).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            CanonicalTreeEncoder(box: box.appendChild()).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            CanonicalTreeEncoder(box: box.appendChild())
        }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let box: CanonicalBox
        var codingPath: [any CodingKey] { box.codingPath }

        mutating func encodeNil() throws { box.set(.null) }
        mutating func encode(_ value: Bool) throws { box.set(.bool(value)) }
        mutating func encode(_ value: String) throws { box.set(.string(value)) }
        mutating func encode(_ value: Double) throws { box.set(try CanonicalTreeEncoder.number(value, codingPath)) }
        mutating func encode(_ value: Float) throws { box.set(try CanonicalTreeEncoder.number(Double(value), codingPath)) }
        mutating func encode(_ value: Int) throws { box.set(.int(Int64(value))) }
        mutating func encode(_ value: Int8) throws { box.set(.int(Int64(value))) }
        mutating func encode(_ value: Int16) throws { box.set(.int(Int64(value))) }
        mutating func encode(_ value: Int32) throws { box.set(.int(Int64(value))) }
        mutating func encode(_ value: Int64) throws { box.set(.int(value)) }
        mutating func encode(_ value: UInt) throws { box.set(.int(Int64(clamping: value))) }
        mutating func encode(_ value: UInt8) throws { box.set(.int(Int64(value))) }
        mutating func encode(_ value: UInt16) throws { box.set(.int(Int64(value))) }
        mutating func encode(_ value: UInt32) throws { box.set(.int(Int64(value))) }
        mutating func encode(_ value: UInt64) throws { box.set(.int(Int64(clamping: value))) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try CanonicalTreeEncoder(box: box).encodeValue(value)
        }
    }
}
