/// One mailbox from an address header (RFC 5322 §3.4).
public struct EmailAddress: Sendable, Hashable, Codable {
    /// The display name, unquoted and with encoded words decoded; `nil` when there is none.
    public var name: String?
    /// The address (`local@domain`); empty for the null address `<>`.
    public var address: String
    /// Text of a trailing comment (`ana@example.com (Ana Ruiz)`), which older mailers used as the name.
    public var comment: String?

    public init(name: String? = nil, address: String, comment: String? = nil) {
        self.name = name
        self.address = address
        self.comment = comment
    }

    /// The mailbox written back as RFC 5322 text, the way CPython's `email.headerregistry.Address` prints it:
    /// `Name <local@domain>`, the name quoted when it holds specials (`"Doe, Ana" <…>`), comments dropped.
    public var rendered: String {
        let spec = address.isEmpty ? "<>" : address
        guard let name, !name.isEmpty else { return spec }
        return "\(AddressRendering.quotedIfNeeded(name)) <\(address)>"
    }

    /// The best human name: the display name, else the comment.
    public var displayName: String? { name ?? comment }
}

/// An address header's entries: mailboxes and groups (`Team: a@x, b@y;`).
public struct EmailAddressList: Sendable, Hashable, Codable {
    /// One entry of the list.
    public enum Entry: Sendable, Hashable, Codable {
        case mailbox(EmailAddress)
        case group(name: String, members: [EmailAddress])
    }

    /// The entries, in order.
    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Every mailbox, group members included, in order.
    public var mailboxes: [EmailAddress] {
        entries.flatMap { entry -> [EmailAddress] in
            switch entry {
            case .mailbox(let address): return [address]
            case .group(_, let members): return members
            }
        }
    }

    /// The list written back as text (entries joined by `, `; a group as `Name: a, b;`).
    public var rendered: String {
        entries.map { entry -> String in
            switch entry {
            case .mailbox(let address):
                return address.rendered
            case .group(let name, let members):
                let list = members.map(\.rendered).joined(separator: ", ")
                return "\(AddressRendering.quotedIfNeeded(name)):\(list.isEmpty ? "" : " " + list);"
            }
        }.joined(separator: ", ")
    }
}

enum AddressRendering {
    static let specials: Set<Character> = ["(", ")", "<", ">", "@", ",", ":", ";", ".", "\"", "[", "]"]

    static func quotedIfNeeded(_ phrase: String) -> String {
        guard phrase.contains(where: { specials.contains($0) }) else { return phrase }
        var escaped = ""
        for character in phrase {
            if character == "\\" || character == "\"" { escaped.append("\\") }
            escaped.append(character)
        }
        return "\"\(escaped)\""
    }
}
