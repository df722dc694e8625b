/// A value an extractor found in one text, before it is matched to a requirement.
public struct FieldCandidate: Sendable, Hashable {
    /// The type.
    public var type: FieldType
    /// The normalised value (for cards: the last four digits).
    public var value: String
    /// The UTF-8 byte range of the raw text.
    public var utf8Range: Range<Int>
    /// Whether the built-in validator accepts it.
    public var valid: Bool
    /// Why not, as a phrase that follows "the <field> <value>" ("doesn't pass the card number check").
    public var problem: String?
    /// Whether the raw text must be redacted.
    public var redact: Bool
    /// Whether a keyword next to it names the type ("invoice INV-…", "order #…"), which makes it a strong candidate.
    public var labelled: Bool

    public init(type: FieldType, value: String, utf8Range: Range<Int>, valid: Bool = true, problem: String? = nil,
                redact: Bool = false, labelled: Bool = false) {
        self.type = type
        self.value = value
        self.utf8Range = utf8Range
        self.valid = valid
        self.problem = problem
        self.redact = redact
        self.labelled = labelled
    }
}

/// Finds and validates values of one field type in text.
public protocol FieldExtractor: Sendable {
    /// The type this extractor finds.
    var type: FieldType { get }
    /// Every candidate in `text`, in text order.
    func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate]
    /// Validates a value given directly (a web-form field); returns the normalised candidate.
    func validate(_ value: String, context: FieldContext) -> FieldCandidate
}

extension FieldExtractor {
    /// Default: scan the value as text and take the candidate that covers most of it.
    public func validate(_ value: String, context: FieldContext) -> FieldCandidate {
        let bytes = TextBytes(value)
        let trimmed = value.trimmedWhitespace
        if let best = candidates(in: bytes, context: context).max(by: { $0.utf8Range.count < $1.utf8Range.count }),
           best.utf8Range.count >= trimmed.utf8.count {
            return best
        }
        return FieldCandidate(type: type, value: trimmed, utf8Range: 0..<bytes.count, valid: false,
                              problem: "doesn't look like a valid \(type.spokenName)")
    }
}

import Foundation
