/// The Snowball English (Porter2) stemmer.
///
/// Implements the current Snowball English algorithm (snowballstem.org, "The English (Porter2) stemming
/// algorithm"): exceptional forms, the prelude (leading apostrophe, consonant `y` → `Y`), the regions R1
/// and R2 with the special prefixes `gener commun arsen past univers later emerg organ inter`, steps 1a
/// to 5, and the postlude. It reproduces the Snowball vocabulary (42,649 words) exactly.
///
/// Input is expected in lower case (as ``Analyzer`` produces it). Words of one or two characters are
/// returned unchanged. Non-ASCII characters are each treated as one non-vowel character, as the Snowball
/// UTF-8 stemmer does; they are kept byte for byte, and invalid UTF-8 never traps.
///
/// The stemmer works on UTF-8 bytes in a stack buffer: ``stem(_:)`` allocates nothing for words whose
/// stem fits in a small string (15 bytes); ``withStem(ofUTF8:_:)`` never allocates for ASCII words.
/// For running text, where the same words recur, ``StemCache`` adds a memo table.
///
/// ```swift
/// let stemmer = EnglishStemmer()
/// stemmer.stem("connections")   // "connect"
/// stemmer.stem("generously")    // "generous"
/// ```
///
/// ## Topics
/// - ``stem(_:)``
/// - ``withStem(ofUTF8:_:)``
/// - ``stem(utf8:into:)``
/// - ``stemLines(_:)``
public struct EnglishStemmer: Sendable, Hashable {
    /// Creates a stemmer (it has no state).
    public init() {}

    /// Returns the stem of a lower-case word.
    ///
    /// - Parameter word: One word, lower case.
    /// - Returns: Its Porter2 stem; `word` itself when it has fewer than three characters.
    /// - Complexity: O(*n*) for a word of *n* UTF-8 bytes.
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            if bytes.count < 3 { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 2) { buffer in
                let range = stem(utf8: bytes, into: buffer)
                let stem = UnsafeBufferPointer(rebasing: buffer[range])
                if stem.count == bytes.count && memcmpEqual(stem, bytes) { return nil }
                return String(decoding: stem, as: UTF8.self)
            }
        } ?? word
    }

    /// Calls `body` with the stem of a word given as UTF-8 bytes, without allocating for ASCII words.
    ///
    /// The stem is built in a stack buffer; the buffer passed to `body` is valid only during the call.
    ///
    /// - Parameters:
    ///   - bytes: One lower-case word in UTF-8 (no newline). Invalid sequences are kept as they are.
    ///   - body: Receives the stem's UTF-8 bytes.
    /// - Returns: What `body` returns.
    /// - Complexity: O(*n*) for a word of *n* bytes.
    @inlinable
    public func withStem<R>(
        ofUTF8 bytes: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R {
        if bytes.count < 3 { return try body(bytes) }
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 2) { buffer in
            let stem = stem(utf8: bytes, into: buffer)
            return try body(UnsafeBufferPointer(rebasing: buffer[stem]))
        }
    }

    /// Writes the stem of a word given as UTF-8 bytes into `buffer` and returns where it lies there.
    ///
    /// - Parameters:
    ///   - bytes: One lower-case word in UTF-8 (no newline). Invalid sequences are kept as they are.
    ///   - buffer: Scratch space of at least `bytes.count + 2` bytes; it may not overlap `bytes`.
    /// - Returns: The range of `buffer` that holds the stem.
    /// - Complexity: O(*n*) for a word of *n* bytes.
    public func stem(utf8 bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Range<Int> {
        let n = bytes.count
        precondition(buffer.count >= n + 2, "EnglishStemmer.stem(utf8:into:) needs bytes.count + 2 bytes of buffer")
        guard n > 0, let base = buffer.baseAddress, let source = bytes.baseAddress else { return 0 ..< 0 }
        var ascii = true
        var k = 0
        while k < n {
            let byte = source[k]
            base[k] = byte
            if byte >= 0x80 { ascii = false }
            k += 1
        }
        if ascii { return Self.stemInPlace(base, count: n) }
        return Self.stemNonASCII(bytes, into: base)
    }

    /// Stems the ASCII (or placeholder-coded) word in `base[0 ..< count]`, which has room for two more
    /// bytes; returns where the stem lies in the buffer.
    @inline(__always)
    static func stemInPlace(_ base: UnsafeMutablePointer<UInt8>, count: Int) -> Range<Int> {
        var word = StemmerWord(base: base, count: count)
        if let form = word.exceptionalForm() {
            let k = form.utf8CodeUnitCount
            base.update(from: form.utf8Start, count: k)
            return 0 ..< k
        }
        if count < 3 { return 0 ..< count }
        word.prelude()
        word.markRegions()
        word.step1a()
        word.step1b()
        word.step1c()
        word.step2()
        word.step3()
        word.step4()
        word.step5()
        word.postlude()
        let start = word.base - base
        return start ..< start + word.count
    }
}

/// Byte equality of two buffers of the same length.
@inline(__always)
func memcmpEqual(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < x.count {
        if x[i] != y[i] { return false }
        i += 1
    }
    return true
}
