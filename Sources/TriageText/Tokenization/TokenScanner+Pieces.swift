extension TokenScanner {
    /// Splits a special token into plain pieces: runs of letters (any script, with marks) and digits,
    /// reported as words, or as numbers when they hold no letter.
    static func forEachPiece(of token: UnsafeBufferPointer<UInt8>, _ body: (TokenKind, Int, Int) -> Void) {
        var k = 0
        let n = token.count
        while k < n {
            let (value, length) = UTF8Scalars.decode(token, k)
            let cls = ScalarClass.of(value)
            guard cls == .letter || cls == .digit else { k += length; continue }
            let start = k
            var sawLetter = false
            while k < n {
                let (v, l) = UTF8Scalars.decode(token, k)
                let c = ScalarClass.of(v)
                guard c == .letter || c == .digit || c == .mark else { break }
                if c == .letter { sawLetter = true }
                k += l
            }
            body(sawLetter ? .word : .number, start, k)
        }
    }
}
