/// A memo table in front of ``EnglishStemmer`` for running text, where a few thousand words recur.
///
/// `StemCache` is a value type meant to be owned by one thread or task at a time (an analyzer run, an
/// indexing loop): `stem(_:)` is `mutating`, so no lock is needed and Swift's exclusivity rules keep it
/// safe. To share stems across threads, give each worker its own cache (they are cheap to create).
///
/// When the table holds `capacity` entries it is emptied before the next insertion, so memory stays
/// bounded and the result never depends on the cache: `stem(_:)` always equals
/// `EnglishStemmer().stem(_:)`.
///
/// ```swift
/// var cache = StemCache()
/// let stems = words.map { cache.stem($0) }
/// ```
public struct StemCache: Sendable {
    /// The stemmer behind the cache.
    public let stemmer: EnglishStemmer
    /// The most entries held before the table is emptied. The default is 10,000.
    public let capacity: Int
    private var table: [String: String]

    /// Creates an empty cache.
    ///
    /// - Parameters:
    ///   - stemmer: The stemmer to memoise. The default is ``EnglishStemmer/init()``.
    ///   - capacity: The most entries held; at least 1. The default is 10,000.
    public init(stemmer: EnglishStemmer = EnglishStemmer(), capacity: Int = 10_000) {
        self.stemmer = stemmer
        self.capacity = max(1, capacity)
        self.table = Dictionary(minimumCapacity: min(self.capacity, 1 << 16))
    }

    /// The number of words currently cached.
    public var count: Int { table.count }

    /// Returns the stem of a lower-case word, from the table when it was seen before.
    ///
    /// - Parameter word: One word, lower case.
    /// - Returns: `stemmer.stem(word)`.
    /// - Complexity: Amortised O(*n*) for a word of *n* bytes (one hash lookup; a miss also stems).
    public mutating func stem(_ word: String) -> String {
        if let cached = table[word] { return cached }
        let stem = stemmer.stem(word)
        if table.count >= capacity { table.removeAll(keepingCapacity: true) }
        table[word] = stem
        return stem
    }

    /// Empties the table.
    public mutating func removeAll() {
        table.removeAll(keepingCapacity: true)
    }
}
