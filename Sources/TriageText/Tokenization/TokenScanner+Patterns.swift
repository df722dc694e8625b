/// Pattern matchers for the special tokens: e-mail addresses, URLs, identifiers, error codes.
/// Each returns the end offset of the match (or `nil`); none allocates.
extension TokenScanner {
    /// The longest identifier or compound the matchers look at (bytes). Longer runs are cut there, so a
    /// pathological `a-a-a-…` input costs linear time, not quadratic.
    static let maxCompoundLength = 128

    /// `local@domain.tld`: local part `[A-Za-z0-9._%+-]+` not ending in `.`; two or more domain labels
    /// `[A-Za-z0-9-]+` (not starting or ending with `-`); the last one all letters, two or more of them.
    /// A trailing `.` (end of sentence) is never part of the address.
    func matchEmail(_ s: Int) -> Int? {
        var j = s
        let localLimit = min(n, s + 64)  // RFC 5321 local-part limit; also keeps scanning linear overall
        while j < localLimit {
            let b = p[j]
            guard ASCII.isAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "%")
                || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") else { break }
            j += 1
        }
        guard at(j) == UInt8(ascii: "@"), p[j - 1] != UInt8(ascii: ".") else { return nil }
        var k = j + 1
        var labels = 0
        var end: Int?
        let domainLimit = min(n, k + 253)
        while true {
            let labelStart = k
            var lettersOnly = true
            while k < domainLimit, ASCII.isAlnum(p[k]) || p[k] == UInt8(ascii: "-") {
                if !ASCII.isLetter(p[k]) { lettersOnly = false }
                k += 1
            }
            guard k > labelStart, p[labelStart] != UInt8(ascii: "-"), p[k - 1] != UInt8(ascii: "-") else { break }
            labels += 1
            if labels >= 2, lettersOnly, k - labelStart >= 2 { end = k }
            guard at(k) == UInt8(ascii: "."), ASCII.isAlnum(at(k + 1)) else { break }
            k += 1
        }
        return end
    }

    /// Whether `s..<e` is `http`, `https` or `ftp` in any case.
    func isScheme(_ s: Int, _ e: Int) -> Bool {
        switch e - s {
        case 3: return equalsLowercased(s, "ftp")
        case 4: return equalsLowercased(s, "http")
        case 5: return equalsLowercased(s, "https")
        default: return false
        }
    }

    /// The rest of a URL from `bodyStart`: runs to white space, `<`, `>`, `"`, `` ` ``, or a non-ASCII
    /// scalar that is not a letter, digit or mark; then drops trailing sentence punctuation
    /// (`.,;:!?'"*`) and closing brackets that have no opening partner inside the URL.
    /// `nil` when nothing alphanumeric is left after `bodyStart`.
    func matchURLBody(start s: Int, bodyStart: Int) -> Int? {
        var j = bodyStart
        scanning: while j < n {
            let c = p[j]
            if c < 0x80 {
                switch c {
                case 0...0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"):
                    break scanning
                default:
                    j += 1
                }
            } else {
                let (value, length) = UTF8Scalars.decode(p, j)
                switch ScalarClass.of(value) {
                case .letter, .digit, .mark, .ideograph: j += length
                default: break scanning
                }
            }
        }
        var opened = (round: 0, square: 0, curly: 0)
        var closed = (round: 0, square: 0, curly: 0)
        for k in s..<j {
            switch p[k] {
            case UInt8(ascii: "("): opened.round += 1
            case UInt8(ascii: ")"): closed.round += 1
            case UInt8(ascii: "["): opened.square += 1
            case UInt8(ascii: "]"): closed.square += 1
            case UInt8(ascii: "{"): opened.curly += 1
            case UInt8(ascii: "}"): closed.curly += 1
            default: break
            }
        }
        trimming: while j > bodyStart {
            switch p[j - 1] {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "*"):
                j -= 1
            case UInt8(ascii: ")") where closed.round > opened.round:
                closed.round -= 1
                j -= 1
            case UInt8(ascii: "]") where closed.square > opened.square:
                closed.square -= 1
                j -= 1
            case UInt8(ascii: "}") where closed.curly > opened.curly:
                closed.curly -= 1
                j -= 1
            default:
                break trimming
            }
        }
        var k = bodyStart
        while k < j {
            if ASCII.isAlnum(p[k]) || p[k] >= 0x80 { return j }
            k += 1
        }
        return nil
    }

    /// A scheme-less domain such as `example.com` or `shop.example.co.uk/help`: two or more labels
    /// whose last one is a common top-level domain (``TopLevelDomains``), optionally followed by a path.
    func matchBareDomain(_ s: Int) -> Int? {
        var k = s
        var labels = 0
        var end: Int?
        let limit = min(n, s + 253)  // DNS name limit; also keeps scanning linear overall
        while true {
            let labelStart = k
            while k < limit, ASCII.isAlnum(p[k]) || p[k] == UInt8(ascii: "-") { k += 1 }
            guard k > labelStart else { break }
            labels += 1
            if labels >= 2, TopLevelDomains.contains(p, labelStart, k) { end = k }
            guard at(k) == UInt8(ascii: "."), ASCII.isAlnum(at(k + 1)) else { break }
            k += 1
        }
        guard let domainEnd = end else { return nil }
        if at(domainEnd) == UInt8(ascii: "/"), let pathEnd = matchURLBody(start: s, bodyStart: domainEnd) {
            return pathEnd
        }
        return domainEnd
    }

    /// `HTTP 503`: a three-digit status `1xx`–`5xx` after `HTTP` and one space (the caller checked `HTTP `).
    func matchHTTPStatus(_ k: Int) -> Int? {
        let d = at(k)
        guard d >= UInt8(ascii: "1"), d <= UInt8(ascii: "5"), ASCII.isDigit(at(k + 1)), ASCII.isDigit(at(k + 2)),
              !ASCII.isAlnum(at(k + 3)) else { return nil }
        return k + 3
    }

    /// Alphanumeric segments joined by single `-` or `_`: `A-55812`, `INV-2024-001`, `ORD_7781` (identifiers:
    /// the first segment starts with a letter and the whole has at least two digits; or any `_` compound),
    /// `ERR_CONNECTION_RESET` (error code: `_`-joined, upper case, no digits). Otherwise `nil`
    /// (`e-mail`, `wi-fi`, `24-hour` split into words).
    func matchCompound(_ s: Int) -> (TokenKind, Int)? {
        var j = s
        var segments = 0, digits = 0, lowers = 0
        var hasUnderscore = false
        let limit = min(n, s + Self.maxCompoundLength)
        while true {
            while j < limit, ASCII.isAlnum(p[j]) {
                if ASCII.isDigit(p[j]) { digits += 1 } else if ASCII.isLower(p[j]) { lowers += 1 }
                j += 1
            }
            segments += 1
            let sep = at(j)
            guard j < limit, sep == UInt8(ascii: "-") || sep == UInt8(ascii: "_"), ASCII.isAlnum(at(j + 1)) else { break }
            if sep == UInt8(ascii: "_") { hasUnderscore = true }
            j += 1
        }
        guard segments >= 2 else { return nil }
        let startsWithLetter = ASCII.isLetter(p[s])
        if hasUnderscore, startsWithLetter, lowers == 0, digits == 0 { return (.errorCode, j) }
        if startsWithLetter, digits >= 2 { return (.identifier, j) }
        if hasUnderscore { return (.identifier, j) }
        return nil
    }

    /// `#1042`, `#A-123`, `#Person1#`: `#`, then alphanumeric segments (joined by `-` or `_`) with at least one
    /// digit, then an optional closing `#`. A `#` before a plain word (`#refund`) is not part of any token.
    func matchHashIdentifier(_ i: Int) -> Int? {
        var j = i + 1
        var digits = 0
        let limit = min(n, i + Self.maxCompoundLength)
        while true {
            let segmentStart = j
            while j < limit, ASCII.isAlnum(p[j]) {
                if ASCII.isDigit(p[j]) { digits += 1 }
                j += 1
            }
            guard j > segmentStart else { return nil }
            let sep = at(j)
            guard j < limit, sep == UInt8(ascii: "-") || sep == UInt8(ascii: "_"), ASCII.isAlnum(at(j + 1)) else { break }
            j += 1
        }
        guard digits > 0 else { return nil }
        if at(j) == UInt8(ascii: "#"), !ASCII.isAlnum(at(j + 1)) { j += 1 }
        return j
    }
}
