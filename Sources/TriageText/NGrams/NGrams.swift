/// Word and character n-grams.
public enum NGrams {
    /// Word n-grams of `terms` for every n in `sizes`, joined by a single space; unigrams first.
    public static func words(_ terms: [String], sizes: ClosedRange<Int>) -> [String] {
        var out: [String] = []
        for n in sizes where n >= 1 {
            if terms.count < n { continue }
            for i in 0...(terms.count - n) { out.append(terms[i..<(i + n)].joined(separator: " ")) }
        }
        return out
    }

    /// Character n-grams inside one word, padded with a space on each side (scikit-learn's `char_wb`).
    public static func characters(in word: String, sizes: ClosedRange<Int>) -> [String] {
        let chars = Array(" " + word + " ")
        var out: [String] = []
        for n in sizes where n >= 1 {
            if chars.count < n { continue }
            for i in 0...(chars.count - n) { out.append(String(chars[i..<(i + n)])) }
        }
        return out
    }
}
