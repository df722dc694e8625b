/// The word being stemmed: a mutable byte buffer with the regions R1 and R2 of the Porter2 algorithm.
///
/// Every character is one byte here: ASCII stays as is and each non-ASCII character has been replaced by
/// ``StemmerWord/placeholder`` (see ``EnglishStemmer/withStem(ofUTF8:_:)``). The buffer has room for at
/// least two bytes beyond the word, which is all the steps ever grow a word by.
///
/// Positions follow the algorithm's description: `p1` and `p2` are the start offsets of R1 and R2, fixed
/// once computed on the word after the prelude; a suffix starting at `s` "is in R1" when `s >= p1`.
struct StemmerWord {
    /// Stands for one non-ASCII character: not a vowel, not a letter the rules look for.
    static let placeholder: UInt8 = 0x80

    /// The first byte of the word (moves forward by one when the prelude drops a leading apostrophe).
    var base: UnsafeMutablePointer<UInt8>
    /// The current length of the word in bytes (= characters).
    var count: Int
    /// Start of R1.
    var p1: Int = 0
    /// Start of R2.
    var p2: Int = 0
    /// Whether the prelude marked a consonant `y` as `Y` (the postlude turns them back).
    var yFound = false

    init(base: UnsafeMutablePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    @inline(__always)
    subscript(_ i: Int) -> UInt8 {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    /// The last byte; only called on non-empty words.
    @inline(__always)
    var last: UInt8 { base[count - 1] }

    /// Whether the word ends with `suffix`.
    @inline(__always)
    func ends(with suffix: StaticString) -> Bool {
        let k = suffix.utf8CodeUnitCount
        guard k <= count else { return false }
        let s = suffix.utf8Start
        let start = count - k
        var i = 0
        while i < k {
            if base[start + i] != s[i] { return false }
            i += 1
        }
        return true
    }

    /// Whether the first `length` bytes are exactly `prefix` (used for "the part before the suffix is X").
    @inline(__always)
    func head(_ length: Int, is prefix: StaticString) -> Bool {
        guard prefix.utf8CodeUnitCount == length else { return false }
        let s = prefix.utf8Start
        var i = 0
        while i < length {
            if base[i] != s[i] { return false }
            i += 1
        }
        return true
    }

    /// Replaces the last `length` bytes with `replacement`.
    @inline(__always)
    mutating func replaceSuffix(_ length: Int, with replacement: StaticString) {
        let start = count - length
        let s = replacement.utf8Start
        let k = replacement.utf8CodeUnitCount
        var i = 0
        while i < k {
            base[start + i] = s[i]
            i += 1
        }
        count = start + k
    }

    /// Appends one byte (the buffer always has room for it; see the type's discussion).
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Whether `base[0 ..< end]` contains a vowel.
    @inline(__always)
    func hasVowel(before end: Int) -> Bool {
        var i = 0
        while i < end {
            if Letters.isVowel(base[i]) { return true }
            i += 1
        }
        return false
    }

    /// Whether the word `base[0 ..< end]` ends in a short syllable.
    ///
    /// A short syllable is a non-vowel other than `w`, `x`, `Y` after a vowel after a non-vowel; or a
    /// non-vowel after a vowel that begins the word; or (newer Snowball) the word ends with `past`.
    @inline(__always)
    func endsInShortSyllable(_ end: Int) -> Bool {
        if end >= 3 {
            let c = base[end - 1]
            if !Letters.isVowel(c) && c != UInt8(ascii: "w") && c != UInt8(ascii: "x") && c != UInt8(ascii: "Y")
                && Letters.isVowel(base[end - 2]) && !Letters.isVowel(base[end - 3]) {
                return true
            }
            return end >= 4 && base[end - 4] == UInt8(ascii: "p") && base[end - 3] == UInt8(ascii: "a")
                && base[end - 2] == UInt8(ascii: "s") && base[end - 1] == UInt8(ascii: "t")
        }
        return end == 2 && Letters.isVowel(base[0]) && !Letters.isVowel(base[1])
    }
}

/// Character classes of the English stemmer.
enum Letters {
    /// `a e i o u y` (lower case only: the prelude's `Y` is a consonant).
    @inline(__always)
    static func isVowel(_ c: UInt8) -> Bool {
        let i = c &- UInt8(ascii: "a")
        // Bits for a, e, i, o, u, y counted from "a".
        return i < 26 && (UInt32(0x0110_4111) >> UInt32(i)) & 1 == 1
    }

    /// Letters that may precede a removable `li`: `c d e g h k m n r t`.
    @inline(__always)
    static func isValidLiEnding(_ c: UInt8) -> Bool {
        let i = c &- UInt8(ascii: "a")
        // Bits for c, d, e, g, h, k, m, n, r, t.
        return i < 26 && (UInt32(0x000A_34DC) >> UInt32(i)) & 1 == 1
    }

    /// The doubles of step 1b: `bb dd ff gg mm nn pp rr tt`.
    @inline(__always)
    static func isDoubleLetter(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "m"),
             UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return true
        default:
            return false
        }
    }
}

/// The ASCII letters the suffix rules test, by name (computed, so they fold to constants).
enum Ch {
    static var a: UInt8 { UInt8(ascii: "a") }
    static var b: UInt8 { UInt8(ascii: "b") }
    static var c: UInt8 { UInt8(ascii: "c") }
    static var d: UInt8 { UInt8(ascii: "d") }
    static var e: UInt8 { UInt8(ascii: "e") }
    static var g: UInt8 { UInt8(ascii: "g") }
    static var i: UInt8 { UInt8(ascii: "i") }
    static var l: UInt8 { UInt8(ascii: "l") }
    static var m: UInt8 { UInt8(ascii: "m") }
    static var n: UInt8 { UInt8(ascii: "n") }
    static var o: UInt8 { UInt8(ascii: "o") }
    static var r: UInt8 { UInt8(ascii: "r") }
    static var s: UInt8 { UInt8(ascii: "s") }
    static var t: UInt8 { UInt8(ascii: "t") }
    static var u: UInt8 { UInt8(ascii: "u") }
    static var v: UInt8 { UInt8(ascii: "v") }
    static var y: UInt8 { UInt8(ascii: "y") }
    static var z: UInt8 { UInt8(ascii: "z") }
    static var apostrophe: UInt8 { UInt8(ascii: "'") }
}
