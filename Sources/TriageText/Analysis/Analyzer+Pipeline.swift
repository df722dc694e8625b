/// The per-token pipeline behind every ``Analyzer`` entry point.
extension Analyzer {
    /// Calls `body` with every term of a UTF-8 buffer, in order. Malformed bytes act as separators.
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    public func forEachTerm(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (TermBytes) -> Void) {
        let maxLength = max(options.maxTokenLength, 0)
        let stopWords = options.removeStopWords ? StopWords.englishTable : nil
        let context = TermContext(
            caseFold: options.normalization.caseFold, stopWords: stopWords, stem: options.stem,
            normalizer: TextNormalizer(options: options.normalization))
        var position = 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: min(maxLength, bytes.count) + 1) { scratch in
            TokenScanner(bytes).scan { kind, start, end in
                let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if kind == .word || kind == .number || options.keepSpecialTokens {
                    if end - start <= maxLength {
                        context.process(token, kind: kind, range: start..<end, position: position, scratch: scratch, body)
                    }
                    position += 1
                    return
                }
                // A special token with keepSpecialTokens == false: its alphanumeric pieces, one position each.
                TokenScanner.forEachPiece(of: token) { pieceKind, a, b in
                    if b - a <= maxLength {
                        let piece = UnsafeBufferPointer(rebasing: token[a..<b])
                        context.process(piece, kind: pieceKind, range: start + a..<start + b, position: position,
                                        scratch: scratch, body)
                    }
                    position += 1
                }
            }
        }
    }
}

/// What the pipeline needs per token, resolved once per call.
struct TermContext {
    let caseFold: Bool
    let stopWords: StopWordTable?
    let stem: Bool
    let normalizer: TextNormalizer

    /// Normalise, filter and stem one token; report the term to `body`.
    @inline(__always)
    func process(
        _ token: UnsafeBufferPointer<UInt8>, kind: TokenKind, range: Range<Int>, position: Int,
        scratch: UnsafeMutableBufferPointer<UInt8>, _ body: (TermBytes) -> Void
    ) {
        if TextNormalizer.isASCII(token) {
            let count = token.count
            if caseFold {
                for k in 0..<count { scratch[k] = ASCII.lower(token[k]) }
            } else {
                for k in 0..<count { scratch[k] = token[k] }
            }
            finish(UnsafeBufferPointer(rebasing: scratch[0..<count]), kind: kind, range: range, position: position, body)
            return
        }
        var normalized = normalizer.normalizeUnicode(String(decoding: token, as: UTF8.self))
        if kind == .word { normalized = Self.unifyApostrophes(normalized) }
        normalized.withUTF8 { finish($0, kind: kind, range: range, position: position, body) }
    }

    @inline(__always)
    private func finish(
        _ term: UnsafeBufferPointer<UInt8>, kind: TokenKind, range: Range<Int>, position: Int,
        _ body: (TermBytes) -> Void
    ) {
        guard kind == .word else {
            body(TermBytes(utf8: term, kind: kind, utf8Range: range, position: position))
            return
        }
        if let stopWords, stopWords.contains(term) { return }
        if stem {
            EnglishStemmer().withStem(ofUTF8: term) { stemmed in
                body(TermBytes(utf8: stemmed, kind: kind, utf8Range: range, position: position))
            }
        } else {
            body(TermBytes(utf8: term, kind: kind, utf8Range: range, position: position))
        }
    }

    /// `’` (U+2019) and `ʼ` (U+02BC) inside a word become `'`, so `don’t` and `don't` are one term.
    static func unifyApostrophes(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value == 0x2019 || $0.value == 0x2BC }) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            out.append(scalar.value == 0x2019 || scalar.value == 0x2BC ? "'" : scalar)
        }
        return String(out)
    }
}
