/// The tokenizer's scanner over one UTF-8 buffer: finds each token's start, then asks the pattern
/// matchers (``TokenScanner+Patterns.swift``) whether a special token starts there.
///
/// The scanner never allocates; it reports `(kind, start, end)` byte offsets to a closure.
struct TokenScanner {
    let p: UnsafeBufferPointer<UInt8>
    let n: Int

    init(_ p: UnsafeBufferPointer<UInt8>) {
        self.p = p
        self.n = p.count
    }

    /// The byte at `i`, or 0 past the end (0 never matches any class, so look-ahead needs no bounds checks).
    @inline(__always)
    func at(_ i: Int) -> UInt8 { i < n ? p[i] : 0 }

    /// Calls `body(kind, start, end)` for every token, in order.
    @inline(__always)
    func scan(_ body: (TokenKind, Int, Int) -> Void) {
        var i = 0
        while i < n {
            let c = p[i]
            if c < 0x80 {
                if ASCII.isAlnum(c) {
                    let (kind, end) = scanAlnum(i)
                    body(kind, i, end)
                    i = end
                } else if c == UInt8(ascii: "#"), let end = matchHashIdentifier(i) {
                    body(.identifier, i, end)
                    i = end
                } else if c == UInt8(ascii: "$"), let end = matchAmount(afterSymbolAt: i + 1) {
                    body(.money, i, end)
                    i = end
                } else {
                    i += 1
                }
                continue
            }
            let (value, length) = UTF8Scalars.decode(p, i)
            switch ScalarClass.of(value) {
            case .letter, .digit:
                let (end, sawLetter) = continueWord(from: i, afterLetter: false)
                body(sawLetter ? .word : .number, i, end)
                i = end
            case .ideograph:
                body(.word, i, i + length)
                i += length
            case .currency:
                if let end = matchAmount(afterSymbolAt: i + length) {
                    body(.money, i, end)
                    i = end
                } else {
                    i += length
                }
            case .mark, .space, .other:
                i += length
            }
        }
    }

    /// A token that starts with an ASCII letter or digit.
    func scanAlnum(_ s: Int) -> (TokenKind, Int) {
        // The common case first: a run of ASCII letters, then a run of digits; anything more is "mixed".
        var e = s
        while e < n, ASCII.isLetter(p[e]) { e &+= 1 }
        let lettersEnd = e
        while e < n, ASCII.isDigit(p[e]) { e &+= 1 }
        let digitsEnd = e
        var interleaved = false
        while e < n, ASCII.isAlnum(p[e]) {
            interleaved = true
            e &+= 1
        }
        let letters = lettersEnd &- s
        let next = at(e)
        let runLength = e &- s

        // Candidates that need look-ahead past the run.
        switch next {
        case UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "-"):
            if let end = matchEmail(s) { return (.email, end) }
            if next == UInt8(ascii: "."), runLength == 3, equalsLowercased(s, "www"), ASCII.isAlnum(at(e &+ 1)),
               let end = matchURLBody(start: s, bodyStart: e &+ 1) {
                return (.url, end)
            }
        case UInt8(ascii: ":"):
            if letters == runLength, isScheme(s, e), at(e &+ 1) == UInt8(ascii: "/"), at(e &+ 2) == UInt8(ascii: "/"),
               let end = matchURLBody(start: s, bodyStart: e &+ 3) {
                return (.url, end)
            }
        default:
            break
        }

        if letters == 0 {
            // Digits first: a number, unless letters follow (`12USD`, `10am`, `0x80070005`, `2nd`).
            if !interleaved { return scanNumeric(s, digitsEnd: digitsEnd) }
            return scanDigitsThenMore(s, e, digitsEnd: digitsEnd)
        }
        if letters == runLength {
            if runLength == 3, isUpper(s, 3), CurrencyCodes.contains(p, s), let end = matchAmount(afterCodeAt: e) {
                return (.money, end)
            }
            if runLength == 4, next == 0x20, equalsLowercased(s, "http"), let end = matchHTTPStatus(e &+ 1) {
                return (.errorCode, end)
            }
            if next == UInt8(ascii: "-") || next == UInt8(ascii: "_"), let (kind, end) = matchCompound(s) {
                return (kind, end)
            }
            if next == UInt8(ascii: "."), ASCII.isAlnum(at(e &+ 1)), let end = matchBareDomain(s) {
                return (.url, end)
            }
            return (.word, continueWord(from: e, afterLetter: true).end)
        }

