import Foundation
import TriageText

/// The analysis of the units of one call: per-call term ids plus the counts the scorer needs.
package struct LocalAnalysis: Sendable {
    /// Term ids of all texts, concatenated in text order, each text's in token order. Ids are dense per
    /// call (0..<``termCount``), numbered by first occurrence, so later stages index arrays.
    package var termIDs: [Int32] = []
    /// Text *i*'s ids are `termIDs[offsets[i]..<offsets[i + 1]]`.
    package var offsets: [Int]
    /// Tokens that are not plain words (ids, error codes, amounts, versions, e-mails, URLs, numbers), per text.
    package var domainCounts: [Int] = []
    /// Name-like words per text: capitalised, not opening a sentence, not `I`.
    package var nameCounts: [Int] = []
    /// Token kinds seen per text: ``TokenFlags/version`` and ``TokenFlags/errorCode`` (for the bug layout).
    package var tokenFlags: [TokenFlags] = []
    /// Number of distinct terms.
    package var termCount = 0

    /// Number of texts.
    package var count: Int { offsets.count - 1 }

    /// An empty analysis.
    package init() { offsets = [0] }

    /// An empty analysis with room for `texts` texts and `terms` term ids (one allocation per array).
    init(texts: Int, terms: Int) {
        termIDs.reserveCapacity(terms)
        offsets = []
        offsets.reserveCapacity(texts + 1)
        offsets.append(0)
        domainCounts.reserveCapacity(texts)
        nameCounts.reserveCapacity(texts)
        tokenFlags.reserveCapacity(texts)
    }
}

/// Which token kinds a text contains.
package struct TokenFlags: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }
    /// A version token (`2.3.1`, `v4`).
    package static let version = TokenFlags(rawValue: 1)
    /// An error-code token (`E4012`).
    package static let errorCode = TokenFlags(rawValue: 2)
}

