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
        var text = text
        return text.withUTF8 { classify(utf8: $0) }
    }

    /// The kind of a purely social unit given as UTF-8 bytes, or `nil` for content.
    package static func classify(utf8 bytes: ArraySlice<UInt8>) -> UnitKind? {
        bytes.withUnsafeBufferPointer { classify(utf8: $0) }
    }

    /// The kind of a purely social unit given as UTF-8 bytes, or `nil` for content. Words are those of
    /// ``lowercaseWords(_:limit:)``, compared without allocating (cues are ASCII, so a word with a
    /// non-ASCII byte is never one of them).
    package static func classify(utf8 text: UnsafeBufferPointer<UInt8>) -> UnitKind? {
        // Quick reject: more space-separated chunks than words allowed.
        var chunks = 0
        var inChunk = false
        for b in text {
            let space = b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
            if !space && !inChunk {
                chunks += 1
                if chunks > maxWords + 2 { return nil }
            }
            inChunk = !space
        }
        let vocabulary = vocabularyTable
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: maxWords + 1) { words in
            var count = 0
            var start = -1
            var i = 0
            while i < text.count && count <= maxWords {
                let b = text[i]
                let isWord = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A)
                    || b >= 0x80 || (b == UInt8(ascii: "'") && start >= 0)
                if isWord {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    words[count] = start..<i
                    count += 1
                    start = -1
                }
                i += 1
            }
            if start >= 0 && count <= maxWords {
                words[count] = start..<text.count
                count += 1
            }
            guard count > 0, count <= maxWords else { return nil }
            var outside = 0
            for w in 0..<count where !vocabulary.contains(text, words[w]) { outside += 1 }
            let first = words[0]
            if greetingTable.contains(text, first), outside <= 1 { return .greeting }
            if signOffTable.contains(text, first), outside <= 1 { return .signOff }
            if outside == 0 {
                // Every word is in the (ASCII) vocabulary here, so byte tests equal string tests.
                for w in 0..<count {
                    let r = words[w]
                    if WordTable.equalFolded(text, r, "bye") || WordTable.equalFolded(text, r, "regards")
                        || (r.count >= 5 && WordTable.equalFolded(text, r.lowerBound..<(r.lowerBound + 5), "thank")) {
                        return .signOff
                    }
                }
                return .greeting
            }
            return nil
        }
    }

    private static let greetingTable = WordTable(greetingOpeners)
    private static let signOffTable = WordTable(signOffOpeners)
    private static let vocabularyTable = WordTable(vocabulary)

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

/// A set of lower-case ASCII words looked up by a word's bytes, folding ASCII upper case: words are
/// bucketed by length and first letter, so a lookup compares a few candidates.
final class WordTable: Sendable {
    /// Words bucketed by (length, first letter): bucket `length * 26 + letter` holds the words
    /// `bucketStart[k]..<bucketStart[k + 1]`, whose bytes start at `offsets[i]` in `bytes` (flat arrays, so
    /// a look-up retains no inner array).
    private let bucketStart: [Int32]
    private let offsets: [Int32]
    private let bytes: [UInt8]
    /// Longest word + 1 (0 when empty).
    private let lengths: Int

    init(_ words: Set<String>) {
        var held: [[UInt8]] = []
        for w in words {
            let b = Array(w.utf8)
            guard let f = b.first, f >= 0x61 && f <= 0x7A else { continue }
            held.append(b)
        }
        held.sort { a, b in a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b) }
        let lengths = (held.last?.count ?? 0) + 1
        self.lengths = lengths
        let table = BucketedWords(held, buckets: lengths * 26) { $0.count * 26 + Int($0[0] - 0x61) }
        bucketStart = table.bucketStart
        offsets = table.offsets
        bytes = table.bytes
    }

    /// Whether the word `text[r]`, ASCII-lower-cased, is in the set (never, when it has a non-ASCII byte).
    func contains(_ text: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count < lengths, !r.isEmpty else { return false }
        let f = text[r.lowerBound] | 0x20
        guard f >= 0x61 && f <= 0x7A else { return false }
        let bucket = r.count * 26 + Int(f - 0x61)
        for e in Int(bucketStart[bucket])..<Int(bucketStart[bucket + 1]) {
            let o = Int(offsets[e])
            var j = 0
            while j < r.count && WordTable.fold(text[r.lowerBound + j]) == bytes[o + j] { j += 1 }
            if j == r.count { return true }
        }
        return false
    }

    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }

    /// Whether `text[r]`, ASCII-lower-cased, equals the lower-case ASCII `word`.
    static func equalFolded(_ text: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ word: StaticString) -> Bool {
        guard r.count == word.utf8CodeUnitCount else { return false }
        let q = word.utf8Start
        for j in 0..<r.count where fold(text[r.lowerBound + j]) != q[j] { return false }
        return true
    }
}
