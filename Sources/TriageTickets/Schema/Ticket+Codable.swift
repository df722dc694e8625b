import Foundation

extension Ticket {
    static let knownKeys: Set<String> = [
        "id", "channel", "created_at", "subject", "customer", "messages", "fields", "tags", "priority", "defects",
    ]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        guard let id = try container.lenientString("id") else {
            throw DecodingError.keyNotFound(
                AnyCodingKey("id"), .init(codingPath: container.codingPath, debugDescription: "a ticket needs an id"))
        }
        self.id = id
        channel = try container.decodeIfPresent(Channel.self, forKey: AnyCodingKey("channel")) ?? .unknown
        createdAt = try container.lenientString("created_at")
        subject = try container.lenientString("subject")
        customer = try container.decodeIfPresent(Customer.self, forKey: AnyCodingKey("customer"))
        fields = try Self.decodeFields(container)
        tags = try container.decodeIfPresent([String].self, forKey: AnyCodingKey("tags")) ?? []
        if let text = try container.lenientString("priority") {
            guard let parsed = Priority(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: AnyCodingKey("priority"), in: container,
                    debugDescription: "expected one of low, normal, high, urgent")
            }
            priority = parsed
        } else {
            priority = nil
        }
        defects = try container.decodeIfPresent([String].self, forKey: AnyCodingKey("defects")) ?? []
        var known = Self.knownKeys
        if let messages = try container.decodeIfPresent([Message].self, forKey: AnyCodingKey("messages")) {
            self.messages = messages
        } else if let text = try container.lenientString("text") {
            // The minimal form: {"id": "...", "text": "..."} is one customer message.
            messages = [Message(author: .customer, at: createdAt, text: text)]
            known.insert("text")
        } else {
            messages = []
        }
        extras = try container.extras(excluding: known)
    }

    private static func decodeFields(_ container: KeyedDecodingContainer<AnyCodingKey>) throws -> [String: String] {
        let key = AnyCodingKey("fields")
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return [:] }
        let raw = try container.decode([String: JSONValue].self, forKey: key)
        var fields: [String: String] = [:]
        for (name, value) in raw {
            if case .null = value { continue }
            guard let text = value.scalarText else {
                throw DecodingError.typeMismatch(
                    String.self,
                    .init(codingPath: container.codingPath + [key, AnyCodingKey(name)],
                          debugDescription: "form fields must be strings, numbers or booleans"))
            }
            fields[name] = text
        }
        return fields
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeExtras(extras)
        try container.encode(id, forKey: AnyCodingKey("id"))
        try container.encode(channel, forKey: AnyCodingKey("channel"))
        try container.encodeIfPresent(createdAt, forKey: AnyCodingKey("created_at"))
        try container.encodeIfPresent(subject, forKey: AnyCodingKey("subject"))
        try container.encodeIfPresent(customer, forKey: AnyCodingKey("customer"))
        try container.encode(messages, forKey: AnyCodingKey("messages"))
        try container.encode(fields, forKey: AnyCodingKey("fields"))
        try container.encode(tags, forKey: AnyCodingKey("tags"))
        try container.encodeIfPresent(priority, forKey: AnyCodingKey("priority"))
        if !defects.isEmpty { try container.encode(defects, forKey: AnyCodingKey("defects")) }
    }
}