/// A bounded memo of token → analysed terms, shared by the calls of one ``Summarizer``.
///
/// Threads and dialogues reuse a few thousand word forms, and normalising and stemming every occurrence
/// would dominate the cost of a summary; the memo turns that into one hash lookup per token, on the
/// token's bytes in place (see ``TokenTable``). A token's terms are `analyzer.analyze(token.text)`: the
/// analyzer works token by token, so this equals its terms in context (a test checks it on DialogSum).
/// Terms get integer ids so that later stages hash integers. When more than ``capacity`` tokens are
/// held, or a call brings different analyzer options, the tables are emptied at the start of the call,
/// so memory stays bounded and ids are consistent within a call; results never depend on the memo.
///
/// `@unchecked Sendable` because the tables are only touched under `lock`.
package final class TermMemo: @unchecked Sendable {
    /// The most distinct tokens held. The default is 50,000.
    package let capacity: Int
    private let lock = NSLock()
    private var state = State()

    fileprivate struct State {
        var table = TokenTable()
        var termIDs: [String: Int32] = [:]
        var terms: [String] = []
        /// Per-call id of each term, valid where `stampOf` equals `generation`.
        var localOf: [Int32] = []
        var stampOf: [UInt32] = []
        var generation: UInt32 = 0
        var options: AnalyzerOptions?
    }

    package init(capacity: Int = 50_000) {
        self.capacity = max(1, capacity)
    }

    /// Analyses the texts (each from byte `skip` on: a speaker tag is not analysed) with `analyzer`,
    /// memoising each distinct token.
    ///
    /// - Complexity: O(*n*) in the total text length, plus the analysis of tokens not yet memoised.
    package func analyze(_ texts: [(text: String, skip: Int)], analyzer: Analyzer) -> LocalAnalysis {
        lock.lock()
        defer { lock.unlock() }
        var s = State()
        swap(&s, &state)
        defer { swap(&s, &state) }
        s.prepare(analyzer, capacity: capacity)
        s.generation &+= 1
        if s.generation == 0 {
            for i in s.stampOf.indices { s.stampOf[i] = 0 }
            s.generation = 1
        }
        let tokenizer = Tokenizer()
        // At most one token (and, for nearly all, one term) per two bytes: reserve once, no regrowth.
        var longest = 0
        var total = 0
        for (text, _) in texts {
            longest = max(longest, text.utf8.count)
            total += text.utf8.count
        }
        var out = LocalAnalysis(texts: texts.count, terms: total / 2 + texts.count)
        var tokens: [(kind: TokenKind, range: Range<Int>)] = []
        tokens.reserveCapacity(longest / 2 + 1)
        for (text, skip) in texts {
            var text = text
            text.withUTF8 { all in
                let body = UnsafeBufferPointer(rebasing: all[min(max(0, skip), all.count)...])
                tokens.removeAll(keepingCapacity: true)
                tokenizer.forEachToken(inUTF8: body) { kind, range in tokens.append((kind, range)) }
                var domain = 0
                var names = 0
                var previousEnd = -1
                var flags: TokenFlags = []
                for (kind, range) in tokens {
                    if kind == .version { flags.insert(.version) } else if kind == .errorCode { flags.insert(.errorCode) }
                    let terms = s.entry(UnsafeBufferPointer(rebasing: body[range]), analyzer)
                    var k = 0
                    while k < Int(terms.count) {
                        let packed = terms.count == 1 ? terms.first : s.table.values[Int(terms.start) + k]
                        k += 1
                        let g = Int(packed >> 1)
                        if s.stampOf[g] != s.generation {
                            s.stampOf[g] = s.generation
                            s.localOf[g] = Int32(out.termCount)
                            out.termCount += 1
                        }
                        out.termIDs.append(s.localOf[g])
                        if packed & 1 != 0 { domain += 1 }
                    }
                    if kind == .word && TermMemo.isName(body, range, previousEnd: previousEnd) { names += 1 }
                    previousEnd = range.upperBound
                }
                out.domainCounts.append(domain)
                out.nameCounts.append(names)
                out.tokenFlags.append(flags)
            }
            out.offsets.append(out.termIDs.count)
        }
        return out
    }

    /// The terms of one text, as strings (for checks against the analyzer).
    package func terms(_ text: String, analyzer: Analyzer) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        var s = State()
        swap(&s, &state)
        defer { swap(&s, &state) }
        s.prepare(analyzer, capacity: capacity)
        var out: [String] = []
        var text = text
        text.withUTF8 { body in
            Tokenizer().forEachToken(inUTF8: body) { _, range in
                let terms = s.entry(UnsafeBufferPointer(rebasing: body[range]), analyzer)
                let packed = terms.count == 1 ? [terms.first]
                    : (0..<Int(terms.count)).map { s.table.values[Int(terms.start) + $0] }
                for p in packed { out.append(s.terms[Int(p >> 1)]) }
            }
        }
        return out
    }

    /// Whether every byte is ASCII.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b >= 0x80 { return false }
        return true
    }

    /// A capitalised word that does not open a sentence (`I` excluded), as product, place and person names:
    /// the nearest byte before it, past spaces and quotes (back to the previous token), is not `.?!:` or
    /// a line break; the first token of a text never counts.
    @inline(__always)
    private static func isName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, previousEnd: Int) -> Bool {
        let first = bytes[range.lowerBound]
        guard first >= 0x41 && first <= 0x5A, !(range.count == 1 && first == 0x49), previousEnd >= 0 else { return false }
        var j = range.lowerBound - 1
        while j >= previousEnd && (bytes[j] == 0x20 || bytes[j] == 0x22 || bytes[j] == 0x27) { j -= 1 }
        guard j >= 0 else { return false }
        let b = bytes[j]
        return !(b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") || b == UInt8(ascii: ":")
            || b == 0x0A)
    }
}

extension TermMemo.State {
    /// Empties the tables when they are over capacity or the analyzer options changed.
    mutating func prepare(_ analyzer: Analyzer, capacity: Int) {
        if termIDs.isEmpty { termIDs.reserveCapacity(4096) }
        if table.count > capacity || options != analyzer.options {
            options = analyzer.options
            table.removeAll()
            termIDs.removeAll(keepingCapacity: true)
            terms.removeAll(keepingCapacity: true)
            localOf.removeAll(keepingCapacity: true)
            stampOf.removeAll(keepingCapacity: true)
        }
    }

    /// The packed terms of a token (see ``TokenTable``), analysing it on a miss.
    mutating func entry(_ key: UnsafeBufferPointer<UInt8>, _ analyzer: Analyzer) -> TokenTable.Terms {
        let (h, p) = TokenTable.hashAndPrefix(key)
        if let terms = table.find(key, hash: h, prefix: p) { return terms }
        var packed: [Int32] = []
        if TermMemo.isASCII(key) {
            // ASCII bytes decode to themselves, so the pipeline on the bytes gives `analyze`'s terms without
            // the string and the token array it builds.
            analyzer.forEachTerm(inUTF8: key) { t in packed.append(id(of: t.text) << 1 | (t.kind != .word ? 1 : 0)) }
        } else {
            packed = analyzer.analyze(String(decoding: key, as: UTF8.self)).map { t in
                id(of: t.term) << 1 | (t.kind != .word ? 1 : 0)
            }
        }
        return table.insert(key, hash: h, prefix: p, terms: packed)
    }

    mutating func id(of term: String) -> Int32 {
        if let known = termIDs[term] { return known }
        let id = Int32(terms.count)
        termIDs[term] = id
        terms.append(term)
        localOf.append(0)
        stampOf.append(0)
        return id
    }
}
