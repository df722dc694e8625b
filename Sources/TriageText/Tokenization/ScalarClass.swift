/// Byte- and scalar-level character classes used by the tokenizer and the segmenters.
///
/// Everything here works on raw UTF-8 bytes so that ASCII text never leaves the fast path; non-ASCII
/// scalars are classified with the standard library's Unicode properties (no Foundation).
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

/// ASCII byte predicates (branch-light, no tables).
package enum ASCII {
    @inline(__always) package static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) package static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) package static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) package static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) package static func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    @inline(__always) package static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }
    /// Space, tab, line feed, vertical tab, form feed, carriage return.
    @inline(__always) package static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    @inline(__always) package static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
}

/// UTF-8 decoding that never traps: malformed sequences decode as U+FFFD and advance one byte.
package enum UTF8Scalars {
    /// The scalar starting at `i` and its length in bytes. `i` must be a valid index of `p`.
    @inline(__always)
    package static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        return decodeMultibyte(p, i, b0)
    }

    package static func decodeMultibyte(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ b0: UInt8) -> (value: UInt32, length: Int) {
        let n = p.count
        @inline(__always) func cont(_ k: Int) -> UInt32? {
            guard k < n else { return nil }
            let b = p[k]
            return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
        }
        if b0 >= 0xC2 && b0 <= 0xDF {
            guard let c1 = cont(i + 1) else { return (0xFFFD, 1) }
            return ((UInt32(b0 & 0x1F) << 6) | c1, 2)
        }
        if b0 >= 0xE0 && b0 <= 0xEF {
            guard let c1 = cont(i + 1), let c2 = cont(i + 2) else { return (0xFFFD, 1) }
            let v = (UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2
            if v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) { return (0xFFFD, 1) }
            return (v, 3)
        }
        if b0 >= 0xF0 && b0 <= 0xF4 {
            guard let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3) else { return (0xFFFD, 1) }
            let v = (UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            if v < 0x10000 || v > 0x10FFFF { return (0xFFFD, 1) }
            return (v, 4)
        }
        return (0xFFFD, 1)
    }

    /// The start of the scalar that ends just before `i` (for looking one character back).
    package static func previousStart(_ p: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        var k = i - 1
        var steps = 0
        while k > 0 && p[k] & 0xC0 == 0x80 && steps < 3 { k -= 1; steps += 1 }
        return max(k, 0)
    }
}
