import Foundation

/// Cue words and phrases that mark a unit's role in a layout (a request, an attempt, a state, a step…).
///
/// `words` match whole lower-case words, `prefixes` match word starts (`crash` matches `crashes`),
/// `phrases` match anywhere in the lower-cased text (padded with spaces, so `" go to "` needs word edges).
///
/// Matching works on the bytes of a ``CueText`` (no string search, no allocation per call); the results
/// equal string matching under Unicode canonical equivalence: the cues are ASCII, and the one place where
/// a combining mark could join a cue's last character (a non-ASCII byte right after a byte match) is
/// decided by `String` comparison.
package struct CueMatcher: Sendable, Hashable {
    package let words: Set<String>
    package let prefixes: [String]
    package let phrases: [String]
    /// ASCII cue words as bytes, bucketed by length then first byte: `wordBuckets[length][first]`.
    private let wordBuckets: [[[[UInt8]]]]
    private let prefixBytes: [[UInt8]]
    private let phraseBytes: [[UInt8]]
    /// Phrases of the form `" x…"` by the byte after their leading space (indices into ``phrases``); the
    /// others are in `otherPhrases`.
    private let phrasesByFirst: [[Int]]
    private let otherPhrases: [Int]

    package init(words: Set<String> = [], prefixes: [String] = [], phrases: [String] = []) {
        self.words = words
        self.prefixes = prefixes
        self.phrases = phrases
        var buckets: [[[[UInt8]]]] = []
        for w in words.sorted() {
            let b = Array(w.utf8)
            precondition(b.allSatisfy { $0 < 0x80 }, "cue words are ASCII")
            while buckets.count <= b.count { buckets.append([[[UInt8]]](repeating: [], count: 128)) }
            if let f = b.first { buckets[b.count][Int(f)].append(b) }
        }
        wordBuckets = buckets
        prefixBytes = prefixes.map { Array($0.utf8) }
        phraseBytes = phrases.map { Array($0.utf8) }
        precondition((prefixBytes + phraseBytes).allSatisfy { $0.allSatisfy { $0 < 0x80 } }, "cues are ASCII")
        precondition(phrases.count <= 64, "at most 64 phrases")
        var byFirst = [[Int]](repeating: [], count: 128)
        var others: [Int] = []
        for (k, p) in phraseBytes.enumerated() {
            if p.count >= 2 && p[0] == 0x20 && p[1] != 0x20 { byFirst[Int(p[1])].append(k) } else { others.append(k) }
        }
        phrasesByFirst = byFirst
        otherPhrases = others
    }

    package static func == (a: CueMatcher, b: CueMatcher) -> Bool {
        a.words == b.words && a.prefixes == b.prefixes && a.phrases == b.phrases
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(words)
        hasher.combine(prefixes)
        hasher.combine(phrases)
    }

    /// Number of distinct cues present in `text`.
    package func count(in text: String) -> Int { count(in: CueText(text)) }

    /// Number of distinct cues present: distinct words that are cue words or start with a cue prefix,
    /// plus phrases found.
    ///
    /// Allocates nothing: a hit word is new unless an earlier word is the same word and a hit; a phrase
    /// `" x…"` can only start at the space before a word starting with `x`, so only those places are tried
    /// (in order, so the first occurrence decides, as a left-to-right search would).
    ///
    /// - Complexity: O(*w*·*c*) for *w* words and *c* cues of one length and first letter or first word
    ///   letter, plus O(*h*·*w*) for *h* hit words.
    package func count(in text: CueText) -> Int {
        var hits = 0
        let words = text.words
        for k in words.indices where isCue(words[k], text) {
            var repeated = false
            for j in 0..<k where same(words[j], words[k], text) && isCue(words[j], text) {
                repeated = true
                break
            }
            if !repeated { hits += 1 }
        }
        if phraseBytes.isEmpty { return hits }
        let b = text.padded
        var decided: UInt64 = 0
        for r in words {
            let first = b[r.lowerBound]
            guard first < 0x80 else { continue }
            for k in phrasesByFirst[Int(first)] where decided & (1 << UInt64(k)) == 0 {
                let p = phraseBytes[k]
                let i = r.lowerBound - 1
                guard i + p.count <= b.count, equal(b, i, p) else { continue }
                decided |= 1 << UInt64(k)
                if CueMatcher.found(p, at: i, b, phrase: phrases[k]) { hits += 1 }
            }
        }
        for k in otherPhrases where CueMatcher.contains(phraseBytes[k], b, phrase: phrases[k]) { hits += 1 }
        return hits
    }

    /// Whether any cue is present.
    package func matches(_ text: String) -> Bool { count(in: text) > 0 }

    /// Whether any cue is present.
    package func matches(_ text: CueText) -> Bool { count(in: text) > 0 }

    @inline(__always)
    private func isCue(_ r: Range<Int>, _ text: CueText) -> Bool {
        let b = text.padded
        let first = b[r.lowerBound]
        if r.count < wordBuckets.count && first < 0x80 {
            for w in wordBuckets[r.count][Int(first)] where equal(b, r.lowerBound, w) { return true }
        }
        if prefixBytes.isEmpty { return false }
        for p in prefixBytes where p.count <= r.count && equal(b, r.lowerBound, p) {
            // A combining mark right after the prefix joins its last letter: ask String.
            if p.count == r.count || b[r.lowerBound + p.count] < 0x80 { return true }
            if text.string(r).hasPrefix(String(decoding: p, as: UTF8.self)) { return true }
        }
        return false
    }

    /// Whether two words are the same word (canonical equivalence only matters for non-ASCII).
    @inline(__always)
    private func same(_ a: Range<Int>, _ b: Range<Int>, _ text: CueText) -> Bool { CueMatcher.same(a, b, text) }

    /// Whether two words of `text` are the same word (canonical equivalence only matters for non-ASCII).
    @inline(__always)
    static func same(_ a: Range<Int>, _ b: Range<Int>, _ text: CueText) -> Bool {
        let p = text.padded
        if a.count == b.count && equal(p, a.lowerBound, p, b) { return true }
        if text.isASCII(a) && text.isASCII(b) { return false }
        return text.string(a) == text.string(b)
    }

    @inline(__always)
    private func equal(_ b: [UInt8], _ at: Int, _ w: [UInt8]) -> Bool { CueMatcher.equal(b, at, w) }

    /// Whether `b` holds `w` at `at` (the caller checked the bounds).
    @inline(__always)
    static func equal(_ b: [UInt8], _ at: Int, _ w: [UInt8]) -> Bool {
        var j = 0
        while j < w.count {
            if b[at + j] != w[j] { return false }
            j += 1
        }
        return true
    }

    @inline(__always)
    private static func equal(_ b: [UInt8], _ at: Int, _ c: [UInt8], _ r: Range<Int>) -> Bool {
        var j = 0
        while j < r.count {
            if b[at + j] != c[r.lowerBound + j] { return false }
            j += 1
        }
        return true
    }

    /// The phrase matched the bytes at `i`: found, unless a combining mark follows the match, where the
    /// string search decides.
    static func found(_ p: [UInt8], at i: Int, _ b: [UInt8], phrase: String) -> Bool {
        let end = i + p.count
        if end == b.count || b[end] < 0x80 { return true }
        return String(decoding: b, as: UTF8.self).contains(phrase)
    }

    static func contains(_ p: [UInt8], _ b: [UInt8], phrase: String) -> Bool {
        guard let first = p.first, b.count >= p.count else { return false }
        var i = 0
        let last = b.count - p.count
        while i <= last {
            if b[i] == first && equal(b, i, p) { return found(p, at: i, b, phrase: phrase) }
            i += 1
        }
        return false
    }
}