        // Letters, then digits (and maybe more).
        if next == UInt8(ascii: "-") || next == UInt8(ascii: "_"), let (kind, end) = matchCompound(s) {
            return (kind, end)
        }
        if !interleaved {
            let digits = digitsEnd &- lettersEnd
            if letters == 1, p[s] | 0x20 == UInt8(ascii: "v") {
                return (.version, scanDottedDigits(e))
            }
            if letters == 3, isUpper(s, 3), CurrencyCodes.contains(p, s), let end = matchAmount(afterCodeAt: lettersEnd) {
                return (.money, end)
            }
            if letters == 1, ASCII.isUpper(p[s]), digits >= 3 { return (.errorCode, e) }
            if letters >= 3, equalsLowercased(s, "err") { return (.errorCode, e) }
            if letters >= 2, digits >= 3 { return (.identifier, e) }
        }
        return (.word, continueWord(from: e, afterLetter: ASCII.isLetter(p[e &- 1])).end)
    }

    /// A run that starts with digits and continues with letters (`s..<e`).
    private func scanDigitsThenMore(_ s: Int, _ e: Int, digitsEnd: Int) -> (TokenKind, Int) {
        if e &- s > 2, p[s] == UInt8(ascii: "0"), p[s &+ 1] | 0x20 == UInt8(ascii: "x"), allHex(s &+ 2, e) {
            return (.errorCode, e)
        }
        if e &- digitsEnd == 3, isUpper(digitsEnd, 3), CurrencyCodes.contains(p, digitsEnd) {
            return (.money, e)  // 12USD
        }
        return (.word, continueWord(from: e, afterLetter: ASCII.isLetter(p[e &- 1])).end)
    }

    /// Whether the `count` bytes at `s` are upper-case ASCII letters.
    @inline(__always)
    private func isUpper(_ s: Int, _ count: Int) -> Bool {
        for k in s..<(s &+ count) where !ASCII.isUpper(p[k]) { return false }
        return true
    }

    /// Continues a word over letters (any script), digits, combining marks and inner apostrophes
    /// (`'` or `’` between two letters). Stops before ideographs, which are tokens of their own.
    func continueWord(from start: Int, afterLetter: Bool) -> (end: Int, sawLetter: Bool) {
        var k = start
        var lastWasLetter = afterLetter
        var sawLetter = afterLetter
        while k < n {
            let c = p[k]
            if c < 0x80 {
                if ASCII.isLetter(c) {
                    lastWasLetter = true
                    sawLetter = true
                    k += 1
                } else if ASCII.isDigit(c) {
                    lastWasLetter = false
                    k += 1
                } else if c == UInt8(ascii: "'"), lastWasLetter, isLetter(at: k + 1) {
                    k += 1
                } else {
                    break
                }
                continue
            }
            if c == 0xE2, at(k + 1) == 0x80, at(k + 2) == 0x99 {  // U+2019 RIGHT SINGLE QUOTATION MARK
                if lastWasLetter, isLetter(at: k + 3) { k += 3; continue }
                break
            }
            let (value, length) = UTF8Scalars.decode(p, k)
            switch ScalarClass.of(value) {
            case .letter, .mark:
                lastWasLetter = true
                sawLetter = true
            case .digit:
                lastWasLetter = false
            default:
                return (k, sawLetter)
            }
            k += length
        }
        return (k, sawLetter)
    }

    /// Whether a (non-ideographic) letter starts at `k`.
    func isLetter(at k: Int) -> Bool {
        guard k < n else { return false }
        let c = p[k]
        if c < 0x80 { return ASCII.isLetter(c) }
        return ScalarClass.of(UTF8Scalars.decode(p, k).value) == .letter
    }

    /// Whether the bytes at `s` equal `word` (lower-case ASCII) ignoring ASCII case.
    func equalsLowercased(_ s: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard s + count <= n else { return false }
        return word.withUTF8Buffer { w in
            for k in 0..<count where ASCII.lower(p[s + k]) != w[k] { return false }
            return true
        }
    }

    func allHex(_ from: Int, _ to: Int) -> Bool {
        guard to - from >= 4 else { return false }
        for k in from..<to where !ASCII.isHex(p[k]) { return false }
        return true
    }
}
