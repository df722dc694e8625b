/// Abbreviations that end in a period without ending the sentence (see ``SentenceSegmenter``).
enum Abbreviations {
    /// How an abbreviation before a period affects a sentence cut.
    enum Kind {
        /// Titles and Latin abbreviations: the period never ends a sentence (`Dr. Smith`, `e.g. Visa`).
        case never
        /// Abbreviations that precede numbers: no cut before a digit or `#` (`No. 5`, `Jan. 12`).
        case beforeNumber
        /// Dotted initialisms (`U.S.`, `a.m.`): cut only before an upper-case letter.
        case initialism
        /// Not an abbreviation.
        case none
    }

    /// Titles and Latin abbreviations (lower case, without the final period).
    static let never: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "rev", "hon", "gen", "col", "capt", "lt",
        "sgt", "vs", "cf", "e.g", "i.e", "viz", "al", "eg", "ie",
    ]

    /// Abbreviations usually followed by a number.
    static let beforeNumber: Set<String> = [
        "no", "nos", "nr", "vol", "fig", "figs", "p", "pp", "ch", "sec", "art", "ref", "tel", "ext", "approx",
        "ca", "min", "max", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "op", "ed", "eq", "para", "pt",
    ]

    /// Classifies the word (letters and inner periods) that ends just before the period at `dot`.
    static func classify(_ p: UnsafeBufferPointer<UInt8>, wordEndingAt dot: Int) -> Kind {
        var k = dot
        while k > 0, dot - k <= 8,
              ASCII.isLetter(p[k - 1]) || (p[k - 1] == UInt8(ascii: ".") && k - 1 > 0 && ASCII.isLetter(p[k - 2])) {
            k -= 1
        }
        let length = dot - k
        guard length > 0, length <= 8 else { return .none }
        // A word glued to something other than space or an opening bracket/quote is not an abbreviation.
        if k > 0 {
            let before = p[k - 1]
            if ASCII.isDigit(before) || before >= 0x80 || before == UInt8(ascii: "@") || before == UInt8(ascii: "/") {
                return .none
            }
        }
        var word = ""
        word.unicodeScalars.reserveCapacity(length)
        var singleLetterSegments = true
        var segmentLength = 0
        var hasInnerDot = false
        for i in k..<dot {
            let c = p[i]
            if c == UInt8(ascii: ".") {
                hasInnerDot = true
                if segmentLength != 1 { singleLetterSegments = false }
                segmentLength = 0
            } else {
                segmentLength += 1
            }
            word.unicodeScalars.append(Unicode.Scalar(ASCII.lower(c)))
        }
        if segmentLength != 1 { singleLetterSegments = false }
        if never.contains(word) { return .never }
        if beforeNumber.contains(word) { return .beforeNumber }
        if hasInnerDot && singleLetterSegments { return .initialism }
        return .none
    }
}
