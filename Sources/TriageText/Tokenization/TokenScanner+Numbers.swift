/// Numbers, money amounts and version numbers.
extension TokenScanner {
    /// The shape of a number scanned by ``scanNumberCore(_:)``.
    struct NumberShape {
        var end: Int
        /// `.` followed by digits, e.g. 1 in `3.14`, 2 in `2.3.1`.
        var dots = 0
        /// `,` followed by exactly three digits (thousands separators), e.g. 1 in `1,000`.
        var groups = 0
        /// `,` followed by exactly two digits at the end (`12,50`).
        var decimalComma = false
    }

    /// Digits, then any number of `,ddd` thousands groups and `.digits` parts; a final `,dd` is a decimal comma.
    /// The caller guarantees a digit at `s`.
    func scanNumberCore(_ s: Int) -> NumberShape {
        var j = s
        while ASCII.isDigit(at(j)) { j += 1 }
        var shape = NumberShape(end: j)
        while true {
            let c = at(j)
            if c == UInt8(ascii: "."), ASCII.isDigit(at(j + 1)) {
                j += 1
                while ASCII.isDigit(at(j)) { j += 1 }
                shape.dots += 1
                continue
            }
            if c == UInt8(ascii: ","), shape.dots == 0, !shape.decimalComma {
                var k = j + 1
                while ASCII.isDigit(at(k)) { k += 1 }
                let groupLength = k - j - 1
                if groupLength == 3 {
                    j = k
                    shape.groups += 1
                    continue
                }
                let after = at(k)
                if groupLength == 2, shape.groups == 0, !ASCII.isAlnum(after),
                   !((after == UInt8(ascii: ",") || after == UInt8(ascii: ".")) && ASCII.isDigit(at(k + 1))) {
                    j = k
                    shape.decimalComma = true
                    continue
                }
            }
            break
        }
        shape.end = j
        return shape
    }

    /// A token starting with a digit run `s..<digitsEnd`: a number (`42`, `3.14`, `1,000`, `12,50`),
    /// a version (`2.3.1`, `1.0.0-beta`: three or more dotted parts) or a money amount with a trailing
    /// currency symbol or ISO code (`12€`, `9 €`, `12.50 USD`, `40EUR`).
    func scanNumeric(_ s: Int, digitsEnd: Int) -> (TokenKind, Int) {
        let shape = scanNumberCore(s)
        var j = shape.end
        if shape.dots >= 2, shape.groups == 0, !shape.decimalComma {
            if at(j) == UInt8(ascii: "-"), ASCII.isAlnum(at(j + 1)) {  // pre-release suffix: -beta, -rc1, -rc.1
                var k = j + 1
                var sawLetter = false
                while ASCII.isAlnum(at(k)) {
                    if ASCII.isLetter(p[k]) { sawLetter = true }
                    k += 1
                }
                if sawLetter {
                    j = k
                    if at(j) == UInt8(ascii: "."), ASCII.isDigit(at(j + 1)) { j = scanDottedDigits(j) }
                }
            }
            return (.version, j)
        }
        if let end = matchCurrencySuffix(j) { return (.money, end) }
        return (.number, j)
    }

    /// A currency symbol or ISO code right after an amount ending at `j`, optionally after one space.
    func matchCurrencySuffix(_ j: Int) -> Int? {
        if let end = currencyMarker(at: j) { return end }
        if at(j) == 0x20, let end = currencyMarker(at: j + 1) { return end }
        return nil
    }

    /// The end of a currency symbol or an ISO code (followed by a non-alphanumeric) starting at `k`.
    private func currencyMarker(at k: Int) -> Int? {
        let c = at(k)
        if c == UInt8(ascii: "$") { return k + 1 }
        if c >= 0x80 {
            let (value, length) = UTF8Scalars.decode(p, k)
            return ScalarClass.of(value) == .currency ? k + length : nil
        }
        if ASCII.isUpper(c), CurrencyCodes.contains(p, k), !ASCII.isAlnum(at(k + 3)) { return k + 3 }
        return nil
    }

    /// The amount after a currency symbol that ends just before `k` (`$12.50`, `€9`, `£1,299.99`),
    /// with an optional ISO code after one space (`$12 USD`). `nil` unless a digit follows the symbol.
    func matchAmount(afterSymbolAt k: Int) -> Int? {
        guard ASCII.isDigit(at(k)) else { return nil }
        let end = scanNumberCore(k).end
        if at(end) == 0x20, ASCII.isUpper(at(end + 1)), end + 4 <= n, CurrencyCodes.contains(p, end + 1),
           !ASCII.isAlnum(at(end + 4)) {
            return end + 4
        }
        return end
    }

    /// The amount after an ISO currency code that ends just before `k`, optionally after one space
    /// (`EUR 40`, `USD12.50`). `nil` unless a digit follows.
    func matchAmount(afterCodeAt k: Int) -> Int? {
        let start = at(k) == 0x20 ? k + 1 : k
        guard ASCII.isDigit(at(start)) else { return nil }
        let shape = scanNumberCore(start)
        guard shape.dots < 2, !ASCII.isLetter(at(shape.end)) else { return nil }
        return shape.end
    }

    /// Continues `v10` over `.digits` parts: `v10.4.2`. Returns the end.
    func scanDottedDigits(_ e: Int) -> Int {
        var j = e
        while at(j) == UInt8(ascii: "."), ASCII.isDigit(at(j + 1)) {
            j += 1
            while ASCII.isDigit(at(j)) { j += 1 }
        }
        return j
    }
}

/// ISO 4217 codes recognised next to amounts (upper case only, so that `40 try` stays two words).
enum CurrencyCodes {
    static let codes: [UInt32] = [
        "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "CNY", "INR", "SEK", "NOK", "DKK", "PLN",
        "CZK", "HUF", "MXN", "BRL", "ZAR", "SGD", "HKD", "KRW", "RUB", "TRY", "AED", "SAR", "ILS", "THB",
    ].map { code in code.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }

    /// Whether the three bytes at `k` are one of ``codes``. The caller guarantees `k + 3 <= p.count`.
    static func contains(_ p: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        guard k + 3 <= p.count else { return false }
        let key = UInt32(p[k]) << 16 | UInt32(p[k + 1]) << 8 | UInt32(p[k + 2])
        return codes.contains(key)
    }
}

/// Top-level domains that make a scheme-less `name.tld` a URL. Country codes that are also common English
/// words or abbreviations (`in`, `us`, `it`, `me`, `co`, `no`) are left out on purpose.
enum TopLevelDomains {
    static let names: [UInt32] = [
        "com", "org", "net", "io", "edu", "gov", "uk", "de", "fr", "es", "nl", "eu", "ca", "au", "app", "dev",
        "info", "biz", "ai", "ly",
    ].map { name in name.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }

    /// Whether the label `s..<e` (any case) is one of ``names``.
    static func contains(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 2, e - s <= 4 else { return false }
        var key: UInt32 = 0
        for k in s..<e {
            guard ASCII.isLetter(p[k]) else { return false }
            key = key << 8 | UInt32(ASCII.lower(p[k]))
        }
        return names.contains(key)
    }
}
