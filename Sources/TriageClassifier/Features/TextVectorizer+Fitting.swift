extension TextVectorizer {
    /// Fits a vectorizer on `texts` and returns it with the training feature matrix.
    ///
    /// Steps: analyse each distinct chunk once; count document frequencies of word n-grams and character
    /// n-grams; prune by ``VectorizerOptions/minDocumentFrequency`` and
    /// ``VectorizerOptions/maxDocumentFrequency``; sort each block's names; compute idf; resolve the chunk
    /// cache to feature ids; vectorize the texts with the same code path used for prediction.
    ///
    /// - Throws: ``ClassifierError/emptyVocabulary`` if pruning leaves nothing, or an invalid-option error.
    /// - Complexity: O(total text length + V log V) for V distinct features.
    public static func fit(_ texts: [String], options: VectorizerOptions) throws -> (TextVectorizer, SparseMatrix) {
        try options.validate()
        let analyzer = ChunkAnalyzer(options: options)
        let fold = analyzer.foldsCase
        // 1. Analyse distinct chunks.
        var chunkIndex = HashIndex(capacity: 4096)
        var chunkKeys: [UInt64] = []
        var chunkWords: [[UInt64]] = []
        var chunkGrams: [[UInt64]] = []
        var termNames: [UInt64: String] = [:]
        var gramNames: [UInt64: String] = [:]
        var docChunks: [[Int32]] = []
        docChunks.reserveCapacity(texts.count)
        for text in texts {
            var text = text
            var ids: [Int32] = []
            text.withUTF8 { bytes in
                ChunkAnalyzer.forEachChunk(bytes, foldCase: fold) { key, range in
                    let next = Int32(chunkKeys.count)
                    let id = chunkIndex.insert(key, value: next)
                    if id == next {
                        let chunk = ChunkAnalyzer.chunkString(bytes, range, foldCase: fold)
                        var words: [UInt64] = []
                        for term in analyzer.wordTerms(chunk) {
                            let h = Hashing.hash(term)
                            words.append(h)
                            if termNames[h] == nil { termNames[h] = term }
                        }
                        var grams: [UInt64] = []
                        for term in analyzer.characterTerms(chunk) {
                            analyzer.forEachGram(of: term) { h, buf, r in
                                grams.append(h)
                                if gramNames[h] == nil {
                                    gramNames[h] = String(decoding: UnsafeBufferPointer(rebasing: buf[r]), as: UTF8.self)
                                }
                            }
                        }
                        chunkKeys.append(key)
                        chunkWords.append(words)
                        chunkGrams.append(grams)
                    }
                    ids.append(id)
                }
            }
            docChunks.append(ids)
        }
        // 2. Document frequencies.
        let hashing = options.hashingBits
        let bucketCount = hashing.map { 1 << $0 } ?? 0
        var wordIndex = HashIndex(capacity: 1 << 14), charIndex = HashIndex(capacity: 1 << 14)
        var wordKeys: [UInt64] = [], charKeys: [UInt64] = []
        var wordDF: [Int32] = [], charDF: [Int32] = [], wordLast: [Int32] = [], charLast: [Int32] = []
        var wordNames: [String] = []
        var hashedDF = [Int32](repeating: 0, count: 2 * bucketCount), hashedLast = [Int32](repeating: -1, count: 2 * bucketCount)
        var terms: [UInt64] = []
        for (d, ids) in docChunks.enumerated() {
            let doc = Int32(d)
            terms.removeAll(keepingCapacity: true)
            for c in ids {
                terms.append(contentsOf: chunkWords[Int(c)])
                for h in chunkGrams[Int(c)] {
                    if let bits = hashing {
                        let b = bucketCount + Int(h & ((1 << UInt64(bits)) - 1))
                        if hashedLast[b] != doc { hashedLast[b] = doc; hashedDF[b] += 1 }
                        continue
                    }
                    let next = Int32(charKeys.count)
                    let id = Int(charIndex.insert(h, value: next))
                    if id == Int(next) { charKeys.append(h); charDF.append(0); charLast.append(-1) }
                    if charLast[id] != doc { charLast[id] = doc; charDF[id] += 1 }
                }
            }
            guard options.wordNGrams != nil else { continue }
            terms.withUnsafeBufferPointer { t in
                forEachWordKey(t, options: options) { key, start, end in
                    if let bits = hashing {
                        let b = Int(key & ((1 << UInt64(bits)) - 1))
                        if hashedLast[b] != doc { hashedLast[b] = doc; hashedDF[b] += 1 }
                        return
                    }
                    let next = Int32(wordKeys.count)
                    let id = Int(wordIndex.insert(key, value: next))
                    if id == Int(next) {
                        wordKeys.append(key); wordDF.append(0); wordLast.append(-1)
                        let name = end - start > 2 && options.wordSkipWindow >= 2 && !(options.wordNGrams.map { $0.contains(end - start) } ?? false)
                            ? "\(termNames[t[start]] ?? "?") … \(termNames[t[end - 1]] ?? "?")"
                            : t[start..<end].map { termNames[$0] ?? "?" }.joined(separator: " ")
                        wordNames.append(name)
                    }
                    if wordLast[id] != doc { wordLast[id] = doc; wordDF[id] += 1 }
                }
            }
        }
        // 3. Prune, sort, assign ids, idf.
        let n = texts.count
        let maxDF = Int((options.maxDocumentFrequency * Double(n)).rounded(.down))
        func keep(_ df: Int32) -> Bool { Int(df) >= options.minDocumentFrequency && Int(df) <= max(maxDF, 1) }
        var names: [String] = []
        var dfs: [Int32] = []
        var wordTable = HashIndex(), charTable = HashIndex()
        let wordCount: Int
        if hashing != nil {
            wordCount = bucketCount
            dfs = hashedDF
        } else {
            let words = wordKeys.indices.filter { keep(wordDF[$0]) }
                .sorted { (wordNames[$0], wordKeys[$0]) < (wordNames[$1], wordKeys[$1]) }
            let chars = charKeys.indices.filter { keep(charDF[$0]) }
                .map { (gramNames[charKeys[$0]] ?? "?", $0) }
                .sorted { ($0.0, charKeys[$0.1]) < ($1.0, charKeys[$1.1]) }
            wordTable = HashIndex(capacity: words.count)
            charTable = HashIndex(capacity: chars.count)
            for i in words {
                wordTable.insert(wordKeys[i], value: Int32(names.count))
                names.append(wordNames[i]); dfs.append(wordDF[i])
            }
            wordCount = names.count
            for (name, i) in chars {
                charTable.insert(charKeys[i], value: Int32(names.count))
                names.append(name); dfs.append(charDF[i])
            }
            if names.isEmpty { throw ClassifierError.emptyVocabulary }
        }
        let featureCount = hashing != nil ? 2 * bucketCount : names.count
        let idf: [Float] = dfs.map { df in
            guard options.weighting == .tfidf else { return 1 }
            let smooth = options.smoothIDF ? 1.0 : 0.0
            return Float(mathLog((Double(n) + smooth) / (Double(max(df, 0)) + smooth + (df == 0 && smooth == 0 ? 1 : 0))) + 1)
        }
        // 4. Resolve the chunk cache.
        var cache = ChunkCache()
        cache.index = HashIndex(capacity: chunkKeys.count)
        let provisional = TextVectorizer(
            options: options, featureNames: names, wordFeatureCount: wordCount, featureCount: featureCount,
            documentCount: n, idf: idf, wordTable: wordTable, charTable: charTable, cache: ChunkCache())
        for (i, key) in chunkKeys.enumerated() {
            let chars = chunkGrams[i].map(provisional.charFeature).filter { $0 >= 0 }
            cache.append(key: key, words: chunkWords[i], chars: chars)
        }
        let vectorizer = TextVectorizer(
            options: options, featureNames: names, wordFeatureCount: wordCount, featureCount: featureCount,
            documentCount: n, idf: idf, wordTable: wordTable, charTable: charTable, cache: cache)
        return (vectorizer, vectorizer.transform(texts))
    }
}
