/// Word and character n-grams, with scikit-learn's semantics.
///
/// - Word n-grams follow `CountVectorizer(analyzer="word", ngram_range=(lo, hi))`: all n-grams of the
///   smallest size first, then the next size, each in text order, joined by one space.
/// - Character n-grams follow `analyzer="char_wb"`: each word is padded with one space on each side;
///   for each size n in ascending order, the padded word's n-grams are listed left to right, **if the
///   padded word is longer than n**; otherwise the whole padded word is listed once (even when it is
///   shorter than n) and larger sizes are skipped. So `" a "` with sizes 2...5 gives `" a"`, `"a "`, `" a "`.
///   Characters are Unicode scalars (Python code points), not grapheme clusters: a decomposed `e` +
///   U+0301 counts as two.
///
/// Sizes below 1 are ignored (scikit-learn rejects them). ``forEachCharacterNGramHash(inWord:sizes:_:)``
/// and ``forEachWordNGramHash(_:sizes:_:)`` produce the same n-grams as 64-bit FNV-1a hashes
/// (``hash(_:)``) without building strings.
public enum NGrams {
    /// Word n-grams of `terms` for every n in `sizes`, joined by a single space; smaller sizes first.
    ///
    /// - Complexity: O(*t* · *k*) n-grams for *t* terms and *k* sizes.
    public static func words(_ terms: [String], sizes: ClosedRange<Int>) -> [String] {
        var out: [String] = []
        for n in sizes where n >= 1 && n <= terms.count {
            for i in 0...(terms.count - n) { out.append(terms[i..<(i + n)].joined(separator: " ")) }
        }
        return out
    }

    /// Character n-grams of one word, padded with a space on each side (scikit-learn's `char_wb`).
    ///
    /// - Parameters:
    ///   - word: One word (no white space); used as given (no lower-casing).
    ///   - sizes: The n-gram sizes, e.g. `2...5`.
    /// - Returns: For each size in ascending order, the n-grams left to right; see ``NGrams`` for the
    ///   short-word rule.
    /// - Complexity: O(*L* · *k*) n-grams for a word of *L* scalars and *k* sizes.
    public static func characters(in word: String, sizes: ClosedRange<Int>) -> [String] {
        var scalars: [Unicode.Scalar] = [" "]
        scalars.append(contentsOf: word.unicodeScalars)
        scalars.append(" ")
        let length = scalars.count
        var out: [String] = []
        for n in sizes where n >= 1 {
            if length <= n {
                out.append(string(scalars[...]))
                break
            }
            for i in 0...(length - n) { out.append(string(scalars[i..<(i + n)])) }
        }
        return out
    }

    /// `analyzer="char_wb"` over a whole text: the text is split at white space (Python's `str.split()`
    /// definition: Unicode `White_Space` plus U+001C–U+001F) and ``characters(in:sizes:)`` is applied to
    /// each word in turn.
    ///
    /// - Complexity: O(*n* · *k*) for *n* scalars and *k* sizes.
    public static func wordBoundedCharacters(in text: String, sizes: ClosedRange<Int>) -> [String] {
        var out: [String] = []
        for word in whitespaceSplit(text) { out.append(contentsOf: characters(in: word, sizes: sizes)) }
        return out
    }

    /// Splits `text` at runs of white space as Python's `str.split()` does; no empty words.
    public static func whitespaceSplit(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isPythonWhitespace(scalar) {
                if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Python's `str.isspace()` for one scalar.
    @inline(__always)
    static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) || (v >= 0x1C && v <= 0x1F) }
        return scalar.properties.isWhitespace
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
