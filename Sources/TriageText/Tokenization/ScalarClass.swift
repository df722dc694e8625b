/// The character classes the tokenizer and the segmenters distinguish.
///
/// Non-ASCII scalars are classified with the standard library's Unicode properties (no Foundation);
/// ASCII bytes with the branch-light predicates of ``ASCII``.
package enum ScalarClass: Sendable, Equatable {
    /// A letter (`L*` or `Nl`), other than the ideographs below.
    case letter
    /// A decimal digit (`Nd`), in any script.
    case digit
    /// A combining mark (`Mn`, `Mc`, `Me`); it continues the word it follows.
    case mark
    /// A Han ideograph or Hiragana letter: each one is a token of its own.
    case ideograph
    /// A currency symbol (`Sc`): `$`, `€`, `£`, `¥`, `₹`, …
    case currency
    /// White space (`Zs`, `Zl`, `Zp` and ASCII controls that separate text).
    case space
    /// Anything else: punctuation, symbols, emoji, unassigned scalars.
    case other

    /// The class of one Unicode scalar value.
    package static func of(_ value: UInt32) -> ScalarClass {
        if value < 0x80 { return ofASCII(UInt8(truncatingIfNeeded: value)) }
        if isIdeograph(value) { return .ideograph }
        guard let scalar = Unicode.Scalar(value) else { return .other }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .decimalNumber:
            return .digit
        case .currencySymbol:
            return .currency
        case .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return .space
        case .control:
            return value == 0x85 ? .space : .other
        default:
            return .other
        }
    }

    /// The class of one ASCII byte.
    @inline(__always)
    package static func ofASCII(_ b: UInt8) -> ScalarClass {
        if ASCII.isLetter(b) { return .letter }
        if ASCII.isDigit(b) { return .digit }
        if ASCII.isSpace(b) { return .space }
        if b == UInt8(ascii: "$") { return .currency }
        return .other
    }

    /// Han ideographs (CJK Unified Ideographs, extensions, compatibility ideographs) and Hiragana.
    @inline(__always)
    package static func isIdeograph(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x3040 && v <= 0x309F)
            || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x3FFFF)
    }
}
