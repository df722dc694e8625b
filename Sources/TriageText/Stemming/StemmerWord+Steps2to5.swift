// Steps 2 to 5 of the English (Porter2) stemmer: derivational suffixes in R1 and R2, final e and l.
//
// Each step dispatches on the last letter, then tests the candidates longest first, so the suffix tested
// is the longest of the step's list that the word ends with; its region condition decides alone.


extension StemmerWord {
    /// Replaces the last `length` bytes with `replacement` when they lie in R1.
    @inline(__always)
    private mutating func inR1(_ length: Int, _ replacement: StaticString) {
        if count - length >= p1 { replaceSuffix(length, with: replacement) }
    }

    /// Step 2: `tional`→`tion`, `enci`→`ence`, `anci`→`ance`, `abli`→`able`, `entli`→`ent`,
    /// `izer`/`ization`→`ize`, `ational`/`ation`/`ator`→`ate`, `alism`/`aliti`/`alli`→`al`,
    /// `fulness`→`ful`, `ousli`/`ousness`→`ous`, `iveness`/`iviti`→`ive`, `biliti`/`bli`→`ble`,
    /// `ogist`→`og`, `ogi`→`og` after `l`, `fulli`→`ful`, `lessli`→`less`, and `li` deleted after
    /// `c d e g h k m n r t`; all only in R1.
    mutating func step2() {
        guard count >= 3 else { return }
        switch last {
        case Ch.l:
            if ends(with: "ational") { inR1(7, "ate") } else if ends(with: "tional") { inR1(6, "tion") }
        case Ch.i:
            switch base[count - 2] {
            case Ch.c:
                if ends(with: "enci") { inR1(4, "ence") } else if ends(with: "anci") { inR1(4, "ance") }
            case Ch.l:
                if ends(with: "lessli") { inR1(6, "less") }
                else if ends(with: "entli") { inR1(5, "ent") }
                else if ends(with: "ousli") { inR1(5, "ous") }
                else if ends(with: "fulli") { inR1(5, "ful") }
                else if ends(with: "abli") { inR1(4, "able") }
                else if ends(with: "alli") { inR1(4, "al") }
                else if ends(with: "bli") { inR1(3, "ble") }
                else if count - 2 >= p1 && Letters.isValidLiEnding(base[count - 3]) { count -= 2 }
            case Ch.t:
                if ends(with: "biliti") { inR1(6, "ble") }
                else if ends(with: "aliti") { inR1(5, "al") }
                else if ends(with: "iviti") { inR1(5, "ive") }
            case Ch.g:
                if ends(with: "ogi") && count - 3 >= p1 && count >= 4 && base[count - 4] == Ch.l { count -= 1 }
            default:
                break
            }
        case Ch.r:
            if ends(with: "izer") { inR1(4, "ize") } else if ends(with: "ator") { inR1(4, "ate") }
        case Ch.n:
            if ends(with: "ization") { inR1(7, "ize") } else if ends(with: "ation") { inR1(5, "ate") }
        case Ch.m:
            if ends(with: "alism") { inR1(5, "al") }
        case Ch.s:
            if ends(with: "fulness") { inR1(7, "ful") }
            else if ends(with: "ousness") { inR1(7, "ous") }
            else if ends(with: "iveness") { inR1(7, "ive") }
        case Ch.t:
            if ends(with: "ogist") { inR1(5, "og") }
        default:
            break
        }
    }

    /// Step 3: `tional`→`tion`, `ational`→`ate`, `alize`→`al`, `icate`/`iciti`/`ical`→`ic`,
    /// `ful`/`ness` deleted, all in R1; `ative` deleted in R2.
    mutating func step3() {
        guard count >= 3 else { return }
        switch last {
        case Ch.l:
            if ends(with: "ational") { inR1(7, "ate") }
            else if ends(with: "tional") { inR1(6, "tion") }
            else if ends(with: "ical") { inR1(4, "ic") }
            else if ends(with: "ful") { inR1(3, "") }
        case Ch.e:
            if ends(with: "alize") { inR1(5, "al") }
            else if ends(with: "icate") { inR1(5, "ic") }
            else if ends(with: "ative") && count - 5 >= p2 && count - 5 >= p1 { count -= 5 }
        case Ch.i:
            if ends(with: "iciti") { inR1(5, "ic") }
        case Ch.s:
            if ends(with: "ness") { inR1(4, "") }
        default:
            break
        }
    }

    /// Step 4: deletes `al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize` in R2,
    /// and `ion` in R2 after `s` or `t`.
    mutating func step4() {
        guard count >= 2 else { return }
        let length: Int
        switch last {
        case Ch.l:
            length = ends(with: "al") ? 2 : 0
        case Ch.e:
            switch base[count - 2] {
            case Ch.c: length = (ends(with: "ance") || ends(with: "ence")) ? 4 : 0
            case Ch.l: length = (ends(with: "able") || ends(with: "ible")) ? 4 : 0
            case Ch.t: length = ends(with: "ate") ? 3 : 0
            case Ch.v: length = ends(with: "ive") ? 3 : 0
            case Ch.z: length = ends(with: "ize") ? 3 : 0
            default: length = 0
            }
        case Ch.r:
            length = base[count - 2] == Ch.e ? 2 : 0
        case Ch.c:
            length = base[count - 2] == Ch.i ? 2 : 0
        case Ch.t:
            if ends(with: "ement") { length = 5 }
            else if ends(with: "ment") { length = 4 }
            else if ends(with: "ent") || ends(with: "ant") { length = 3 }
            else { length = 0 }
        case Ch.m:
            length = ends(with: "ism") ? 3 : 0
        case Ch.i:
            length = ends(with: "iti") ? 3 : 0
        case Ch.s:
            length = ends(with: "ous") ? 3 : 0
        case Ch.n:
            if ends(with: "ion") && count - 3 >= p2 && count >= 4 && (base[count - 4] == Ch.s || base[count - 4] == Ch.t) {
                count -= 3
            }
            return
        default:
            return
        }
        if length > 0 && count - length >= p2 { count -= length }
    }

    /// Step 5: a final `e` is deleted in R2, or in R1 unless the rest ends in a short syllable;
    /// a final `l` is deleted in R2 after another `l`.
    mutating func step5() {
        guard count >= 1 else { return }
        let end = count - 1
        if last == Ch.e {
            if end >= p2 || (end >= p1 && !endsInShortSyllable(end)) { count = end }
        } else if last == Ch.l {
            if end >= p2 && end >= 1 && base[end - 1] == Ch.l { count = end }
        }
    }
}
