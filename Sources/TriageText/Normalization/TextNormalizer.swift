import Foundation

/// Normalises strings according to ``NormalizationOptions``.
///
/// Pure ASCII input takes a byte-level fast path that makes no Foundation call: NFKC and diacritic
/// folding leave ASCII unchanged and case folding is ASCII lower-casing. Other text goes through
/// Foundation's NFKC (`precomposedStringWithCompatibilityMapping`), then ``CaseFolding``, then NFKC
/// again when folding changed something (folding can yield a decomposed sequence, e.g. `ΐ`), then
/// ``DiacriticFolding``.
public struct TextNormalizer: Sendable, Hashable {
    /// The options this normaliser applies.
    public var options: NormalizationOptions

    /// Creates a normaliser.
    ///
    /// - Parameter options: What to apply. The default is NFKC and case folding.
    public init(options: NormalizationOptions = .init()) {
        self.options = options
    }

    /// Returns `text` normalised.
    ///
    /// - Complexity: O(*n*) for *n* UTF-8 bytes.
    public func normalize(_ text: String) -> String {
        var copy = text
        let isASCII = copy.withUTF8 { Self.isASCII($0) }
        guard isASCII else { return normalizeUnicode(text) }
        return options.caseFold ? Self.lowercasedASCII(copy) : text
    }

    /// ASCII lower-casing without Foundation; returns `text` itself when it has no upper-case letter.
    static func lowercasedASCII(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            guard hasUpper(bytes) else { return text }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for k in 0..<bytes.count { out[k] = ASCII.lower(bytes[k]) }
                return bytes.count
            }
        }
    }

    /// The non-ASCII path of ``normalize(_:)``.
    func normalizeUnicode(_ text: String) -> String {
        var s = text
        if options.nfkc { s = s.precomposedStringWithCompatibilityMapping }
        if options.caseFold {
            let folded = CaseFolding.fold(s)
            if folded != s {
                s = options.nfkc ? folded.precomposedStringWithCompatibilityMapping : folded
            }
        }
        if options.foldDiacritics { s = DiacriticFolding.fold(s) }
        return s
    }

    /// Whether every byte is ASCII (checks eight bytes at a time).
    @inline(__always)
    package static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while k + 8 <= n {
                if raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                k += 8
            }
        }
        while k < n {
            if bytes[k] >= 0x80 { return false }
            k += 1
        }
        return true
    }

    @inline(__always)
    static func hasUpper(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where ASCII.isUpper(b) { return true }
        return false
    }
}
