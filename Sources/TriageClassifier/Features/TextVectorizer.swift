/// A fitted count or TF-IDF vectorizer: a sorted vocabulary (or hashing buckets), idf weights and a cache
/// of the analysed training chunks.
///
/// Feature ids are laid out in two blocks: word n-grams `0..<wordFeatureCount` (sorted by name), then
/// character n-grams (sorted by name). Fit one with ``fit(_:options:)``; it is immutable afterwards, so a
/// vectorizer can be shared by threads.
public struct TextVectorizer: Sendable {
    /// The options the vectorizer was fitted with.
    public let options: VectorizerOptions
    /// Feature names in id order (word n-grams joined by a space, then character n-grams); empty when hashing.
    public let featureNames: [String]
    /// The number of word-channel features; character features follow.
    public let wordFeatureCount: Int
    /// The total number of features.
    public let featureCount: Int
    /// The number of training documents.
    public let documentCount: Int
    /// Inverse document frequencies, one per feature (all 1 for counts and binary weighting).
    package let idf: [Float]
    package let wordTable: HashIndex
    package let charTable: HashIndex
    package let cache: ChunkCache
    package let analyzer: ChunkAnalyzer
    private let sublinear: [Float]
    /// For each entry of `cache.wordHashes`, the feature id of that term as a word unigram (-1 when absent or
    /// when unigrams are off), so a cached chunk's unigrams need no table lookup.
    private let cachedUnigrams: [Int32]

    /// The table keys of features in id order (word n-gram keys, then character n-gram hashes); empty when
    /// hashing.
    package func featureKeys() -> [UInt64] {
        if options.hashingBits != nil { return [] }
        var keys = [UInt64](repeating: 0, count: featureCount)
        wordTable.forEach { k, v in keys[Int(v)] = k }
        charTable.forEach { k, v in keys[Int(v)] = k }
        return keys
    }

    package init(options: VectorizerOptions, featureNames: [String], wordFeatureCount: Int, featureCount: Int,
                 documentCount: Int, idf: [Float], wordTable: HashIndex, charTable: HashIndex, cache: ChunkCache) {
        self.options = options
        self.featureNames = featureNames
        self.wordFeatureCount = wordFeatureCount
        self.featureCount = featureCount
        self.documentCount = documentCount
        self.idf = idf
        self.wordTable = wordTable
        self.charTable = charTable
        self.cache = cache
        self.analyzer = ChunkAnalyzer(options: options)
        self.sublinear = (0..<64).map { $0 == 0 ? 0 : Float(1 + mathLog(Double($0))) }
        var unigrams: [Int32] = []
        if let sizes = options.wordNGrams, sizes.contains(1) {
            unigrams.reserveCapacity(cache.wordHashes.count)
            for h in cache.wordHashes { unigrams.append(Self.feature(ofWordKey: Self.unigramKey(h), table: wordTable, hashingBits: options.hashingBits)) }
        }
        self.cachedUnigrams = unigrams
    }

    /// Per-call scratch buffers (one per thread; reuse it across texts of a batch).
    package final class Scratch {
        /// The features of the last vectorized text with their counts and weighted values.
        package let counter = FeatureCounter()
        /// The text's word-term hashes.
        @exclusivity(unchecked) var terms = ScratchList<UInt64>()
        /// The word-unigram feature id of each of ``terms`` (-1 when absent).
        @exclusivity(unchecked) var unigrams = ScratchList<Int32>()
        /// Feature ids of the text's longer word n-grams, in the order they are counted.
        @exclusivity(unchecked) var ids = ScratchList<Int32>()
        /// Chunks outside the model's cache, analysed once per scratch: a scratch reused across many texts (a
        /// batch, or an engine's pooled scratch) keeps at most ``missCapacity`` of them, then starts over.
        @exclusivity(unchecked) var misses: [UInt64: (words: [UInt64], chars: [Int32])] = [:]
        /// Free `Double` storage for the caller of the vectorizer (the classifier's explanations), so that a
        /// per-text buffer is not allocated each time.
        @exclusivity(unchecked) package var doubles = ScratchList<Double>()
        /// The most analysed misses a scratch keeps.
        package static let missCapacity = 32_768
        package init() {}
        deinit {
            terms.deallocate()
            unigrams.deallocate()
            ids.deallocate()
            doubles.deallocate()
        }
    }

    /// The word-unigram features of the training vocabulary (the unigram feature of every word of the
    /// training texts), ascending; empty when word unigrams are off.
    public func unigramFeatures() -> [Int32] {
        Array(Set(cachedUnigrams.lazy.filter { $0 >= 0 })).sorted()
    }

    /// The display name of feature `id`.
    public func name(ofFeature id: Int) -> String {
        if id < featureNames.count { return featureNames[id] }
        return id < wordFeatureCount ? "#w\(id)" : "#c\(id - wordFeatureCount)"
    }

    /// The feature id of a word n-gram key, or -1.
    @inline(__always)
    package func wordFeature(_ key: UInt64) -> Int32 {
        Self.feature(ofWordKey: key, table: wordTable, hashingBits: options.hashingBits)
    }

