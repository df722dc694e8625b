// The parts of the English (Porter2) stemmer around the suffix steps: exceptional forms, the prelude
// (apostrophe and consonant y), the regions R1/R2, and the postlude.

extension StemmerWord {
    /// The stem of a word that is one of the algorithm's exceptional forms, or `nil`.
    ///
    /// Checked on the whole word before anything else: `skis`→`ski`, `skies`→`sky`, the special `-ly`
    /// forms (`idly`→`idl`, `gently`→`gentl`, `ugly`→`ugli`, `early`→`earli`, `only`→`onli`,
    /// `singly`→`singl`), and the invariant forms `sky news howe atlas cosmos bias andes`.
    func exceptionalForm() -> StaticString? {
        guard count >= 3 && count <= 6 else { return nil }
        switch base[0] {
        case UInt8(ascii: "s"):
            if head(count, is: "skis") { return "ski" }
            if head(count, is: "skies") || head(count, is: "sky") { return "sky" }
            if head(count, is: "singly") { return "singl" }
        case UInt8(ascii: "i"):
            if head(count, is: "idly") { return "idl" }
        case UInt8(ascii: "g"):
            if head(count, is: "gently") { return "gentl" }
        case UInt8(ascii: "u"):
            if head(count, is: "ugly") { return "ugli" }
        case UInt8(ascii: "e"):
            if head(count, is: "early") { return "earli" }
        case UInt8(ascii: "o"):
            if head(count, is: "only") { return "onli" }
        case UInt8(ascii: "n"):
            if head(count, is: "news") { return "news" }
        case UInt8(ascii: "h"):
            if head(count, is: "howe") { return "howe" }
        case UInt8(ascii: "a"):
            if head(count, is: "atlas") { return "atlas" }
            if head(count, is: "andes") { return "andes" }
        case UInt8(ascii: "c"):
            if head(count, is: "cosmos") { return "cosmos" }
        case UInt8(ascii: "b"):
            if head(count, is: "bias") { return "bias" }
        default:
            break
        }
        return nil
    }

    /// Drops a leading apostrophe and marks as `Y` every `y` that starts the word or follows a vowel.
    mutating func prelude() {
        if base[0] == UInt8(ascii: "'") {
            base += 1
            count -= 1
        }
        guard count > 0 else { return }
        if base[0] == UInt8(ascii: "y") {
            base[0] = UInt8(ascii: "Y")
            yFound = true
        }
        var i = 1
        while i < count {
            // Left to right, so a `y` after a `y` that just became `Y` stays a vowel.
            if base[i] == UInt8(ascii: "y") && Letters.isVowel(base[i - 1]) {
                base[i] = UInt8(ascii: "Y")
                yFound = true
            }
            i += 1
        }
    }

    /// Sets `p1` and `p2`.
    ///
    /// R1 is the region after the first non-vowel that follows a vowel (or the empty region at the end);
    /// R2 is the same construction applied inside R1. Words starting with `gener`, `commun`, `arsen`,
    /// `past`, `univers`, `later`, `emerg`, `organ` or `inter` have R1 start right after that prefix.
    mutating func markRegions() {
        p1 = count
        p2 = count
        if let prefix = regionPrefixLength() {
            p1 = prefix
        } else if let end = endOfVowelConsonant(from: 0) {
            p1 = end
        } else {
            return
        }
        if let end = endOfVowelConsonant(from: p1) { p2 = end }
    }

    /// The offset just past the first non-vowel that follows a vowel at or after `start`.
    @inline(__always)
    private func endOfVowelConsonant(from start: Int) -> Int? {
        var i = start
        while i < count && !Letters.isVowel(base[i]) { i += 1 }
        i += 1
        while i < count && Letters.isVowel(base[i]) { i += 1 }
        return i < count ? i + 1 : nil
    }

    /// The length of the special prefix the word starts with, if any.
    @inline(__always)
    private func regionPrefixLength() -> Int? {
        guard count >= 4 else { return nil }
        switch base[0] {
        case UInt8(ascii: "g"): return startsWith("gener") ? 5 : nil
        case UInt8(ascii: "c"): return startsWith("commun") ? 6 : nil
        case UInt8(ascii: "a"): return startsWith("arsen") ? 5 : nil
        case UInt8(ascii: "p"): return startsWith("past") ? 4 : nil
        case UInt8(ascii: "u"): return startsWith("univers") ? 7 : nil
        case UInt8(ascii: "l"): return startsWith("later") ? 5 : nil
        case UInt8(ascii: "e"): return startsWith("emerg") ? 5 : nil
        case UInt8(ascii: "o"): return startsWith("organ") ? 5 : nil
        case UInt8(ascii: "i"): return startsWith("inter") ? 5 : nil
        default: return nil
        }
    }

    @inline(__always)
    private func startsWith(_ prefix: StaticString) -> Bool {
        let k = prefix.utf8CodeUnitCount
        return k <= count && head(k, is: prefix)
    }

    /// Turns the prelude's `Y` marks back into `y`.
    mutating func postlude() {
        guard yFound else { return }
        var i = 0
        while i < count {
            if base[i] == UInt8(ascii: "Y") { base[i] = UInt8(ascii: "y") }
            i += 1
        }
    }
}
