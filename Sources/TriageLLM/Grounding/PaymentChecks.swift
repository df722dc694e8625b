import TriagePlanner

/// Check-digit validation of free-text payment identifiers for redaction, on top of the planner's field
/// validators (``CardExtractor/luhnValid(_:)``, ``IBANExtractor/mod97(_:)``), which hold the check arithmetic.
package enum PaymentChecks {
    /// Whether `value` (digits with optional spaces and dashes) has 13–19 digits that pass the Luhn check.
    package static func luhnIsValid(_ value: String) -> Bool {
        guard value.allSatisfy({ $0.isNumber || $0 == " " || $0 == "-" }) else { return false }
        let digits = value.compactMap(\.wholeNumberValue).map { UInt8($0) }
        return (13...19).contains(digits.count) && CardExtractor.luhnValid(digits)
    }

    /// Whether `value` (spaces ignored) is 15–34 characters with a valid ISO 13616 mod-97 check.
    package static func ibanIsValid(_ value: String) -> Bool {
        let chars = Array(value.filter { $0 != " " }.uppercased().utf8)
        return (15...34).contains(chars.count) && IBANExtractor.mod97(chars) == 1
    }
}
