/// The Porter (1980) suffix-stripping stemmer, as ROUGE scorers use it.
///
/// This is *not* the Snowball English (Porter2) stemmer of ``TriageText``: ROUGE figures are only
/// comparable with published ones when tokens are stemmed the way the `rouge-score` package does, and
/// that package calls NLTK's `PorterStemmer()`, whose default mode (``Mode/nltkExtensions``) is the
/// 1980 algorithm plus a handful of documented departures. ``Mode/original`` is the algorithm as
/// published (M. F. Porter, "An algorithm for suffix stripping", *Program* 14(3), 1980).
///
/// Input is expected in lower case ASCII; other bytes are treated as consonants and kept.
///
/// - Complexity: O(*n*) for a word of *n* letters (a fixed number of passes).
public struct PorterStemmer: Sendable, Hashable {
    /// Which variant of the algorithm to run.
    public enum Mode: String, Sendable, Hashable, Codable, CaseIterable {
        /// Porter's published algorithm.
        case original
        /// NLTK's default: irregular forms (`skies`, `dying`, `news`…), words of ≤ 2 letters unchanged,
        /// `ies`/`ied` → `ie` for 4-letter words, `y` → `i` only after a non-initial consonant, `bli` →
        /// `ble`, `logi` → `log`, `fulli` → `ful`, and a recursive `alli` → `al`.
        case nltkExtensions
    }

    /// The variant. The default is ``Mode/nltkExtensions`` (what `rouge-score` uses).
    public var mode: Mode

    /// Creates a stemmer.
    public init(mode: Mode = .nltkExtensions) {
        self.mode = mode
    }

