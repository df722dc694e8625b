/// Splits text into sentences.
///
/// The segmenter scans UTF-8 bytes and cuts:
/// - **after terminal punctuation** (`.`, `!`, `?`, `…`, runs such as `!!!`, `?!`, `...`), plus any closing
///   quotes or brackets right after it (`."`, `?)`, `!”`), **when white space or the end of the text
///   follows**. So decimals (`3.14`), versions (`2.3.1`), URLs, e-mail addresses and `e.g.x` never cut.
///   CJK full stops (`。`, `！`, `？`) cut with or without following space. Then:
///   - a single `.` does not cut before a lower-case letter (`approx. five`, `etc. and`);
///   - after an abbreviation (``SentenceSegmenter`` keeps a list): titles and Latin abbreviations never
///     cut (`Mr.`, `Dr.`, `e.g.`, `i.e.`, `vs.`, `cf.`); abbreviations that precede numbers do not cut
///     before a digit or `#` (`No. 5`, `Jan. 12`, `approx. 20`); dotted initialisms (`U.S.`, `a.m.`)
///     cut only before an upper-case letter;
///   - an ellipsis (`...`, `…`) cuts only before an upper-case letter (`I tried... but` stays one sentence);
///   - `!` and `?` always cut, except before a lower-case word after a closing quote (`"Stop!" he said`).
/// - **at line breaks when punctuation is missing**: a blank line (two or more line breaks) always cuts;
///   a single line break cuts unless the next line starts with a lower-case letter (a wrapped line) or
///   the line ends with `,`, `;`, `-` or `(` (an unfinished clause).
///
/// Text without any of these is one sentence. Sentences are trimmed of surrounding white space; empty ones
/// are dropped. Offsets are UTF-8 byte offsets into the input.
public struct SentenceSegmenter: Sendable, Hashable {
    public init() {}

    /// The sentences of `text`, in order, trimmed of surrounding white space.
    ///
    /// - Complexity: O(*n*) for *n* UTF-8 bytes.
    public func sentences(in text: String) -> [TextSpan] {
        var copy = text
        return copy.withUTF8 { bytes in
            sentenceRanges(inUTF8: bytes).map { range in
                TextSpan(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), utf8Range: range)
            }
        }
    }

    /// The byte ranges of the sentences of a UTF-8 buffer (trimmed, non-empty, in order).
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    public func sentenceRanges(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var scanner = SentenceScanner(bytes)
        scanner.run()
        return scanner.ranges
    }
}