    @inline(__always)
    private static func feature(ofWordKey key: UInt64, table: HashIndex, hashingBits: Int?) -> Int32 {
        if let bits = hashingBits { return Int32(truncatingIfNeeded: key & ((1 << UInt64(bits)) - 1)) }
        return table.value(for: key)
    }

    /// The key of the one-term n-gram `term` (equal to `ngramKey` of a one-element range).
    @inline(__always)
    package static func unigramKey(_ term: UInt64) -> UInt64 {
        Hashing.mix((UInt64(1) &* 0x9E37_79B9_7F4A_7C15) ^ term)
    }

    /// The feature id of a character n-gram hash, or -1.
    @inline(__always)
    package func charFeature(_ hash: UInt64) -> Int32 {
        if let bits = options.hashingBits {
            return Int32(truncatingIfNeeded: hash & ((1 << UInt64(bits)) - 1)) + Int32(wordFeatureCount)
        }
        return charTable.value(for: hash)
    }

    /// The key of the word n-gram made of `terms` (term hashes).
    @inline(__always)
    package static func ngramKey(_ terms: UnsafeBufferPointer<UInt64>, _ range: Range<Int>) -> UInt64 {
        var key = UInt64(range.count) &* 0x9E37_79B9_7F4A_7C15
        for i in range { key = Hashing.mix(key ^ terms[i]) }
        return key
    }

    /// Calls `body(key, start, end)` for every word n-gram (and skip-bigram) of the term hashes `t`; the
    /// term positions are `start..<end` (a skip-bigram has `end - start > 2` and uses only its endpoints).
    @inline(__always)
    package static func forEachWordKey(_ t: UnsafeBufferPointer<UInt64>, options: VectorizerOptions, skippingUnigrams: Bool = false,
                                       _ body: (UInt64, Int, Int) -> Void) {
        guard let sizes = options.wordNGrams else { return }
        for n in sizes where n <= t.count && !(skippingUnigrams && n == 1) {
            for i in 0...(t.count - n) { body(ngramKey(t, i..<(i + n)), i, i + n) }
        }
        let w = options.wordSkipWindow
        if w >= 2 {
            for i in 0..<t.count {
                var j = i + 2
                while j < t.count && j <= i + w {
                    body(Hashing.mix((t[i] &* 31) ^ Hashing.mix(t[j] ^ 0x5C1F)), i, j + 1)
                    j += 1
                }
            }
        }
    }

    /// Counts the features of `text` into `scratch.counter` (in order of first appearance).
    package func count(_ text: String, _ scratch: Scratch) {
        let counter = scratch.counter
        counter.reset()
        scratch.terms.removeAll()
        scratch.unigrams.removeAll()
        if scratch.misses.count >= Scratch.missCapacity { scratch.misses.removeAll(keepingCapacity: true) }
        var text = text
        let fold = analyzer.foldsCase
        let resolved = !cachedUnigrams.isEmpty
        text.withUTF8 { bytes in
            cache.wordStart.withUnsafeBufferPointer { wordStart in
            cache.wordHashes.withUnsafeBufferPointer { wordHashes in
            cachedUnigrams.withUnsafeBufferPointer { unigrams in
            cache.charStart.withUnsafeBufferPointer { charStart in
            cache.charIDs.withUnsafeBufferPointer { charIDs in
                ChunkAnalyzer.forEachChunk(bytes, foldCase: fold) { key, range in
                    let entry = cache.index.value(for: key)
                    if entry >= 0 {
                        let e = Int(entry)
                        let words = Int(wordStart[e])..<Int(wordStart[e &+ 1])
                        if !words.isEmpty {
                            scratch.terms.append(contentsOf: UnsafeBufferPointer(rebasing: wordHashes[words]))
                            if resolved { scratch.unigrams.append(contentsOf: UnsafeBufferPointer(rebasing: unigrams[words])) }
                        }
                        counter.add(contentsOf: UnsafeBufferPointer(rebasing: charIDs[Int(charStart[e])..<Int(charStart[e &+ 1])]))
                        return
                    }
                    // One table lookup for a chunk analysed before, one more to remember a new one.
                    let miss: (words: [UInt64], chars: [Int32])
                    if let known = scratch.misses[key] {
                        miss = known
                    } else {
                        let chunk = ChunkAnalyzer.chunkString(bytes, range, foldCase: fold)
                        let words = analyzer.wordTerms(chunk).map { Hashing.hash($0) }
                        let chars = analyzer.gramHashes(chunk).map(charFeature).filter { $0 >= 0 }
                        miss = (words, chars)
                        scratch.misses[key] = miss
                    }
                    miss.words.withUnsafeBufferPointer { scratch.terms.append(contentsOf: $0) }
                    if resolved { for h in miss.words { scratch.unigrams.append(wordFeature(Self.unigramKey(h))) } }
                    miss.chars.withUnsafeBufferPointer { counter.add(contentsOf: $0) }
                }
            }}}}}
        }
        guard options.wordNGrams != nil else { return }
        // Unigrams first, in term order (as `forEachWordKey` yields them), then longer n-grams.
        if resolved { counter.add(contentsOf: scratch.unigrams.buffer) }
        scratch.ids.removeAll()
        Self.forEachWordKey(scratch.terms.buffer, options: options, skippingUnigrams: resolved) { key, _, _ in
            scratch.ids.append(wordFeature(key))
        }
        counter.add(contentsOf: scratch.ids.buffer)
    }

