/// A sentence (or other text span) located in its source text.
public struct TextSpan: Sendable, Hashable, Codable {
    /// The span's text.
    public var text: String
    /// Byte offsets in the source's UTF-8 encoding (half-open).
    public var utf8Range: Range<Int>

    public init(text: String, utf8Range: Range<Int>) {
        self.text = text
        self.utf8Range = utf8Range
    }
}

/// Splits text into sentences.
public struct SentenceSegmenter: Sendable, Hashable {
    public init() {}

    /// The sentences of `text`, in order, trimmed of surrounding white space.
    public func sentences(in text: String) -> [TextSpan] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [] }
        return [TextSpan(text: trimmed, utf8Range: 0..<text.utf8.count)]
    }
}

import Foundation