/// The cue lists used by ``SupportSummary`` and ``BugReportDraft``.
package enum Cues {
    package static let request = CueMatcher(
        words: ["need", "want", "please", "unable", "cannot", "can't", "won't", "doesn't", "isn't", "refund",
                "charged", "error", "help", "cancel", "broken", "wrong", "missing", "failed", "fails"],
        prefixes: [], phrases: [" i would like ", " i'd like ", " could you ", " can you ", " how do i ", " not working "])
    package static let attempt = CueMatcher(
        words: ["tried", "attempted", "already", "reinstalled", "restarted", "rebooted", "cleared", "reset",
                "workaround", "retried", "reinstalling", "restarting", "clearing", "updated", "downgraded"],
        prefixes: [],
        phrases: [" didn't help ", " did not help ", " didn't work ", " did not work ", " no luck ", " same error ",
                  " same result ", " no change ", " i followed ", " we followed ", " re install "])
    package static let state = CueMatcher(
        words: ["resolved", "fixed", "escalated", "escalating", "waiting", "pending", "issued", "deployed",
                "scheduled", "credited", "refunded", "closing", "closed", "investigating", "confirmed", "released"],
        prefixes: [], phrases: [" will be ", " we will ", " i will ", " we'll ", " works now ", " working now ",
                                " is now ", " has been ", " have been "])
    package static let defect = CueMatcher(
        words: ["error", "bug", "broken", "unable", "cannot", "can't", "won't", "doesn't", "blank", "wrong",
                "missing", "slow", "timeout", "exception", "stuck", "fails", "failed", "failing", "failure"],
        prefixes: ["crash", "freez", "hang"], phrases: [" not working ", " does not ", " stopped working "])
    package static let step = CueMatcher(
        words: ["click", "clicked", "tap", "tapped", "select", "selected", "open", "opened", "enter", "entered",
                "press", "pressed", "navigate", "upload", "uploaded", "choose"],
        prefixes: [], phrases: [" steps to reproduce ", " to reproduce ", " go to ", " went to ", " then i ", " first i ",
                                " when i ", " after i "])
    package static let expected = CueMatcher(
        words: ["expected", "expect", "should", "supposed"], prefixes: [], phrases: [])
    package static let actual = CueMatcher(
        words: ["actual", "actually", "instead", "shows", "displays", "returns", "getting", "showed", "appears"],
        prefixes: [], phrases: [" but it ", " but the ", " i get ", " i see ", " we get ", " we see "])
    package static let environment = CueMatcher(
        words: ["ios", "android", "windows", "macos", "linux", "ubuntu", "chrome", "firefox", "safari", "edge",
                "iphone", "ipad", "pixel", "samsung", "galaxy", "browser", "device", "version", "build", "firmware",
                "os", "laptop", "desktop"],
        prefixes: [], phrases: [" mac os "])
}
