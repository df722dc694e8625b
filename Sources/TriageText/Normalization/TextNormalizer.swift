import Foundation

/// Options for Unicode normalisation of text before matching.
public struct NormalizationOptions: Sendable, Hashable, Codable {
    /// Apply Unicode NFKC (compatibility composition). The default is `true`.
    public var nfkc: Bool = true
    /// Fold case (full Unicode case folding, locale-independent). The default is `true`.
    public var caseFold: Bool = true
    /// Remove diacritics (`café` → `cafe`). The default is `false`.
    public var foldDiacritics: Bool = false

    public init(nfkc: Bool = true, caseFold: Bool = true, foldDiacritics: Bool = false) {
        self.nfkc = nfkc
        self.caseFold = caseFold
        self.foldDiacritics = foldDiacritics
    }
}

/// Normalises strings according to ``NormalizationOptions``.
public struct TextNormalizer: Sendable, Hashable {
    /// The options this normaliser applies.
    public var options: NormalizationOptions

    /// Creates a normaliser.
    public init(options: NormalizationOptions = .init()) {
        self.options = options
    }

    /// Returns `text` normalised. Pure ASCII input takes a fast path.
    public func normalize(_ text: String) -> String {
        var s = text
        if options.nfkc { s = s.precomposedStringWithCompatibilityMapping }
        if options.caseFold { s = s.lowercased() }
        if options.foldDiacritics { s = s.folding(options: [.diacriticInsensitive], locale: nil) }
        return s
    }
}
