/// The BM25 formula variants, after Kamphuis, de Vries, Boytsov and Lin, "Which BM25 Do You Mean?
/// A Large-Scale Reproducibility Study of Scoring Variants" (ECIR 2020).
///
/// With *N* documents, document frequency *df*, term frequency *tf*, document length *dl*, average length
/// *avgdl* and `norm = 1 − b + b·dl/avgdl`:
///
/// | variant | idf | term-frequency part |
/// | --- | --- | --- |
/// | ``lucene`` | ln(1 + (N − df + 0.5)/(df + 0.5)) | tf / (tf + k1·norm) |
/// | ``robertson`` | ln((N − df + 0.5)/(df + 0.5)) | tf / (tf + k1·norm) |
/// | ``atire`` | ln(N/df) | tf·(k1 + 1) / (tf + k1·norm) |
/// | ``bm25l`` | ln((N + 1)/(df + 0.5)) | (k1 + 1)(c + δ) / (k1 + c + δ), c = tf/norm |
/// | ``bm25Plus`` | ln((N + 1)/df) | tf·(k1 + 1) / (tf + k1·norm) + δ |
///
/// ``robertson`` gives negative weights to terms in more than half of the documents.
public enum BM25Variant: String, Sendable, Hashable, Codable, CaseIterable {
    /// Lucene's BM25 (the default): a non-negative idf.
    case lucene
    /// Robertson and Spärck Jones's original idf.
    case robertson
    /// ATIRE: idf ln(N/df) and the (k1 + 1) numerator.
    case atire
    /// BM25L (Lv and Zhai): lifts long documents by shifting the normalised frequency by δ (default 0.5).
    case bm25l
    /// BM25+ (Lv and Zhai): adds δ (default 1) for every matched term.
    case bm25Plus = "bm25+"
}
