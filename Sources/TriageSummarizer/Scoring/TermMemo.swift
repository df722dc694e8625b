import Foundation
import TriageText

/// The analysis of one unit: global term ids (in token order) and counts the scorer needs.
package struct AnalysedText: Sendable {
    /// Term ids, one per analysed token, in order (ids index ``TermMemo``'s term table).
    package var termIDs: [Int32] = []
    /// Tokens that are not plain words (ids, error codes, amounts, versions, e-mails, URLs, numbers).
    package var domainCount = 0
    /// Name-like words: capitalised, not opening a sentence, not `I`.
    package var nameCount = 0
}

/// A bounded memo of token → analysed terms, shared by the calls of one ``Summarizer``.
///
/// Threads and dialogues reuse a few thousand word forms, and normalising and stemming every occurrence
/// would dominate the cost of a summary; the memo turns that into one hash lookup per token. A token's
/// terms are `analyzer.analyze(token.text)`: the analyzer works token by token, so this equals its terms
/// in context (a test checks it on DialogSum). Terms get integer ids so that later stages hash integers.
/// When more than ``capacity`` tokens are held, or a call brings different analyzer options, the tables
/// are emptied at the start of the call, so memory stays bounded and ids are consistent within a call;
/// results never depend on the memo.
///
/// `@unchecked Sendable` because the tables are only touched under `lock`.
package final class TermMemo: @unchecked Sendable {
    /// The most distinct tokens held. The default is 50,000.
    package let capacity: Int
    private let lock = NSLock()
    private var tokens: [String: [(id: Int32, kind: TokenKind)]] = [:]
    private var termIDs: [String: Int32] = [:]
    private var terms: [String] = []
    private var tableOptions: AnalyzerOptions?

    package init(capacity: Int = 50_000) {
        self.capacity = max(1, capacity)
    }

    /// Analyses `texts` with `analyzer`, memoising each distinct token.
    ///
    /// - Complexity: O(*n*) in the total text length, plus the analysis of tokens not yet memoised.
    package func analyze(_ texts: [String], analyzer: Analyzer) -> [AnalysedText] {
        let tokenized = texts.map { Tokenizer().tokenize($0) }
        lock.lock()
        defer { lock.unlock() }
        if tokens.count > capacity || tableOptions != analyzer.options {
            tableOptions = analyzer.options
            tokens.removeAll(keepingCapacity: true)
            termIDs.removeAll(keepingCapacity: true)
            terms.removeAll(keepingCapacity: true)
        }
        var out: [AnalysedText] = []
        out.reserveCapacity(texts.count)
        for (text, list) in zip(texts, tokenized) {
            var a = AnalysedText()
            a.termIDs.reserveCapacity(list.count)
            for t in list {
                let entries: [(id: Int32, kind: TokenKind)]
                if let hit = tokens[t.text] {
                    entries = hit
                } else {
                    entries = analyzer.analyze(t.text).map { (id(of: $0.term), $0.kind) }
                    tokens[t.text] = entries
                }
                for e in entries {
                    a.termIDs.append(e.id)
                    if e.kind != .word { a.domainCount += 1 }
                }
            }
            a.nameCount = TermMemo.countNames(text, list)
            out.append(a)
        }
        return out
    }

    /// The terms of one text, as strings (for checks against the analyzer).
    package func terms(_ text: String, analyzer: Analyzer) -> [String] {
        let ids = analyze([text], analyzer: analyzer)[0].termIDs
        lock.lock()
        defer { lock.unlock() }
        return ids.map { Int($0) < terms.count ? terms[Int($0)] : "" }
    }

    private func id(of term: String) -> Int32 {
        if let known = termIDs[term] { return known }
        let id = Int32(terms.count)
        termIDs[term] = id
        terms.append(term)
        return id
    }

    /// Capitalised words that do not open a sentence (`I` excluded), as product, place and person names.
    private static func countNames(_ text: String, _ tokens: [Token]) -> Int {
        var names = 0
        var previousEnd = -1
        let bytes = Array(text.utf8)
        for t in tokens {
            defer { previousEnd = t.utf8Range.upperBound }
            guard t.kind == .word, let first = t.text.utf8.first, first >= 0x41 && first <= 0x5A, t.text != "I",
                  previousEnd >= 0 else { continue }
            var j = t.utf8Range.lowerBound - 1
            while j >= previousEnd && (bytes[j] == 0x20 || bytes[j] == 0x22 || bytes[j] == 0x27) { j -= 1 }
            guard j >= 0 else { continue }
            let b = bytes[j]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") || b == UInt8(ascii: ":")
                || b == 0x0A { continue }
            names += 1
        }
        return names
    }
}
