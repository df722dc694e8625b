/// Which intents' training examples contain each known word: the table behind the out-of-scope signal
/// ``IntentPrediction/foreignWordShare``.
///
/// A text whose words are known to the model but were never used by the predicted intent's examples (the
/// words of another intent's topic, such as "cash" and "ATM" in a question predicted as a card-payment
/// intent) is more often a request the model has no intent for. For a text and its predicted intent `c`, the
/// share is
///
///     Σ idf(w) over the text's distinct known words w that no training example of c contains
///     ───────────────────────────────────────────────────────────────────────────────────────
///     Σ idf(w) over the text's distinct known words
///
/// in `0...1` (0 for a text without known words). Words are the vectorizer's word unigram features (stemmed
/// terms), `idf` its inverse document frequencies (1 with count weighting); words never seen in training are
/// not counted (``IntentPrediction/unknownWordFraction`` is about those). With hashed features a bucket shared by
/// a unigram and a longer n-gram counts as a word.
///
/// Layout: one row of ``wordsPerFeature`` 64-bit words per word feature; bit `c` of a row is set when an
/// example of intent `c` contains the feature, and bit ``classCount`` marks the unigram features (rows of
/// longer word n-grams are zero).
public struct ForeignWordTable: Sendable, Hashable {
    /// The number of intents.
    public let classCount: Int
    /// The number of word features (rows).
    public let featureCount: Int
    /// 64-bit words per row: `(classCount + 1 + 63) / 64`.
    public let wordsPerFeature: Int
    /// The rows, `featureCount × wordsPerFeature` words.
    package private(set) var bits: [UInt64]

    /// An empty table (no word marked as used by any intent; unigram flags from `unigrams`).
    /// - Parameters:
    ///   - unigrams: the word features that are unigrams (ids below `featureCount`; others are ignored).
    public init(classCount: Int, featureCount: Int, unigrams: some Sequence<Int32>) {
        self.classCount = max(classCount, 0)
        self.featureCount = max(featureCount, 0)
        wordsPerFeature = Self.wordsPerFeature(classCount: self.classCount)
        bits = [UInt64](repeating: 0, count: self.featureCount * wordsPerFeature)
        let flag = Self.position(of: self.classCount)
        for u in unigrams where u >= 0 && Int(u) < self.featureCount {
            bits[Int(u) * wordsPerFeature + flag.word] |= flag.mask
        }
    }

    /// Restores a table from its rows (as written in a model file).
    /// - Returns: `nil` when `bits` does not hold `featureCount` rows for `classCount` intents.
    public init?(classCount: Int, featureCount: Int, bits: [UInt64]) {
        guard classCount >= 0, featureCount >= 0 else { return nil }
        let words = Self.wordsPerFeature(classCount: classCount)
        guard bits.count == featureCount * words else { return nil }
        self.classCount = classCount
        self.featureCount = featureCount
        wordsPerFeature = words
        self.bits = bits
    }

    /// The table of training rows `x` (as the vectorizer makes them) with labels `y`.
    /// - Parameter unigrams: the word features that are unigrams (``TextVectorizer/unigramFeatures()``).
    /// - Complexity: O(nnz(x) + featureCount · wordsPerFeature).
    public init(_ x: SparseMatrix, labels y: [Int32], classCount: Int, featureCount: Int, unigrams: some Sequence<Int32>) {
        self.init(classCount: classCount, featureCount: featureCount, unigrams: unigrams)
        mark(x, labels: y)
    }

    /// Marks every unigram of rows `x` as used by the row's intent (labels outside `0..<classCount` are
    /// skipped).
    public mutating func mark(_ x: SparseMatrix, labels y: [Int32]) {
        let flag = Self.position(of: classCount)
        for r in 0..<min(x.rowCount, y.count) {
            let c = Int(y[r])
            guard c >= 0 && c < classCount else { continue }
            let p = Self.position(of: c)
            for k in x.range(ofRow: r) {
                let f = Int(x.indices[k])
                guard f >= 0 && f < featureCount else { continue }
                let row = f * wordsPerFeature
                if bits[row + flag.word] & flag.mask != 0 { bits[row + p.word] |= p.mask }
            }
        }
    }

