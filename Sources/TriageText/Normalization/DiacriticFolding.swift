import Foundation

/// Removes diacritics for accent-insensitive matching (see ``NormalizationOptions/foldDiacritics``).
package enum DiacriticFolding {
    /// `text` decomposed (NFD), stripped of combining diacritical marks, with stroked letters mapped to
    /// their base letters, then recomposed (NFC).
    ///
    /// Only the combining-diacritics blocks are removed (U+0300–036F, U+1AB0–1AFF, U+1DC0–1DFF,
    /// U+20D0–20FF, U+FE20–FE2F): vowel signs and viramas of Indic scripts are letters' parts, not accents,
    /// and are kept.
    package static func fold(_ text: String) -> String {
        var allASCII = true
        for b in text.utf8 where b >= 0x80 { allASCII = false; break }
        if allASCII { return text }
        let decomposed = text.decomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars {
            let v = scalar.value
            if isCombiningDiacritic(v) { continue }
            if let base = strokedLetters[v], let mapped = Unicode.Scalar(base) {
                out.append(mapped)
            } else {
                out.append(scalar)
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    @inline(__always)
    static func isCombiningDiacritic(_ v: UInt32) -> Bool {
        (v >= 0x300 && v <= 0x36F) || (v >= 0x1AB0 && v <= 0x1AFF) || (v >= 0x1DC0 && v <= 0x1DFF)
            || (v >= 0x20D0 && v <= 0x20FF) || (v >= 0xFE20 && v <= 0xFE2F)
    }

    /// Letters whose diacritic is part of the glyph (no canonical decomposition).
    static let strokedLetters: [UInt32: UInt32] = [
        0xD8: 0x4F, 0xF8: 0x6F,  // Ø ø
        0x141: 0x4C, 0x142: 0x6C,  // Ł ł
        0x110: 0x44, 0x111: 0x64,  // Đ đ
        0x126: 0x48, 0x127: 0x68,  // Ħ ħ
        0x166: 0x54, 0x167: 0x74,  // Ŧ ŧ
        0x180: 0x62, 0x197: 0x49, 0x268: 0x69,  // ƀ Ɨ ɨ
    ]
}
