import TriageText

/// A byte-level reader for the common shape of a JSON ticket record, used before `JSONDecoder`.
///
/// Batch intake decodes one ticket per line; Foundation's decoder spends more time on a short ticket than
/// triaging it. This reader handles well-formed records whose values are strings, booleans, nulls, arrays
/// and objects, and gives exactly the ``Ticket`` that `Ticket.init(from:)` gives. It returns `nil` — and
/// the caller falls back to `JSONDecoder`, which produces the typed error or the lenient conversion — for
/// anything else: a syntax error, a duplicate key, a number, a value of an unexpected type, an unknown
/// author or priority, nesting deeper than ``maximumDepth``. So it changes speed, never results.
package enum FastTicketParser {
    /// Nesting deeper than this is left to `JSONDecoder`.
    static let maximumDepth = 32

    /// The ticket in `bytes` (one JSON object, valid UTF-8), or `nil` when the record needs `JSONDecoder`.
    package static func ticket(_ bytes: UnsafeBufferPointer<UInt8>) -> Ticket? {
        var cursor = Cursor(bytes: bytes)
        guard let ticket = cursor.ticket() else { return nil }
        cursor.skipSpace()
        return cursor.atEnd ? ticket : nil
    }

    /// The ticket in `bytes`, or `nil` when the record needs `JSONDecoder` (see ``ticket(_:)-(UnsafeBufferPointer<UInt8>)``).
    package static func ticket(_ bytes: [UInt8]) -> Ticket? {
        bytes.withUnsafeBufferPointer { ticket($0) }
    }

    /// A position in the record. Every method returns `nil` (or `false`) to mean "leave it to JSONDecoder".
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var depth = 0

        var atEnd: Bool { i >= bytes.count }

        mutating func skipSpace() {
            while i < bytes.count {
                let b = bytes[i]
                guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
                i += 1
            }
        }

        /// Consumes `byte` after white space.
        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        /// Consumes a literal (`null`, `true`, `false`) when it comes next.
        mutating func takeLiteral(_ literal: StaticString) -> Bool {
            skipSpace()
            let n = literal.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            let p = literal.utf8Start
            for k in 0..<n where bytes[i + k] != p[k] { return false }
            i += n
            return true
        }

        mutating func peek() -> UInt8? {
            skipSpace()
            return i < bytes.count ? bytes[i] : nil
        }

        // MARK: Values

        /// Moves past the bytes that a string literal copies as they are (all but `"`, `\\` and control bytes),
        /// eight at a time.
        mutating func skipPlain() {
            if let base = bytes.baseAddress {
                while i + 8 <= bytes.count {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    let stop = ByteWords.equal(w, 0x22) | ByteWords.equal(w, 0x5C) | ByteWords.below(w, 0x20)
                    if stop != 0 {
                        i += ByteWords.first(stop)
                        return
                    }
                    i += 8
                }
            }
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 || b == 0x5C || b < 0x20 { return }
                i += 1
            }
        }

        /// A string literal (the cursor is on its opening quote after white space).
        mutating func string() -> String? {
            guard take(0x22) else { return nil }
            let start = i
            // Fast path: no escapes, the text is the bytes between the quotes.
            skipPlain()
            guard i < bytes.count, bytes[i] >= 0x20 else { return nil }
            if bytes[i] == 0x22 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return text
            }
            // Escapes: plain runs are copied whole between them.
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count - start)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                if b != 0x5C {
                    let run = i
                    skipPlain()
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    continue
                }
                i += 1
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x2F: out.append(0x2F)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    guard let unit = hex4() else { return nil }
                    var scalar: Unicode.Scalar?
                    if unit >= 0xD800 && unit < 0xDC00 {
                        guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return nil }
                        i += 2
                        guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                        scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                    } else if unit >= 0xDC00 && unit < 0xE000 {
                        return nil
                    } else {
                        scalar = Unicode.Scalar(UInt32(unit))
                    }
                    guard let scalar else { return nil }
                    out.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    return nil
                }
            }
            return nil
        }

        private mutating func hex4() -> UInt16? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt16 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt8
                switch b {
                case 0x30...0x39: d = b - 0x30
                case 0x41...0x46: d = b - 0x41 + 10
                case 0x61...0x66: d = b - 0x61 + 10
                default: return nil
                }
                v = v << 4 | UInt16(d)
                i += 1
            }
            return v
        }

        /// Any value other than a number, as ``JSONValue``.
        mutating func value() -> JSONValue? {
            switch peek() {
            case 0x22: return string().map { .string($0) }
            case 0x6E: return takeLiteral("null") ? .null : nil
            case 0x74: return takeLiteral("true") ? .bool(true) : nil
            case 0x66: return takeLiteral("false") ? .bool(false) : nil
            case 0x5B:
                var items: [JSONValue] = []
                let ok = array { cursor in
                    guard let v = cursor.value() else { return false }
                    items.append(v)
                    return true
                }
                return ok ? .array(items) : nil
            case 0x7B:
                var members: [String: JSONValue] = [:]
                let ok = object { cursor, key in
                    guard let v = cursor.value() else { return false }
                    members[key] = v
                    return true
                }
                return ok ? .object(members) : nil
            default:
                return nil
            }
        }

        /// An array, calling `element` with the cursor on each element.
        mutating func array(_ element: (inout Cursor) -> Bool) -> Bool {
            guard depth < FastTicketParser.maximumDepth, take(0x5B) else { return false }
            depth += 1
            defer { depth -= 1 }
            if take(0x5D) { return true }
            while true {
                guard element(&self) else { return false }
                if take(0x2C) { continue }
                return take(0x5D)
            }
        }

        /// An object, calling `member` with the cursor on each value; duplicate keys are left to JSONDecoder.
        mutating func object(_ member: (inout Cursor, String) -> Bool) -> Bool {
            guard depth < FastTicketParser.maximumDepth, take(0x7B) else { return false }
            depth += 1
            defer { depth -= 1 }
            if take(0x7D) { return true }
            var seen: [String] = []
            while true {
                guard let key = string(), !seen.contains(key), take(0x3A) else { return false }
                seen.append(key)
                guard member(&self, key) else { return false }
                if take(0x2C) { continue }
                return take(0x7D)
            }
        }

        /// A string or `null` (as `Ticket`'s lenient strings read them, numbers aside).
        mutating func optionalString() -> String?? {
            if peek() == 0x6E { return takeLiteral("null") ? .some(nil) : nil }
            if peek() == 0x74 { return takeLiteral("true") ? .some("true") : nil }
            if peek() == 0x66 { return takeLiteral("false") ? .some("false") : nil }
            guard let s = string() else { return nil }
            return .some(s)
        }

        /// An array of strings, or `null` for empty.
        mutating func strings() -> [String]? {
            if peek() == 0x6E { return takeLiteral("null") ? [] : nil }
            var list: [String] = []
            let ok = array { cursor in
                guard let s = cursor.string() else { return false }
                list.append(s)
                return true
            }
            return ok ? list : nil
        }

        // MARK: Records

        mutating func ticket() -> Ticket? {
            var id: String?
            var channel = Channel.unknown
            var createdAt: String?
            var subject: String?
            var customer: Customer?
            var fields: [String: String] = [:]
            var tags: [String] = []
            var priority: Priority?
            var defects: [String] = []
            var messages: [Message]?
            var text: String??
            var extras: [String: JSONValue] = [:]
            var textValue: JSONValue?
            let ok = object { c, key in
                switch key {
                case "id":
                    guard let v = c.optionalString() else { return false }
                    id = v
                case "channel":
                    if c.peek() == 0x6E { return c.takeLiteral("null") }
                    guard let v = c.string() else { return false }
                    channel = Channel(parsing: v)
                case "created_at":
                    guard let v = c.optionalString() else { return false }
                    createdAt = v
                case "subject":
                    guard let v = c.optionalString() else { return false }
                    subject = v
                case "customer":
                    if c.peek() == 0x6E { return c.takeLiteral("null") }
                    guard let v = c.customer() else { return false }
                    customer = v
                case "fields":
                    if c.peek() == 0x6E { return c.takeLiteral("null") }
                    let ok = c.object { c, name in
                        guard let v = c.optionalString() else { return false }
                        if let v { fields[name] = v }
                        return true
                    }
                    return ok
                case "tags":
                    guard let v = c.strings() else { return false }
                    tags = v
                case "priority":
                    guard let v = c.optionalString() else { return false }
                    if let v {
                        guard let parsed = Priority(parsing: v) else { return false }
                        priority = parsed
                    }
                case "defects":
                    guard let v = c.strings() else { return false }
                    defects = v
                case "messages":
                    if c.peek() == 0x6E { return c.takeLiteral("null") }
                    var list: [Message] = []
                    let ok = c.array { c in
                        guard let m = c.message() else { return false }
                        list.append(m)
                        return true
                    }
                    guard ok else { return false }
                    messages = list
                case "text":
                    guard let v = c.value() else { return false }
                    switch v {
                    case .string(let s): text = .some(s)
                    case .null: text = .some(nil)
                    case .bool(let b): text = .some(b ? "true" : "false")
                    default: return false
                    }
                    textValue = v
                default:
                    guard let v = c.value() else { return false }
                    extras[key] = v
                }
                return true
            }
            guard ok, let id else { return nil }
            let resolvedMessages: [Message]
            if let messages {
                resolvedMessages = messages
                extras["text"] = textValue
            } else if let text, let body = text {
                // The text became the message, so it is not kept as an extra field too.
                resolvedMessages = [Message(author: .customer, at: createdAt, text: body)]
            } else {
                resolvedMessages = []
                extras["text"] = textValue
            }
            return Ticket(id: id, channel: channel, createdAt: createdAt, subject: subject, customer: customer,
                          messages: resolvedMessages, fields: fields, tags: tags, priority: priority,
                          defects: defects, extras: extras)
        }

        mutating func customer() -> Customer? {
            var result = Customer()
            let ok = object { c, key in
                switch key {
                case "id", "email", "name", "tier":
                    guard let v = c.optionalString() else { return false }
                    switch key {
                    case "id": result.id = v
                    case "email": result.email = v
                    case "name": result.name = v
                    default: result.tier = v
                    }
                default:
                    guard let v = c.value() else { return false }
                    result.extras[key] = v
                }
                return true
            }
            return ok ? result : nil
        }

        mutating func message() -> Message? {
            var result = Message(text: "")
            let ok = object { c, key in
                switch key {
                case "id", "at", "text", "quoted", "signature":
                    guard let v = c.optionalString() else { return false }
                    switch key {
                    case "id": result.id = v
                    case "at": result.at = v
                    case "text": result.text = v ?? ""
                    case "quoted": result.quoted = v
                    default: result.signature = v
                    }
                case "author":
                    if c.peek() == 0x6E { return c.takeLiteral("null") }
                    guard let v = c.string(), let author = Author(parsing: v) else { return false }
                    result.author = author
                case "attachments":
                    guard let v = c.strings() else { return false }
                    result.attachments = v
                case "html":
                    if c.takeLiteral("null") { return true }
                    if c.takeLiteral("true") { result.html = true; return true }
                    return c.takeLiteral("false")
                default:
                    guard let v = c.value() else { return false }
                    result.extras[key] = v
                }
                return true
            }
            return ok ? result : nil
        }
    }
}
