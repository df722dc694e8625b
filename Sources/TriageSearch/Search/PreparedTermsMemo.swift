import Foundation

/// The prepared terms of the last few queries, shared by copies of an index, so that searches repeating a
/// query's analysed terms (a ticket's evidence search and its single-article searches) prepare them once.
///
/// Entries are keyed by the index's content token, the scoring options and the analysed terms (compared
/// by value; the same array compares in constant time), so a changed collection or query never reuses an
/// entry. Only queries without feedback are remembered (their preparation depends on nothing else).
// @unchecked Sendable: `entries` is only read and written under `lock`.
final class PreparedTermsMemo: @unchecked Sendable {
    /// Entries kept (a few concurrent workers each repeat their own last query).
    static let capacity = 4
    private let lock = NSLock()
    // A ring of entries in parallel arrays; entry `next` is overwritten first. An empty entry has no terms
    // and a token no index has (0).
    @exclusivity(unchecked) private var tokens = [UInt64](repeating: 0, count: capacity)
    @exclusivity(unchecked) private var scorings = [BM25Options](repeating: BM25Options(), count: capacity)
    @exclusivity(unchecked) private var analysed = [[String]](repeating: [], count: capacity)
    @exclusivity(unchecked) private var prepared = [[QueryTerm]](repeating: [], count: capacity)
    @exclusivity(unchecked) private var next = 0

    /// The remembered terms of (`token`, `scoring`, `terms`), or `nil`.
    func terms(token: UInt64, scoring: BM25Options, analysed terms: [String]) -> [QueryTerm]? {
        lock.lock()
        defer { lock.unlock() }
        for i in 0..<Self.capacity where tokens[i] == token && scorings[i] == scoring && analysed[i] == terms {
            return prepared[i]
        }
        return nil
    }

    /// Remembers the prepared `terms` of (`token`, `scoring`, `analysedTerms`), in place of the oldest entry.
    func remember(_ terms: [QueryTerm], token: UInt64, scoring: BM25Options, analysed analysedTerms: [String]) {
        lock.lock()
        defer { lock.unlock() }
        tokens[next] = token
        scorings[next] = scoring
        analysed[next] = analysedTerms
        prepared[next] = terms
        next = (next + 1) % Self.capacity
    }
}
