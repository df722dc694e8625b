/// Where a field value was found: a message index and a UTF-8 byte range in that message's text.
public struct SourceSpan: Sendable, Hashable, Codable {
    /// The index of the message in the ticket's `messages` (or in the texts given to the extractor).
    public var message: Int
    /// Start byte offset in the message text (UTF-8).
    public var start: Int
    /// End byte offset, exclusive.
    public var end: Int

    public init(message: Int, start: Int, end: Int) {
        self.message = message
        self.start = start
        self.end = end
    }

    /// The span as a range.
    public var utf8Range: Range<Int> { start..<end }
}

/// Where a field came from.
public enum FieldOrigin: String, Sendable, Hashable, Codable {
    /// Extracted from message text.
    case text
    /// Given by a web form (ticket `fields`); form values win over text.
    case form
}

/// A field value found in a ticket.
public struct ExtractedField: Sendable, Hashable, Codable {
    /// The field name: the requirement's name, or the type's raw value for fields found unasked.
    public var name: String
    /// Its type.
    public var type: FieldType
    /// The normalised value (e-mail lower-cased, phone in `+digits`, date `YYYY-MM-DD`, card: last four only).
    public var value: String
    /// Where it came from.
    public var origin: FieldOrigin
    /// Its span in the text, or `nil` for form fields.
    public var span: SourceSpan?
    /// Whether the value passed its validator and pattern.
    public var valid: Bool
    /// Why it is invalid, as a phrase for the customer ("doesn't pass the card check").
    public var problem: String?
    /// Whether the original text must be redacted wherever it is shown (payment cards).
    public var redact: Bool

    public init(name: String, type: FieldType, value: String, origin: FieldOrigin = .text, span: SourceSpan? = nil,
                valid: Bool = true, problem: String? = nil, redact: Bool = false) {
        self.name = name
        self.type = type
        self.value = value
        self.origin = origin
        self.span = span
        self.valid = valid
        self.problem = problem
        self.redact = redact
    }

    enum CodingKeys: String, CodingKey { case name, type, value, origin, span, valid, problem, redact }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
        try c.encode(value, forKey: .value)
        try c.encode(origin, forKey: .origin)
        try c.encode(span, forKey: .span)
        try c.encode(valid, forKey: .valid)
        try c.encode(problem, forKey: .problem)
        try c.encode(redact, forKey: .redact)
    }
}

/// A required field that is absent or invalid.
public struct MissingField: Sendable, Hashable, Codable {
    /// Why it counts as missing.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// Nothing of the right kind was found.
        case absent
        /// A value was found but failed validation.
        case invalid
    }

    /// The requirement's name.
    public var name: String
    /// Its type.
    public var type: FieldType
    /// Absent or invalid.
    public var reason: Reason
    /// For invalid values: the sentence that explains why ("The invoice number INV-12 doesn't look complete.").
    public var detail: String?
    /// The question that asks for it.
    public var question: String

    public init(name: String, type: FieldType, reason: Reason, detail: String? = nil, question: String) {
        self.name = name
        self.type = type
        self.reason = reason
        self.detail = detail
        self.question = question
    }

    enum CodingKeys: String, CodingKey { case name, type, reason, detail, question }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
        try c.encode(reason, forKey: .reason)
        try c.encode(detail, forKey: .detail)
        try c.encode(question, forKey: .question)
    }
}
