import TriageText

/// Applies the shared `Analyzer`s to one whitespace-delimited chunk of text and yields hashed terms and
/// character n-grams.
///
/// Texts are split on ASCII whitespace and each chunk is analysed on its own, so the result for a chunk can be
/// cached (see ``ChunkCache``): a model analyses each distinct chunk of its training data once, and at
/// prediction time a text costs one hash lookup per chunk. Analysing chunk by chunk equals analysing the whole
/// text whenever no token spans whitespace, which holds for the `Tokenizer`'s token kinds.
package struct ChunkAnalyzer: Sendable {
    package let options: VectorizerOptions
    private let word: Analyzer
    private let chars: Analyzer

    package init(options: VectorizerOptions) {
        self.options = options
        word = Analyzer(options: options.wordAnalyzer)
        chars = Analyzer(options: options.characterAnalyzer)
    }

    /// Whether chunk keys may fold ASCII case (both analyzers fold case).
    package var foldsCase: Bool {
        options.wordAnalyzer.normalization.caseFold && options.characterAnalyzer.normalization.caseFold
    }

    /// The word-channel terms of `chunk` (after the minimum-length filter).
    package func wordTerms(_ chunk: String) -> [String] {
        guard options.wordNGrams != nil else { return [] }
        let minimum = options.minimumTermLength
        return word.terms(chunk).filter { minimum <= 1 || $0.unicodeScalars.count >= minimum }
    }

    /// The character-channel terms of `chunk`.
    package func characterTerms(_ chunk: String) -> [String] {
        guard options.characterNGrams != nil else { return [] }
        return chars.terms(chunk)
    }

    /// Calls `body(hash, bytes)` for every character n-gram of `term`, padded with a space on each side;
    /// `bytes` is the gram's UTF-8, valid only during the call.
    package func forEachGram(of term: String, _ body: (UInt64, UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        guard let sizes = options.characterNGrams else { return }
        var padded: [UInt8] = [0x20]
        padded.append(contentsOf: term.utf8)
        padded.append(0x20)
        var starts: [Int] = []
        starts.reserveCapacity(padded.count + 1)
        for (i, b) in padded.enumerated() where b & 0xC0 != 0x80 { starts.append(i) }
        let scalarCount = starts.count
        starts.append(padded.count)
        padded.withUnsafeBufferPointer { buf in
            for n in sizes where n <= scalarCount {
                for i in 0...(scalarCount - n) {
                    let range = starts[i]..<starts[i + n]
                    body(Hashing.mix(Hashing.fnv1a(buf, range)), buf, range)
                }
            }
        }
    }

    /// The hashes of all character n-grams of the character terms of `chunk`.
    package func gramHashes(_ chunk: String) -> [UInt64] {
        var out: [UInt64] = []
        for term in characterTerms(chunk) { forEachGram(of: term) { h, _, _ in out.append(h) } }
        return out
    }

    @inline(__always)
    package static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// Calls `body(key, range)` for each whitespace-delimited chunk of `bytes`; `key` hashes the chunk's bytes
    /// (ASCII letters folded to lower case when `foldCase`).
    @inline(__always)
    package static func forEachChunk(_ bytes: UnsafeBufferPointer<UInt8>, foldCase: Bool, _ body: (UInt64, Range<Int>) -> Void) {
        let n = bytes.count
        var i = 0
        while i < n {
            while i < n && isSpace(bytes[i]) { i += 1 }
            if i >= n { break }
            let start = i
            var h = Hashing.seed
            while i < n {
                var b = bytes[i]
                if isSpace(b) { break }
                if foldCase && b >= 0x41 && b <= 0x5A { b |= 0x20 }
                h ^= UInt64(b)
                h &*= 0x0000_0100_0000_01b3
                i += 1
            }
            body(Hashing.mix(h), start..<i)
        }
    }

    /// The chunk text used for analysis (case-folded like the key, so cached and fresh analyses agree).
    package static func chunkString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldCase: Bool) -> String {
        if !foldCase { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        var copy = [UInt8](UnsafeBufferPointer(rebasing: bytes[range]))
        for i in copy.indices where copy[i] >= 0x41 && copy[i] <= 0x5A { copy[i] |= 0x20 }
        return String(decoding: copy, as: UTF8.self)
    }
}
