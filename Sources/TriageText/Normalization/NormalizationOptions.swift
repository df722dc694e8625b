/// Options for Unicode normalisation of text before matching.
///
/// The defaults (NFKC, then full case folding, diacritics kept) match Unicode's `NFKC_Casefold` closely
/// enough for search and classification: `ﬁ` → `fi`, `ＡＢＣ１２３` → `abc123`, `Straße` → `strasse`,
/// `ΣΑΣ` → `σασ`. Diacritic folding is off by default because it merges distinct words in many languages
/// (`año`/`ano`); turn it on for accent-insensitive matching.
public struct NormalizationOptions: Sendable, Hashable, Codable {
    /// Apply Unicode NFKC (compatibility decomposition, then canonical composition). The default is `true`.
    public var nfkc: Bool = true
    /// Apply full Unicode case folding (`CaseFolding.txt`, statuses C and F; locale-independent, so `I` → `i`
    /// even in Turkish text). The default is `true`.
    public var caseFold: Bool = true
    /// Remove diacritics: canonical decomposition, then the combining diacritical marks are dropped
    /// (`café` → `cafe`, `Ångström` → `Angstrom`) and a few letters with bars or strokes are mapped to
    /// their base letter (`ø` → `o`, `ł` → `l`, `đ` → `d`, `ħ` → `h`, `ŧ` → `t`). The default is `false`.
    public var foldDiacritics: Bool = false

    /// Creates normalisation options.
    ///
    /// - Parameters:
    ///   - nfkc: Apply NFKC. The default is `true`.
    ///   - caseFold: Apply full case folding. The default is `true`.
    ///   - foldDiacritics: Remove diacritics. The default is `false`.
    public init(nfkc: Bool = true, caseFold: Bool = true, foldDiacritics: Bool = false) {
        self.nfkc = nfkc
        self.caseFold = caseFold
        self.foldDiacritics = foldDiacritics
    }
}