    /// Whether an example of intent `c` contains word feature `f` (`false` for n-grams and unknown ids).
    public func contains(feature f: Int, intent c: Int) -> Bool {
        c >= 0 && c < classCount && bit(c, of: f)
    }

    /// Whether word feature `f` is a unigram.
    public func isUnigram(feature f: Int) -> Bool { bit(classCount, of: f) }

    /// Bit `b` of feature `f`'s row (`false` for ids outside the table).
    private func bit(_ b: Int, of f: Int) -> Bool {
        guard f >= 0 && f < featureCount else { return false }
        let p = Self.position(of: b)
        return bits[f * wordsPerFeature + p.word] & p.mask != 0
    }

    /// The foreign-word share of the distinct features `indices[0..<count]` for intent `c` (see the type's
    /// documentation); features at or above ``featureCount`` (character n-grams) are ignored.
    @inline(__always)
    package func share(indices: UnsafePointer<Int32>, count: Int, idf: UnsafePointer<Float>, intent c: Int) -> Double {
        share(ids: indices, count: count, idf: idf, intent: c, skippingRepeats: false)
    }

    /// The foreign-word share from the text's word-unigram feature ids in term order (`-1` for words outside the
    /// vocabulary; repeats allowed, each word counts once): the same value as
    /// ``share(indices:count:idf:intent:)`` over the text's distinct features, from its handful of words
    /// instead of all of its features. Returns `nil` for more than 48 words (the caller then uses the other
    /// form).
    @inline(__always)
    package func share(unigrams u: UnsafeBufferPointer<Int32>, idf: UnsafePointer<Float>, intent c: Int) -> Double? {
        guard u.count <= 48 else { return nil }
        guard let ids = u.baseAddress else { return 0 }
        return share(ids: ids, count: u.count, idf: idf, intent: c, skippingRepeats: true)
    }

    /// Sums the idf of the unigram features among `ids` and of those intent `c` never used; with
    /// `skippingRepeats`, an id seen earlier in `ids` is not counted again (quadratic: for short lists).
    @inline(__always)
    private func share(ids: UnsafePointer<Int32>, count: Int, idf: UnsafePointer<Float>, intent c: Int,
                       skippingRepeats: Bool) -> Double {
        guard c >= 0 && c < classCount else { return 0 }
        let p = Self.position(of: c), flag = Self.position(of: classCount)
        let stride = wordsPerFeature, limit = featureCount
        return bits.withUnsafeBufferPointer { b in
            var total: Float = 0, foreign: Float = 0
            for i in 0..<count {
                let f = Int(ids[i])
                if f < 0 || f >= limit { continue }
                if skippingRepeats {
                    var repeated = false
                    for j in 0..<i where ids[j] == ids[i] { repeated = true; break }
                    if repeated { continue }
                }
                let row = f &* stride
                guard b[row &+ flag.word] & flag.mask != 0 else { continue }
                let w = idf[f]
                total += w
                if b[row &+ p.word] & p.mask == 0 { foreign += w }
            }
            return total > 0 ? Double(foreign / total) : 0
        }
    }

    /// ``share(indices:count:idf:intent:)`` of row `r` of `x`.
    package func share(_ x: SparseMatrix, row r: Int, idf: [Float], intent c: Int) -> Double {
        let range = x.range(ofRow: r)
        return x.indices.withUnsafeBufferPointer { i in
            idf.withUnsafeBufferPointer { w in
                guard let ib = i.baseAddress, let wb = w.baseAddress else { return 0 }
                return share(indices: ib + range.lowerBound, count: range.count, idf: wb, intent: c)
            }
        }
    }

    /// Row width for `classCount` intents plus the unigram flag.
    private static func wordsPerFeature(classCount: Int) -> Int { (classCount + 1 + 63) / 64 }

    @inline(__always)
    private static func position(of bit: Int) -> (word: Int, mask: UInt64) { (bit >> 6, UInt64(1) << UInt64(bit & 63)) }
}
