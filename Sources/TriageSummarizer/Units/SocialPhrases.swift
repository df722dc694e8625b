/// Recognises purely social units: greetings (`Hi team,`, `Hello, how are you doing today?`) and
/// sign-offs or thanks (`Thanks!`, `Best regards,`, `Thank you for your help, doctor.`).
///
/// A unit is social when it has at most ``maxWords`` words, opens with a greeting or thanks word (or
/// consists only of social words), and has at most one word outside a small social vocabulary (room
/// for a name). `Thanks, that fixed it!` is therefore content: it reports a state.
///
/// - Complexity: O(*n*) in the unit length.
package enum SocialPhrases {
    /// Longest unit that can be purely social.
    package static let maxWords = 8

    private static let greetingOpeners: Set<String> = [
        "hi", "hello", "hey", "dear", "greetings", "good", "howdy", "hiya", "morning", "afternoon", "evening",
    ]
    private static let signOffOpeners: Set<String> = [
        "thanks", "thank", "thx", "ty", "cheers", "regards", "best", "kind", "warm", "warmest", "many",
        "sincerely", "yours", "bye", "goodbye", "talk", "have", "take", "see", "appreciate", "appreciated",
        "much", "with", "respectfully", "all",
    ]
    private static let vocabulary: Set<String> = [
        "hi", "hello", "hey", "dear", "greetings", "good", "morning", "afternoon", "evening", "day", "there",
        "all", "team", "everyone", "folks", "guys", "support", "sir", "madam", "how", "are", "you", "doing",
        "today", "is", "it", "going", "thanks", "thank", "thx", "ty", "so", "much", "very", "a", "lot",
        "again", "for", "your", "the", "help", "in", "advance", "cheers", "regards", "best", "kind", "warm",
        "warmest", "many", "sincerely", "yours", "truly", "bye", "goodbye", "talk", "soon", "later", "have",
        "nice", "great", "wonderful", "weekend", "take", "care", "see", "appreciate", "appreciated", "and",
        "quick", "reply", "response", "assistance", "time", "patience", "understanding", "to", "wishes", "mr",
        "mrs", "ms", "dr", "with", "respectfully", "hope", "this", "finds", "well", "of", "everything",
        "really", "kindly", "cordially",
    ]

    /// The kind of a purely social unit, or `nil` for content.
    package static func classify(_ text: String) -> UnitKind? {
        // Quick reject: more space-separated chunks than words allowed.
        var chunks = 0
        var inChunk = false
        for b in text.utf8 {
            let space = b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
            if !space && !inChunk {
                chunks += 1
                if chunks > maxWords + 2 { return nil }
            }
            inChunk = !space
        }
        let words = lowercaseWords(text, limit: maxWords + 1)
        guard !words.isEmpty, words.count <= maxWords else { return nil }
        let outside = words.filter { !vocabulary.contains($0) }.count
        let first = words[0]
        if greetingOpeners.contains(first), outside <= 1 {
            return .greeting
        }
        if signOffOpeners.contains(first), outside <= 1 {
            return .signOff
        }
        if outside == 0 {
            return words.contains(where: { $0.hasPrefix("thank") || $0 == "bye" || $0 == "regards" })
                ? .signOff : .greeting
        }
        return nil
    }

    /// Lower-case ASCII words (letters and inner apostrophes); other characters separate words.
    package static func lowercaseWords(_ text: String, limit: Int = .max) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for b in text.utf8 {
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                current.append(b)
            } else if b >= 0x41 && b <= 0x5A {
                current.append(b + 32)
            } else if b >= 0x80 {
                current.append(b)
            } else if b == UInt8(ascii: "'") && !current.isEmpty {
                current.append(b)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                if words.count >= limit { return words }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
