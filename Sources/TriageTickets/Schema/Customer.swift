/// The person a ticket is about.
///
/// Every field is optional; unknown keys are kept in ``extras`` and written back unchanged.
public struct Customer: Sendable, Hashable, Codable {
    /// The customer's identifier in the upstream system.
    public var id: String?
    /// The customer's e-mail address.
    public var email: String?
    /// The customer's display name.
    public var name: String?
    /// The customer's plan or tier (for example `enterprise`).
    public var tier: String?
    /// Keys this schema does not know, preserved verbatim.
    public var extras: [String: JSONValue]

    public init(
        id: String? = nil, email: String? = nil, name: String? = nil, tier: String? = nil,
        extras: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.email = email
        self.name = name
        self.tier = tier
        self.extras = extras
    }

    /// `true` when no field is set.
    public var isEmpty: Bool { id == nil && email == nil && name == nil && tier == nil && extras.isEmpty }

    static let knownKeys: Set<String> = ["id", "email", "name", "tier"]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try container.lenientString("id")
        email = try container.lenientString("email")
        name = try container.lenientString("name")
        tier = try container.lenientString("tier")
        extras = try container.extras(excluding: Self.knownKeys)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeExtras(extras)
        try container.encodeIfPresent(id, forKey: AnyCodingKey("id"))
        try container.encodeIfPresent(email, forKey: AnyCodingKey("email"))
        try container.encodeIfPresent(name, forKey: AnyCodingKey("name"))
        try container.encodeIfPresent(tier, forKey: AnyCodingKey("tier"))
    }
}
