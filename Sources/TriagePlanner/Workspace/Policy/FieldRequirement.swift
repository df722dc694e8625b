import Foundation

/// A field an intent needs before the planner can answer, with the question that asks for it.
public struct FieldRequirement: Sendable, Hashable {
    /// The field's name, also its `{{placeholder}}` name in answers (`invoice_id`).
    public var name: String
    /// Its type, which selects the extractor and validator.
    public var type: FieldType
    /// An optional validation pattern over the extracted value.
    public var pattern: FieldPattern?
    /// The question put to the customer when the field is missing.
    public var question: String

    public init(name: String, type: FieldType, pattern: FieldPattern? = nil, question: String) {
        self.name = name
        self.type = type
        self.pattern = pattern
        self.question = question
    }
}

/// A compiled validation pattern; a value is valid when the pattern matches the whole value.
public struct FieldPattern: @unchecked Sendable, Hashable {
    // @unchecked: NSRegularExpression is immutable after creation and documented as thread-safe.
    /// The pattern as written in the workspace.
    public let source: String
    /// The literal text every match starts with, upper-cased (`^INV-\d{6}$` → `INV-`; empty when none): what
    /// identifier extraction looks for in front of a candidate.
    public let literalPrefix: String
    private let regex: NSRegularExpression

    /// Compiles `source`.
    ///
    /// - Throws: The regular-expression engine's error when `source` is not a valid pattern.
    public init(_ source: String) throws {
        self.source = source
        self.regex = try NSRegularExpression(pattern: source, options: [])
        self.literalPrefix = IdentifierExtractor.literalPrefix(of: source)
    }

    /// Whether the pattern matches all of `value`.
    public func matches(_ value: String) -> Bool {
        let range = NSRange(value.startIndex..<value.endIndex, in: value)
        guard let match = regex.firstMatch(in: value, options: [.anchored], range: range) else { return false }
        return match.range == range
    }

    public static func == (lhs: FieldPattern, rhs: FieldPattern) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
