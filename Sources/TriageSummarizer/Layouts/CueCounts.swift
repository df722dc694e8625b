/// The cue counts of one unit for every list of ``Cues``: field *x* equals `Cues.x.count(in:)` on the
/// unit's ``CueText``.
package struct CueCounts: Sendable, Hashable {
    package var request: Int32 = 0
    package var attempt: Int32 = 0
    package var state: Int32 = 0
    package var defect: Int32 = 0
    package var step: Int32 = 0
    package var expected: Int32 = 0
    package var actual: Int32 = 0
    package var environment: Int32 = 0

    package init() {}

    /// Adds one to the count of every list whose bit (``CueSet/lists`` order) is set in `mask`.
    @inline(__always)
    mutating func add(_ mask: UInt8) {
        if mask & 1 != 0 { request += 1 }
        if mask & 2 != 0 { attempt += 1 }
        if mask & 4 != 0 { state += 1 }
        if mask & 8 != 0 { defect += 1 }
        if mask & 16 != 0 { step += 1 }
        if mask & 32 != 0 { expected += 1 }
        if mask & 64 != 0 { actual += 1 }
        if mask & 128 != 0 { environment += 1 }
    }
}

/// The eight lists of ``Cues`` matched together: one pass over a unit's words gives every list's count
/// (``CueCounts``), where calling each ``CueMatcher`` scans the words once per list.
///
/// One table holds every cue word and every word of a phrase, each with the bit mask of the lists that
/// have it as a cue word and its number as a phrase word. A word's mask is the union of its table and
/// prefix hits (the same tests as ``CueMatcher``); a hit word counts for a list unless an earlier same word
/// already counted for it. A phrase `" w1 … wn "` matches where n consecutive words are w1…wn (the view
/// joins words by single spaces), so phrases are matched on word numbers; each is decided at its first
/// match, as ``CueMatcher`` does (a combining mark after it leaves the decision to `String`), and counts
/// for every list that has it. Phrases of another shape are searched byte by byte. So each count equals
/// ``CueMatcher/count(in:)-(CueText)`` of its list.
///
/// A class: a layout run holds it by one reference (its twenty tables are not retained one by one).
///
/// - Complexity: O(*w*) bucket look-ups for *w* words, plus O(*h*·*w*) for *h* hit words and the phrase
///   tries at words that start a phrase.
package final class CueSet: Sendable {
    /// The lists, in the bit order of ``CueCounts/add(_:)``.
    package static let lists: [CueMatcher] = [Cues.request, Cues.attempt, Cues.state, Cues.defect, Cues.step,
                                              Cues.expected, Cues.actual, Cues.environment]
    /// The set of ``lists``.
    package static let all = CueSet(lists)

    /// Table words, bucketed by (length, first byte): bucket `length * 128 + first` holds the entries
    /// `bucketStart[k]..<bucketStart[k + 1]`.
    let bucketStart: [Int32]
    let maxWordLength: Int
    /// Where each table word's bytes start in `wordBytes` (its length is its bucket's).
    let wordOffsets: [Int32]
    let wordBytes: [UInt8]
    /// The lists that have each table word as a cue word (0 for a word that only occurs in phrases).
    let wordMasks: [UInt8]
    /// Each table word's number as a phrase word.
    let wordIDs: [Int32]
    /// Prefixes, flat: prefix *k* is `prefixBytes[prefixStart[k]..<prefixStart[k + 1]]`.
    let prefixStart: [Int]
    let prefixBytes: [UInt8]
    let prefixMasks: [UInt8]
    /// Bit *b* set when some prefix starts with ASCII byte *b* (two words of 64 bits).
    let prefixFirstLow: UInt64
    let prefixFirstHigh: UInt64
    /// Every distinct phrase, with its bytes and the lists that have it.
    let phraseStrings: [String]
    let phraseBytes: [[UInt8]]
    let phraseMasks: [UInt8]
    /// Word-shaped phrases: phrase `phraseOfRun[r]` is the word numbers `runWords[runStart[r]..<runStart[r + 1]]`;
    /// the runs starting with word number *w* are `runsByFirst[runsStart[w]..<runsStart[w + 1]]`.
    let phraseOfRun: [Int]
    let runStart: [Int]
    let runWords: [Int32]
    let runsStart: [Int]
    let runsByFirst: [Int]
    /// Phrases of another shape (searched byte by byte).
    let otherPhrases: [Int]

    /// The combined matcher of at most 8 lists (bit *k* for `lists[k]`).
    package init(_ lists: [CueMatcher]) {
        precondition(lists.count <= 8, "at most 8 lists")
        var wordMask: [[UInt8]: UInt8] = [:]
        var prefixMask: [[UInt8]: UInt8] = [:]
        var phraseMask: [String: UInt8] = [:]
        var prefixOrder: [[UInt8]] = []
        var phraseOrder: [String] = []
        for (k, list) in lists.enumerated() {
            let bit = UInt8(1) << UInt8(k)
            for w in list.words where !w.isEmpty { wordMask[Array(w.utf8), default: 0] |= bit }
            for p in list.prefixes {
                let b = Array(p.utf8)
                if prefixMask[b] == nil { prefixOrder.append(b) }
                prefixMask[b, default: 0] |= bit
            }
            for p in list.phrases {
                if phraseMask[p] == nil { phraseOrder.append(p) }
                phraseMask[p, default: 0] |= bit
            }
        }
        let phrases = phraseOrder.map { Array($0.utf8) }
        precondition((prefixOrder + phrases + Array(wordMask.keys)).allSatisfy { $0.allSatisfy { $0 < 0x80 } },
                     "cues are ASCII")
        precondition(phrases.count <= 64, "at most 64 phrases")
        // Word-shaped phrases (" w1 … wn ": single spaces, words of view bytes) join the table by their words.
        var runs: [(phrase: Int, words: [[UInt8]])] = []
        var others: [Int] = []
        for (k, p) in phrases.enumerated() {
            if let words = CueSet.phraseWords(p) {
                runs.append((k, words))
                for w in words where wordMask[w] == nil { wordMask[w] = 0 }
            } else {
                others.append(k)
            }
        }
        // Table words sorted by (length, bytes): each (length, first byte) bucket is one run.
        let words = wordMask.keys.sorted { a, b in a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b) }
        var idOf: [[UInt8]: Int32] = [:]
        for (i, w) in words.enumerated() { idOf[w] = Int32(i) }
        let longest = words.last?.count ?? 0
        maxWordLength = longest
        let table = BucketedWords(words, buckets: (longest + 1) * 128) { $0.count * 128 + Int($0[0]) }
        bucketStart = table.bucketStart
        wordOffsets = table.offsets
        wordBytes = table.bytes
        wordMasks = words.map { wordMask[$0] ?? 0 }
        wordIDs = words.indices.map { Int32($0) }
        var pStart = [0]
        var pBytes: [UInt8] = []
        var low: UInt64 = 0
        var high: UInt64 = 0
        for p in prefixOrder {
            pBytes.append(contentsOf: p)
            pStart.append(pBytes.count)
            if let f = p.first { if f < 64 { low |= 1 << UInt64(f) } else { high |= 1 << UInt64(f - 64) } }
        }
        prefixStart = pStart
        prefixBytes = pBytes
        prefixMasks = prefixOrder.map { prefixMask[$0] ?? 0 }
        prefixFirstLow = low
        prefixFirstHigh = high
        phraseStrings = phraseOrder
        phraseBytes = phrases
        phraseMasks = phraseOrder.map { phraseMask[$0] ?? 0 }
        var rStart = [0]
        var rWords: [Int32] = []
        var rPhrase: [Int] = []
        var byFirst = [[Int]](repeating: [], count: words.count)
        for (r, run) in runs.enumerated() {
            rPhrase.append(run.phrase)
            for w in run.words { rWords.append(idOf[w] ?? -1) }
            rStart.append(rWords.count)
            if let f = run.words.first, let id = idOf[f] { byFirst[Int(id)].append(r) }
        }
        phraseOfRun = rPhrase
        runStart = rStart
        runWords = rWords
        var rsStart = [0]
        var rsList: [Int] = []
        for list in byFirst {
            rsList.append(contentsOf: list)
            rsStart.append(rsList.count)
        }
        runsStart = rsStart
        runsByFirst = rsList
        otherPhrases = others
    }

    /// The words of a phrase `" w1 … wn "` whose words a ``CueText`` can hold (letters, digits, inner
    /// apostrophes; single spaces), else nil.
    private static func phraseWords(_ p: [UInt8]) -> [[UInt8]]? {
        guard p.count >= 3, p.first == 0x20, p.last == 0x20 else { return nil }
        let words = p.dropFirst().dropLast().split(separator: 0x20, omittingEmptySubsequences: false).map { Array($0) }
        for w in words {
            guard let f = w.first, f != 0x27 else { return nil }
            for b in w where !((b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27) { return nil }
        }
        return words
    }
}
