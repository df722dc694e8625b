/// The Snowball English (Porter2) stemmer.
///
/// TODO(foundation): implementation in progress.
public struct EnglishStemmer: Sendable, Hashable {
    public init() {}

    /// Returns the stem of a lower-case word.
    public func stem(_ word: String) -> String { word }
}
