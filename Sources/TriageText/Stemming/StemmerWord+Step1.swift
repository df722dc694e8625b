// Steps 1a, 1b and 1c of the English (Porter2) stemmer: apostrophes, plurals, -ed/-ing, final y.
//
// In every step the longest matching suffix of the step's list is chosen first; if its condition fails,
// the step does nothing (shorter suffixes are not tried).

extension StemmerWord {
    /// Step 1a: drops a trailing `'`, `'s` or `'s'`, then handles `sses`, `ied`/`ies`, `s`, `us`, `ss`.
    mutating func step1a() {
        guard count > 0 else { return }
        if last == Ch.apostrophe {
            count -= (count >= 3 && base[count - 2] == Ch.s && base[count - 3] == Ch.apostrophe) ? 3 : 1
        } else if count >= 2 && last == Ch.s && base[count - 2] == Ch.apostrophe {
            count -= 2
        }
        guard count >= 2 else { return }
        let c1 = last, c2 = base[count - 2]
        if c1 == Ch.d {
            if c2 == Ch.e && count >= 3 && base[count - 3] == Ch.i { iesOrIed() }
            return
        }
        guard c1 == Ch.s else { return }
        switch c2 {
        case Ch.s, Ch.u:
            // ss and us stay.
            return
        case Ch.e where count >= 4 && base[count - 3] == Ch.s && base[count - 4] == Ch.s:
            // sses → ss.
            count -= 2
        case Ch.e where count >= 3 && base[count - 3] == Ch.i:
            iesOrIed()
        default:
            // s: deleted when the part before the letter preceding it contains a vowel (gaps, not gas).
            if hasVowel(before: count - 2) { count -= 1 }
        }
    }

    /// `ied`, `ies` → `i` after two or more letters (cries → cri), else `ie` (ties → tie).
    @inline(__always)
    private mutating func iesOrIed() {
        count -= (count - 3 >= 2) ? 2 : 1
    }

    /// Step 1b: `eed`/`eedly` → `ee` in R1; `ed`, `edly`, `ing`, `ingly` removed after a vowel, then the
    /// stem is tidied (`at bl iz` + `e`, undoubled, or `e` added to a short word).
    mutating func step1b() {
        guard count >= 2 else { return }
        let start: Int
        switch last {
        case Ch.d:
            guard base[count - 2] == Ch.e else { return }
            if count >= 3 && base[count - 3] == Ch.e {
                eedSuffix(at: count - 3)
                return
            }
            start = count - 2
        case Ch.y:
            guard count >= 4 && base[count - 2] == Ch.l else { return }
            if ends(with: "edly") {
                if count >= 5 && base[count - 5] == Ch.e {
                    eedSuffix(at: count - 5)
                    return
                }
                start = count - 4
            } else if ends(with: "ingly") {
                start = count - 5
            } else {
                return
            }
        case Ch.g:
            guard ends(with: "ing") else { return }
            start = count - 3
            if ingIsSpecial(before: start) { return }
        default:
            return
        }
        guard hasVowel(before: start) else { return }
        count = start
        guard count >= 2 else { return }
        let c1 = last, c2 = base[count - 2]
        if (c2 == Ch.a && c1 == Ch.t) || (c2 == Ch.b && c1 == Ch.l) || (c2 == Ch.i && c1 == Ch.z) {
            append(Ch.e)
        } else if c1 == c2 && Letters.isDoubleLetter(c1) {
            // A double is undoubled except in `add`, `ebb`, `err`, `egg`, `off`, `odd`-like three-letter words.
            if !(count == 3 && (base[0] == Ch.a || base[0] == Ch.e || base[0] == Ch.o)) { count -= 1 }
        } else if count == p1 && endsInShortSyllable(count) {
            append(Ch.e)
        }
    }

    /// `eed`/`eedly` starting at `start`: → `ee` when in R1, except after exactly `proc`, `exc`, `succ`.
    @inline(__always)
    private mutating func eedSuffix(at start: Int) {
        guard start >= p1 else { return }
        if head(start, is: "proc") || head(start, is: "exc") || head(start, is: "succ") { return }
        count = start + 2
    }

    /// The `-ing` exceptions; returns `true` when it handled the word.
    ///
    /// A non-vowel + `ying` becomes non-vowel + `ie` (dying → die, lying → lie); `inning`, `outing`,
    /// `canning`, `herring`, `earring`, `evening` are left alone.
    @inline(__always)
    private mutating func ingIsSpecial(before start: Int) -> Bool {
        switch start {
        case 2:
            if base[1] == Ch.y && !Letters.isVowel(base[0]) {
                base[1] = Ch.i
                base[2] = Ch.e
                count = 3
                return true
            }
            return false
        case 3:
            return head(3, is: "inn") || head(3, is: "out")
        case 4:
            return head(4, is: "cann") || head(4, is: "herr") || head(4, is: "earr") || head(4, is: "even")
        default:
            return false
        }
    }

    /// Step 1c: a final `y`/`Y` after a non-vowel that is not the first letter becomes `i` (cry → cri, by → by).
    mutating func step1c() {
        guard count >= 3 else { return }
        let c = last
        if (c == Ch.y || c == UInt8(ascii: "Y")) && !Letters.isVowel(base[count - 2]) {
            base[count - 1] = Ch.i
        }
    }
}
