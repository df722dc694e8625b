import Foundation

/// Reads a chat transcript: a JSON array of messages, or an object with a `messages` array and ticket keys.
///
/// Each message is an object; its text is read from `text`, `content`, `message`, `body` or `utterance`, its
/// author from `author`, `role`, `speaker`, `from`, `sender` or `user`, its time from `at`, `timestamp`, `time`
/// or `created_at`. Roles are read with ``Author/init(parsing:)``; other speaker names are people: the first
/// one to speak is the customer, the others are agents. A message may also be a string `Speaker: text`.
/// Keys not read are kept in the message's extras. A transcript is one ticket (id from the object, else the
/// file name); a message without text yields an ``IntakeError`` naming the message index and field.
public enum ChatIntake {
    static let textKeys = ["text", "content", "message", "body", "utterance"]
    static let authorKeys = ["author", "role", "speaker", "from", "sender", "user"]
    static let timeKeys = ["at", "timestamp", "time", "created_at"]
    static let messageListKeys = ["messages", "transcript", "turns", "conversation"]

    /// Decodes one transcript.
    public static func records(in bytes: [UInt8], file: String) -> [IntakeResult] {
        guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            return [.failure(IntakeError(file: file, reason: .empty))]
        }
        let data = Data(String(decoding: bytes, as: UTF8.self).utf8)
        let document: JSONValue
        do {
            document = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            return [.failure(IntakeError.decoding(error, file: file, line: nil, data: data))]
        }
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        switch document {
        case .array(let messages):
            return [transcript(messages, base: Ticket(id: stem.isEmpty ? "chat" : stem, channel: .chat), file: file)]
        case .object(var object):
            guard let listKey = messageListKeys.first(where: { object[$0] != nil }),
                  case .array(let messages)? = object.removeValue(forKey: listKey) else {
                return [.failure(IntakeError(file: file, field: "messages", reason: .invalidField("expected an array of messages")))]
            }
            if object["id"] == nil { object["id"] = .string(stem.isEmpty ? "chat" : stem) }
            if object["channel"] == nil { object["channel"] = .string("chat") }
            do {
                let base = try JSONDecoder().decode(Ticket.self, from: JSONEncoder().encode(JSONValue.object(object)))
                return [transcript(messages, base: base, file: file)]
            } catch {
                return [.failure(IntakeError.decoding(error, file: file, line: nil))]
            }
        default:
            return [.failure(IntakeError(file: file, reason: .invalidField("expected an array of messages or an object")))]
        }
    }

    private static func transcript(_ items: [JSONValue], base: Ticket, file: String) -> IntakeResult {
        var ticket = base
        var firstPerson: String?
        var messages: [Message] = []
        for (index, item) in items.enumerated() {
            var object: [String: JSONValue]
            switch item {
            case .object(let value):
                object = value
            case .string(let line):
                guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 40 else {
                    object = ["text": .string(line)]
                    break
                }
                object = ["author": .string(line[..<colon].trimmed), "text": .string(line[line.index(after: colon)...].trimmed)]
            default:
                return .failure(IntakeError(file: file, record: index, field: "messages[\(index)]", reason: .invalidField("expected an object or a string")))
            }
            guard let textKey = textKeys.first(where: { object[$0] != nil }),
                  let text = object.removeValue(forKey: textKey)?.scalarText else {
                return .failure(IntakeError(file: file, record: index, field: "messages[\(index)].text", reason: .invalidField("required field is missing")))
            }
            var author = Author.customer
            if let authorKey = authorKeys.first(where: { object[$0] != nil }), let value = object.removeValue(forKey: authorKey) {
                guard let name = value.scalarText ?? name(in: value) else {
                    return .failure(IntakeError(file: file, record: index, field: "messages[\(index)].\(authorKey)", reason: .invalidField("expected a string")))
                }
                if let role = Author(parsing: name) {
                    author = role
                } else {
                    if firstPerson == nil { firstPerson = name }
                    author = name == firstPerson ? .customer : .agent
                    object["speaker"] = .string(name)
                }
            }
            let timeKey = timeKeys.first { object[$0] != nil }
            let at = timeKey.flatMap { object.removeValue(forKey: $0)?.scalarText }
            let id = object.removeValue(forKey: "id")?.scalarText
            messages.append(Message(id: id, author: author, at: at, text: text, extras: object))
        }
        ticket.messages = messages
        if ticket.createdAt == nil { ticket.createdAt = messages.first?.at }
        return .success(ticket)
    }

    /// A speaker given as an object (`{"name": "Ana", "role": "customer"}`): its role, else its name.
    private static func name(in value: JSONValue) -> String? {
        guard case .object(let object) = value else { return nil }
        return object["role"]?.scalarText ?? object["type"]?.scalarText ?? object["name"]?.scalarText
    }
}