    /// Returns the stem of `word`.
    public func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        if mode == .nltkExtensions {
            if let irregular = PorterStemmer.irregular[word] { return irregular }
            if w.count <= 2 { return word }
        }
        step1a(&w)
        step1b(&w)
        step1c(&w)
        step2(&w)
        step3(&w)
        step4(&w)
        step5a(&w)
        step5b(&w)
        return String(decoding: w, as: UTF8.self)
    }

    private static let irregular: [String: String] = [
        "skies": "sky", "sky": "sky", "dying": "die", "lying": "lie", "tying": "tie", "news": "news",
        "innings": "inning", "inning": "inning", "outings": "outing", "outing": "outing",
        "cannings": "canning", "canning": "canning", "howe": "howe", "proceed": "proceed",
        "exceed": "exceed", "succeed": "succeed",
    ]

    // MARK: - Letter classes and measure

    private func isConsonant(_ w: [UInt8], _ i: Int) -> Bool {
        switch w[i] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
            return false
        case UInt8(ascii: "y"):
            return i == 0 ? true : !isConsonant(w, i - 1)
        default:
            return true
        }
    }

    /// *m* in [C](VC)^m[V], computed on the first `count` letters.
    private func measure(_ w: [UInt8], _ count: Int) -> Int {
        var m = 0
        var i = 0
        while i < count && isConsonant(w, i) { i += 1 }
        while i < count {
            while i < count && !isConsonant(w, i) { i += 1 }
            if i >= count { break }
            while i < count && isConsonant(w, i) { i += 1 }
            m += 1
        }
        return m
    }

    private func containsVowel(_ w: [UInt8], _ count: Int) -> Bool {
        for i in 0..<count where !isConsonant(w, i) { return true }
        return false
    }

    private func endsDoubleConsonant(_ w: [UInt8], _ count: Int) -> Bool {
        count >= 2 && w[count - 1] == w[count - 2] && isConsonant(w, count - 1)
    }

    /// *o: the stem ends consonant–vowel–consonant, the last not w, x or y.
    private func endsCVC(_ w: [UInt8], _ count: Int) -> Bool {
        if count >= 3 && isConsonant(w, count - 3) && !isConsonant(w, count - 2) && isConsonant(w, count - 1) {
            let last = w[count - 1]
            return last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
        }
        if mode == .nltkExtensions && count == 2 {
            return !isConsonant(w, 0) && isConsonant(w, 1)
        }
        return false
    }

    private func ends(_ w: [UInt8], _ suffix: String) -> Bool {
        let s = Array(suffix.utf8)
        guard w.count >= s.count else { return false }
        return w[(w.count - s.count)...].elementsEqual(s)
    }

    private func replace(_ w: inout [UInt8], _ suffixLength: Int, with replacement: String) {
        w.removeLast(suffixLength)
        w.append(contentsOf: replacement.utf8)
    }

    /// The first rule whose suffix matches decides: replaced when `condition(stemLength)` holds, else left alone.
    private func applyFirst(_ w: inout [UInt8], _ rules: [(String, String)], condition: ([UInt8], Int) -> Bool) {
        for (suffix, replacement) in rules where ends(w, suffix) {
            let stemLength = w.count - suffix.utf8.count
            if condition(w, stemLength) { replace(&w, suffix.utf8.count, with: replacement) }
            return
        }
    }

    // MARK: - Steps

    private func step1a(_ w: inout [UInt8]) {
        if mode == .nltkExtensions && w.count == 4 && ends(w, "ies") { replace(&w, 3, with: "ie"); return }
        applyFirst(&w, [("sses", "ss"), ("ies", "i"), ("ss", "ss"), ("s", "")]) { _, _ in true }
    }

    private func step1b(_ w: inout [UInt8]) {
        if mode == .nltkExtensions && ends(w, "ied") {
            replace(&w, 3, with: w.count == 4 ? "ie" : "i")
            return
        }
        if ends(w, "eed") {
            if measure(w, w.count - 3) > 0 { w.removeLast() }
            return
        }
        var stemLength = -1
        if ends(w, "ed") && containsVowel(w, w.count - 2) {
            stemLength = w.count - 2
        } else if ends(w, "ing") && containsVowel(w, w.count - 3) {
            stemLength = w.count - 3
        }
        guard stemLength >= 0 else { return }
        w.removeLast(w.count - stemLength)
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
            w.append(UInt8(ascii: "e"))
        } else if endsDoubleConsonant(w, w.count) {
            let last = w[w.count - 1]
            if last != UInt8(ascii: "l") && last != UInt8(ascii: "s") && last != UInt8(ascii: "z") { w.removeLast() }
        } else if measure(w, w.count) == 1 && endsCVC(w, w.count) {
            w.append(UInt8(ascii: "e"))
        }
    }

    private func step1c(_ w: inout [UInt8]) {
        guard ends(w, "y") else { return }
        let n = w.count - 1
        let ok: Bool
        switch mode {
        case .original: ok = containsVowel(w, n)
        case .nltkExtensions: ok = n > 1 && isConsonant(w, n - 1)
        }
        if ok { w[n] = UInt8(ascii: "i") }
    }

    private static let step2Original: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ]

    private static let step2Extended: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("fulli", "ful"),
    ]

    private func step2(_ w: inout [UInt8]) {
        if mode == .nltkExtensions && ends(w, "alli") && measure(w, w.count - 4) > 0 {
            replace(&w, 4, with: "al")
            step2(&w)
            return
        }
        // NLTK measures `logi` with its `l` kept on the stem, so that `geologi` → `geolog`.
        if mode == .nltkExtensions && ends(w, "logi") {
            if measure(w, w.count - 3) > 0 { replace(&w, 4, with: "log") }
            return
        }
        let rules = mode == .original ? PorterStemmer.step2Original : PorterStemmer.step2Extended
        applyFirst(&w, rules) { w, n in measure(w, n) > 0 }
    }

    private func step3(_ w: inout [UInt8]) {
        applyFirst(&w, [("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
                        ("ful", ""), ("ness", "")]) { w, n in measure(w, n) > 0 }
    }

    private func step4(_ w: inout [UInt8]) {
        let rules: [(String, String)] = [
            ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""),
            ("ant", ""), ("ement", ""), ("ment", ""), ("ent", ""), ("ion", ""), ("ou", ""), ("ism", ""),
            ("ate", ""), ("iti", ""), ("ous", ""), ("ive", ""), ("ize", ""),
        ]
        for (suffix, _) in rules where ends(w, suffix) {
            let n = w.count - suffix.utf8.count
            var ok = measure(w, n) > 1
            if ok && suffix == "ion" {
                ok = n > 0 && (w[n - 1] == UInt8(ascii: "s") || w[n - 1] == UInt8(ascii: "t"))
            }
            if ok { w.removeLast(suffix.utf8.count) }
            return
        }
    }

    private func step5a(_ w: inout [UInt8]) {
        guard ends(w, "e") else { return }
        let n = w.count - 1
        let m = measure(w, n)
        if m > 1 || (m == 1 && !endsCVC(w, n)) { w.removeLast() }
    }

    private func step5b(_ w: inout [UInt8]) {
        if ends(w, "ll") && measure(w, w.count - 1) > 1 { w.removeLast() }
    }
}
