/// Parses address headers (`From`, `To`, `Cc`, `Reply-To`) into an ``EmailAddressList`` (RFC 5322 §3.4).
///
/// Lenient: comments are set aside, quoted strings unquoted, encoded words in display names decoded, and text
/// that is not a valid address (`undisclosed recipients`) kept as a bare mailbox rather than rejected.
public enum AddressParser {
    private enum Token: Equatable {
        case word(String, quoted: Bool)
        case special(Character)
        case angle(String)
        case space
        case comment(String)
    }

    /// Parses one header value.
    /// - Complexity: O(*n*).
    public static func parse(_ header: String) -> EmailAddressList {
        let tokens = tokenize(header)
        var entries: [EmailAddressList.Entry] = []
        var phrase: [Token] = []
        var group: (name: String, members: [EmailAddress])?
        func finishMailbox(angle: String?) {
            defer { phrase = [] }
            guard let mailbox = mailbox(phrase: phrase, angle: angle) else { return }
            if group != nil { group?.members.append(mailbox) } else { entries.append(.mailbox(mailbox)) }
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .angle(let spec):
                finishMailbox(angle: spec)
                // Skip to the next separator; trailing comments were already set aside.
                while index < tokens.count, case .comment = tokens[index] { index += 1 }
            case .special(","):
                finishMailbox(angle: nil)
            case .special(":") where group == nil:
                group = (name: displayText(phrase) ?? "", members: [])
                phrase = []
            case .special(";") where group != nil:
                finishMailbox(angle: nil)
                if let finished = group { entries.append(.group(name: finished.name, members: finished.members)) }
                group = nil
            default:
                phrase.append(token)
            }
        }
        finishMailbox(angle: nil)
        if let finished = group { entries.append(.group(name: finished.name, members: finished.members)) }
        return EmailAddressList(entries: entries)
    }

    private static func mailbox(phrase: [Token], angle: String?) -> EmailAddress? {
        let comment = phrase.compactMap { token -> String? in
            if case .comment(let text) = token { return text }
            return nil
        }.first
        if let angle {
            return EmailAddress(name: displayText(phrase), address: addressSpec(angle), comment: comment)
        }
        // A bare addr-spec: the words and specials joined without whitespace.
        var spec = ""
        for token in phrase {
            switch token {
            case .word(let text, let quoted): spec += quoted ? "\"\(text)\"" : text
            case .special(let character): spec.append(character)
            case .space, .comment, .angle: continue
            }
        }
        guard !spec.isEmpty || comment != nil else { return nil }
        return EmailAddress(name: nil, address: addressSpec(spec), comment: comment)
    }

    /// Normalises an addr-spec: blanks removed, a source route (`@a,@b:`) dropped.
    private static func addressSpec(_ text: String) -> String {
        var spec = text.filter { $0 != " " && $0 != "\t" }
        if spec.hasPrefix("@"), let colon = spec.firstIndex(of: ":") {
            spec = String(spec[spec.index(after: colon)...])
        }
        return spec
    }

    /// A phrase's words joined by single spaces, encoded words decoded; `nil` when empty.
    private static func displayText(_ phrase: [Token]) -> String? {
        var pieces: [String] = []
        var pendingSpace = false
        var current = ""
        for token in phrase {
            switch token {
            case .word(let text, _):
                if pendingSpace && !current.isEmpty { current += " " }
                current += text
                pendingSpace = false
            case .special(let character):
                current.append(character)
                pendingSpace = false
            case .space, .comment:
                pendingSpace = true
            case .angle:
                continue
            }
        }
        if !current.isEmpty { pieces.append(current) }
        let text = EncodedWords.decode(pieces.joined(separator: " ")).trimmed
        return text.isEmpty ? nil : text
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text)
        var index = 0
        var word = ""
        func flushWord() {
            if !word.isEmpty { tokens.append(.word(word, quoted: false)) }
            word = ""
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case " ", "\t", "\r", "\n":
                flushWord()
                if tokens.last != .space { tokens.append(.space) }
                index += 1
            case "\"":
                flushWord()
                var content = ""
                index += 1
                while index < characters.count, characters[index] != "\"" {
                    if characters[index] == "\\", index + 1 < characters.count { index += 1 }
                    content.append(characters[index])
                    index += 1
                }
                index += 1
                tokens.append(.word(content, quoted: true))
            case "(":
                flushWord()
                var depth = 0
                var content = ""
                while index < characters.count {
                    let inner = characters[index]
                    if inner == "\\", index + 1 < characters.count {
                        content.append(characters[index + 1])
                        index += 2
                        continue
                    }
                    if inner == "(" { depth += 1; if depth == 1 { index += 1; continue } }
                    if inner == ")" { depth -= 1; if depth == 0 { index += 1; break } }
                    content.append(inner)
                    index += 1
                }
                tokens.append(.comment(EncodedWords.decode(content).trimmed))
            case "<":
                flushWord()
                var content = ""
                index += 1
                while index < characters.count, characters[index] != ">" {
                    content.append(characters[index])
                    index += 1
                }
                index += 1
                tokens.append(.angle(content))
            case ",", ":", ";", "@", ".", "[", "]", ">", ")":
                flushWord()
                tokens.append(.special(character))
                index += 1
            default:
                word.append(character)
                index += 1
            }
        }
        flushWord()
        return tokens
    }
}
