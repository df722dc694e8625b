/// What a unit of a message is; only ``content`` units can be selected.
public enum UnitKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Text the author wrote for this message.
    case content
    /// Quoted history: `>` lines, everything after `On … wrote:` or `-----Original Message-----`, or
    /// ``SummaryMessage/quotedText``.
    case quoted
    /// A signature block: after a `-- ` line, after a sign-off, or ``SummaryMessage/signatureText``.
    case signature
    /// A greeting such as `Hi team,` or `Hello, how are you doing today?`.
    case greeting
    /// A sign-off or thanks line such as `Thanks!` or `Best regards,`.
    case signOff
    /// Boilerplate: `Sent from my iPhone`, legal and confidentiality footers, unsubscribe lines.
    case boilerplate
}

/// Where in a ``SummaryMessage`` a unit's text lies.
public enum UnitSource: String, Sendable, Hashable, Codable {
    /// ``SummaryMessage/text``.
    case text
    /// ``SummaryMessage/quotedText``.
    case quotedText
    /// ``SummaryMessage/signatureText``.
    case signatureText
}

/// A candidate for selection: a sentence of a message, or a whole short turn.
public struct SummaryUnit: Sendable, Hashable, Codable {
    /// The unit's index in the thread (0-based, all kinds counted), which is also its document order.
    public var index: Int
    /// The index of its message in the thread.
    public var messageIndex: Int
    /// The cited message id.
    public var messageID: String
    /// The author's role.
    public var role: SpeakerRole
    /// The author's label, if the message has one.
    public var speaker: String?
    /// The unit's text, verbatim (a substring of the message).
    public var text: String
    /// Byte offsets of ``text`` in the source field's UTF-8 encoding (half-open).
    public var utf8Range: Range<Int>
    /// Which field of the message ``utf8Range`` refers to.
    public var source: UnitSource
    /// What the unit is.
    public var kind: UnitKind
    /// Whether the unit is a list item (`1.`, `-`, `*`), kept as its own unit.
    public var isListItem: Bool
    /// Bytes at the start of ``text`` that are a speaker tag (`#Person1#: `), not analysed.
    public var labelLength: Int

    /// Whether the unit may be selected (``kind`` is ``UnitKind/content``).
    public var isSelectable: Bool { kind == .content }

    /// ``text`` without its speaker tag.
    public var body: String {
        labelLength == 0 ? text : String(decoding: Array(text.utf8).dropFirst(labelLength), as: UTF8.self)
    }

    /// Creates a unit.
    public init(index: Int, messageIndex: Int, messageID: String, role: SpeakerRole, speaker: String?,
                text: String, utf8Range: Range<Int>, source: UnitSource, kind: UnitKind,
                isListItem: Bool = false, labelLength: Int = 0) {
        self.index = index
        self.messageIndex = messageIndex
        self.messageID = messageID
        self.role = role
        self.speaker = speaker
        self.text = text
        self.utf8Range = utf8Range
        self.source = source
        self.kind = kind
        self.isListItem = isListItem
        self.labelLength = labelLength
    }
}
