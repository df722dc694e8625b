extension Ticket {
    /// The new text of the customer's messages, oldest first, joined by blank lines.
    ///
    /// Quoted history and signatures are left out: this is what the classifier should read.
    public var customerText: String {
        joinedText(subject: nil)
    }

    /// The subject followed by every message's full text (new text, quoted history, signature), joined by blank lines.
    public var fullText: String {
        ([subject].compactMap { $0 } + messages.map(\.fullText)).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The subject and the customer's new text, joined by a blank line: the usual input to classification and search.
    public var triageText: String {
        joinedText(subject: subject)
    }

    /// `subject` (when given and not empty) and the customer's non-empty message texts, joined by blank lines,
    /// written once into storage of the final size.
    private func joinedText(subject: String?) -> String {
        var size = subject?.utf8.count ?? 0
        for message in messages where message.author == .customer { size += message.text.utf8.count + 2 }
        var out = ""
        out.reserveCapacity(size)
        if let subject, !subject.isEmpty { out += subject }
        for message in messages where message.author == .customer && !message.text.isEmpty {
            if !out.isEmpty { out += "\n\n" }
            out += message.text
        }
        return out
    }
}
