/// Check-digit validation for payment identifiers.
package enum PaymentChecks {
    /// Whether the digits of `value` (spaces and dashes ignored) pass the Luhn check and have 13–19 digits.
    package static func luhnIsValid(_ value: String) -> Bool {
        let digits = value.compactMap(\.wholeNumberValue)
        guard (13...19).contains(digits.count), value.allSatisfy({ $0.isNumber || $0 == " " || $0 == "-" }) else { return false }
        var sum = 0
        for (i, d) in digits.reversed().enumerated() {
            if i % 2 == 1 {
                let x = d * 2
                sum += x > 9 ? x - 9 : x
            } else {
                sum += d
            }
        }
        return sum % 10 == 0
    }

    /// Whether `value` (spaces ignored) is an IBAN with a valid ISO 13616 mod-97 check.
    package static func ibanIsValid(_ value: String) -> Bool {
        let s = value.filter { $0 != " " }.uppercased()
        guard (15...34).contains(s.count), s.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        let rearranged = s.dropFirst(4) + s.prefix(4)
        var remainder = 0
        for c in rearranged {
            if let d = c.wholeNumberValue {
                remainder = (remainder * 10 + d) % 97
            } else if let a = c.asciiValue {
                let v = Int(a) - 55  // A = 10 … Z = 35
                remainder = (remainder * 100 + v) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }
}
