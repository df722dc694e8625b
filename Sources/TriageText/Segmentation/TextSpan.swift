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
