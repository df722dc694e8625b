import TriageText

/// Turns text into index terms according to ``AnalysisOptions``.
///
/// Text is cut at ASCII white space into chunks and each chunk is analysed on its own, so a term never
/// spans white space. That makes chunk → terms a pure function, which the index builder caches.
public struct TermExtractor: Sendable {
    /// The analysis options.
    public let options: AnalysisOptions
    private let analyzer: Analyzer
    private let stopWords: Set<String>
    private let stemmer = EnglishStemmer()
    /// Terms of recently analysed chunks (see ``ChunkMemo``).
    private let memo = ChunkMemo()

    /// Creates an extractor.
    public init(options: AnalysisOptions) {
        self.options = options
        self.analyzer = Analyzer(options: options.analyzer)
        if let list = options.stopWords {
            stopWords = Set(list.map { $0.lowercased() })
        } else {
            stopWords = StopWords.english
        }
    }

    /// The terms of one white-space free chunk, in order.
    public func chunkTerms(_ chunk: String) -> [String] {
        switch options.mode {
        case .analyzer:
            return analyzer.terms(chunk)
        case .wordPattern:
            return wordPatternTerms(chunk)
        }
    }

    /// The terms of `text`, in order.
    ///
    /// Short chunks go through a bounded memo shared by copies of this extractor, so repeated words are
    /// analysed once; the result is the same as analysing every chunk.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public func terms(_ text: String) -> [String] {
        var out: [String] = []
        var utf8 = text
        out.reserveCapacity(min(utf8.utf8.count / 4 + 4, 4096))
        utf8.withUTF8 { buf in
            memo.lock()
            var i = 0
            while i < buf.count {
                while i < buf.count && Self.isSpace(buf[i]) { i += 1 }
                let start = i
                while i < buf.count && !Self.isSpace(buf[i]) { i += 1 }
                if i > start {
                    let bytes = UnsafeBufferPointer(rebasing: buf[start..<i])
                    if i - start <= ChunkMemo.maxChunkBytes, let known = memo.terms(bytes) {
                        // Most chunks are one term.
                        if known.count == 1 { out.append(known[0]) } else { out.append(contentsOf: known) }
                        continue
                    }
                    // Analyse outside the lock, so concurrent callers never wait on the analyser.
                    memo.unlock()
                    let found = chunkTerms(String(decoding: bytes, as: UTF8.self))
                    memo.lock()
                    if i - start <= ChunkMemo.maxChunkBytes { memo.remember(bytes, found) }
                    out.append(contentsOf: found)
                }
            }
            memo.unlock()
        }
        return out
    }

    /// The terms of one white-space free chunk given by its UTF-8 bytes, through the memo (``terms(_:)``).
    func memoizedChunkTerms(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        guard bytes.count <= ChunkMemo.maxChunkBytes else { return chunkTerms(String(decoding: bytes, as: UTF8.self)) }
        memo.lock()
        if let known = memo.terms(bytes) {
            memo.unlock()
            return known
        }
        memo.unlock()
        let found = chunkTerms(String(decoding: bytes, as: UTF8.self))
        memo.lock()
        memo.remember(bytes, found)
        memo.unlock()
        return found
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    private func wordPatternTerms(_ chunk: String) -> [String] {
        var out: [String] = []
        var current = ""
        var length = 0
        func flush() {
            if length >= 2 {
                let lower = current.lowercased()
                if !stopWords.contains(lower) {
                    out.append(options.analyzer.stem ? stemmer.stem(lower) : lower)
                }
            }
            current = ""
            length = 0
        }
        for scalar in chunk.unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType == .decimal || scalar == "_" || p.generalCategory == .nonspacingMark {
                current.unicodeScalars.append(scalar)
                length += 1
            } else {
                flush()
            }
        }
        flush()
        return out
    }
}
