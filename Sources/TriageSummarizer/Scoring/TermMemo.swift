import Foundation
import TriageText

/// A bounded memo of token → analysed terms, shared by the calls of one ``Summarizer``.
///
/// Support threads and dialogues reuse a few thousand word forms, and normalising and stemming each
/// occurrence dominates the cost of a summary; the memo turns that into one hash lookup per token.
/// A token's terms are `analyzer.analyze(token.text)` (the analyzer works token by token, so this equals
/// its terms in context). When ``capacity`` entries are held the table is emptied, so memory stays
/// bounded and results never depend on the memo.
///
/// `@unchecked Sendable` because the table is only touched under `lock`.
package final class TermMemo: @unchecked Sendable {
    /// The most entries held. The default is 50,000.
    package let capacity: Int
    private let lock = NSLock()
    private var table: [String: [AnalyzedToken]] = [:]

    package init(capacity: Int = 50_000) {
        self.capacity = max(1, capacity)
    }

    /// The terms of `text` (with their token kinds) under `analyzer`.
    ///
    /// - Complexity: O(*n*) in the text length, plus analysis of tokens not yet memoised.
    package func analyze(_ text: String, analyzer: Analyzer) -> [(term: String, kind: TokenKind)] {
        analyzeCountingNames(text, analyzer: analyzer).terms
    }

    /// The terms of `text`, and how many of its words look like names: capitalised words that do not
    /// open a sentence (`I` excluded), as product, place and person names do.
    package func analyzeCountingNames(_ text: String, analyzer: Analyzer)
        -> (terms: [(term: String, kind: TokenKind)], names: Int)
    {
        let tokens = Tokenizer().tokenize(text)
        let bytes = Array(text.utf8)
        var names = 0
        var previousEnd = -1
        for t in tokens {
            defer { previousEnd = t.utf8Range.upperBound }
            guard t.kind == .word, let first = t.text.utf8.first, first >= 0x41 && first <= 0x5A, t.text != "I" else { continue }
            var j = t.utf8Range.lowerBound - 1
            while j >= 0 && j >= previousEnd && (bytes[j] == 0x20 || bytes[j] == 0x22 || bytes[j] == 0x27) { j -= 1 }
            if previousEnd < 0 || j < 0 { continue }
            let b = bytes[j]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") || b == UInt8(ascii: ":") || b == 0x0A {
                continue
            }
            names += 1
        }
        var out: [(term: String, kind: TokenKind)] = []
        out.reserveCapacity(tokens.count)
        var misses: [(Int, String)] = []
        lock.lock()
        var cached: [[AnalyzedToken]?] = []
        cached.reserveCapacity(tokens.count)
        for t in tokens { cached.append(table[t.text]) }
        lock.unlock()
        var fresh: [String: [AnalyzedToken]] = [:]
        for (i, t) in tokens.enumerated() {
            let analysed: [AnalyzedToken]
            if let hit = cached[i] {
                analysed = hit
            } else if let hit = fresh[t.text] {
                analysed = hit
            } else {
                analysed = analyzer.analyze(t.text)
                fresh[t.text] = analysed
                misses.append((i, t.text))
            }
            for a in analysed { out.append((a.term, a.kind)) }
        }
        if !fresh.isEmpty {
            lock.lock()
            if table.count + fresh.count > capacity { table.removeAll(keepingCapacity: true) }
            table.merge(fresh) { old, _ in old }
            lock.unlock()
        }
        return (out, names)
    }
}
