/// One training or evaluation example: a text and its intent label.
public struct LabeledExample: Sendable, Hashable, Codable {
    /// The text, e.g. a customer message.
    public var text: String
    /// The intent label. In evaluation data a label the model does not know marks an out-of-scope row.
    public var label: String

    /// Creates an example.
    public init(text: String, label: String) {
        self.text = text
        self.label = label
    }
}
