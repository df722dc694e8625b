extension Ticket {
    /// The new text of the customer's messages, oldest first, joined by blank lines.
    ///
    /// Quoted history and signatures are left out: this is what the classifier should read.
    public var customerText: String {
        messages.filter { $0.author == .customer }.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The subject followed by every message's full text (new text, quoted history, signature), joined by blank lines.
    public var fullText: String {
        ([subject].compactMap { $0 } + messages.map(\.fullText)).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The subject and the customer's new text, joined by a blank line: the usual input to classification and search.
    public var triageText: String {
        ([subject].compactMap { $0 } + [customerText]).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
