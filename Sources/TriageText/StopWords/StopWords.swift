/// Stop-word lists.
public enum StopWords {
    /// An English stop-word list (function words only; lower case).
    public static let english: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "is", "are", "was", "were", "be",
        "it", "this", "that", "with", "as", "by", "from",
    ]
}