    /// The fraction of the word terms of the last text counted into `scratch` that are not word unigrams of
    /// the vocabulary (0 when there are no terms or unigrams are off): words never seen in training.
    package func unknownWordFraction(_ scratch: Scratch) -> Double {
        let unigrams = scratch.unigrams.buffer
        guard !unigrams.isEmpty else { return 0 }
        var unknown = 0
        for u in unigrams where u < 0 { unknown &+= 1 }
        return Double(unknown) / Double(unigrams.count)
    }

    /// The word-unigram feature ids of the last text counted into `scratch`, in term order (`-1` for words outside
    /// the vocabulary; empty when unigrams are off).
    package func unigramIDs(_ scratch: Scratch) -> UnsafeBufferPointer<Int32> { scratch.unigrams.buffer }

    /// ``unknownWordFraction(_:)`` of each text.
    package func unknownWordFractions(_ texts: [String]) -> [Double] {
        let scratch = Scratch()
        return texts.map { count($0, scratch); return unknownWordFraction(scratch) }
    }

    /// Vectorizes `text` into `scratch.counter`: its features in order of first appearance, with their
    /// weighted (and normalised) values in `counter.values`.
    package func vectorize(_ text: String, _ scratch: Scratch) {
        count(text, scratch)
        weigh(scratch)
    }

    /// Turns the counts of ``count(_:_:)`` in `scratch.counter` into weighted (and normalised) values.
    package func weigh(_ scratch: Scratch) {
        let counter = scratch.counter
        let n = counter.count
        let features = counter.features, counts = counter.counts, values = counter.values
        var wordNorm: Float = 0, charNorm: Float = 0
        let wordCount = Int32(wordFeatureCount)
        let weighting = options.weighting, sublinearTF = options.sublinearTF
        idf.withUnsafeBufferPointer { idf in
            sublinear.withUnsafeBufferPointer { table in
                guard let idf = idf.baseAddress, let table = table.baseAddress else { return }
                let tableCount = sublinear.count
                if weighting == .tfidf && sublinearTF {
                    // The default weighting, without the per-feature switch.
                    for k in 0..<n {
                        let f = features[k]
                        let tf = Int(counts[k])
                        let v = (tf < tableCount ? table[tf] : Float(1 + mathLog(Double(tf)))) * idf[Int(f)]
                        if f < wordCount { wordNorm += v * v } else { charNorm += v * v }
                        values[k] = v
                    }
                    return
                }
                for k in 0..<n {
                    let f = features[k]
                    let tf = Int(counts[k])
                    var v: Float
                    switch weighting {
                    case .binary: v = 1
                    case .counts: v = sublinearTF ? (tf < tableCount ? table[tf] : Float(1 + mathLog(Double(tf)))) : Float(tf)
                    case .tfidf:
                        v = (sublinearTF ? (tf < tableCount ? table[tf] : Float(1 + mathLog(Double(tf)))) : Float(tf)) * idf[Int(f)]
                    }
                    if f < wordCount { wordNorm += v * v } else { charNorm += v * v }
                    values[k] = v
                }
            }
        }
        if options.normalize || options.characterWeight != 1 {
            let ws: Float = options.normalize ? (wordNorm > 0 ? 1 / wordNorm.squareRoot() : 0) : 1
            var cs: Float = options.normalize ? (charNorm > 0 ? 1 / charNorm.squareRoot() : 0) : 1
            cs *= Float(options.characterWeight)
            for k in 0..<n { values[k] *= features[k] < wordCount ? ws : cs }
        }
    }

    /// Appends the weighted feature vector of `text` as a new row of `matrix`.
    package func appendRow(_ text: String, to matrix: inout SparseMatrix, scratch: Scratch) {
        vectorize(text, scratch)
        let counter = scratch.counter
        matrix.indices.append(contentsOf: UnsafeBufferPointer(start: counter.features, count: counter.count))
        matrix.values.append(contentsOf: UnsafeBufferPointer(start: counter.values, count: counter.count))
        matrix.endRow()
    }

    /// The feature matrix of `texts`, one row per text.
    /// - Complexity: O(total text length) plus one analysis per chunk not seen in training.
    public func transform(_ texts: [String]) -> SparseMatrix {
        var m = SparseMatrix(columnCount: featureCount)
        m.rowStart.reserveCapacity(texts.count + 1)
        let scratch = Scratch()
        for t in texts { appendRow(t, to: &m, scratch: scratch) }
        return m
    }
}
