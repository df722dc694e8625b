import Foundation

/// Turns one RFC 5322 / MIME message into a ``Ticket``.
///
/// The ticket's id is the `Message-ID` (without angle brackets), else the file name; the channel is
/// ``Channel/email``; `created_at` is the `Date` in ISO-8601 UTC; the customer is the first `From` mailbox
/// (its display name, else its comment); `To` and `Cc` go to the `email_to` / `email_cc` fields. The single
/// customer message holds the readable body (see ``EmailBody``), split by ``ReplySeparator`` into new text,
/// quoted history and signature; attachment names are listed on it. Parse problems become ticket defects.
/// Only an empty file is an error: any other input gives a best-effort ticket.
public enum EmailIntake {
    /// Builds the ticket for one message.
    public static func record(bytes: [UInt8], file: String, options: IntakeOptions = IntakeOptions()) -> IntakeResult {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
            return .failure(IntakeError(file: file, reason: .empty))
        }
        return .success(ticket(EmailMessage(bytes: bytes), file: file, options: options))
    }

    /// Builds the ticket for a parsed message.
    public static func ticket(_ message: EmailMessage, file: String, options: IntakeOptions = IntakeOptions()) -> Ticket {
        let messageID = message.messageID.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<> ")) }
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var ticket = Ticket(id: (messageID?.isEmpty == false ? messageID : nil) ?? (stem.isEmpty ? "email" : stem), channel: .email)
        ticket.createdAt = message.isoDate
        ticket.subject = message.subject?.trimmed
        if let sender = message.from?.mailboxes.first {
            ticket.customer = Customer(email: sender.address.isEmpty ? nil : sender.address, name: sender.displayName)
        }
        if let to = message.to?.rendered, !to.isEmpty { ticket.fields["email_to"] = to }
        if let cc = message.cc?.rendered, !cc.isEmpty { ticket.fields["email_cc"] = cc }
        let body = EmailBody(message)
        var entry = Message(id: message.messageID, author: .customer, at: ticket.createdAt, text: body.text,
                            attachments: body.attachments, html: body.fromHTML)
        if options.separateQuotedText {
            let parts = ReplySeparator.separate(body.text)
            entry.text = parts.text
            entry.quoted = parts.quoted
            entry.signature = parts.signature
        }
        ticket.messages = [entry]
        ticket.defects = message.defects.map(\.description)
        if message.date != nil, ticket.createdAt == nil { ticket.defects.append("unreadable Date header") }
        return ticket
    }
}
