import Foundation

/// Precomputed term impacts (idf · tfPart of every posting) of small segments, so term-at-a-time scoring
/// is one load and one add per posting. Entries are keyed by the index's content token and the scoring
/// options, so any change to the collection or the parameters computes fresh impacts.
// @unchecked Sendable: the table is only read and written under `lock` (so its run-time exclusivity checks are
// left out), the idle accumulators under `poolLock`.
final class ImpactCache: @unchecked Sendable {
    struct Key: Hashable {
        var token: UInt64
        var segment: Int
        var options: BM25Options
    }

    /// Decoded postings and impacts of one segment: term `t` owns `start[t] ..< start[t + 1]`.
    final class Entry: @unchecked Sendable {
        let start: [Int]
        let docs: [Int32]
        let impacts: [Double]
        /// The stored (fixed-point) term frequency of each posting, parallel to `docs`.
        let storedTFs: [UInt32]
        /// The smallest impact (`0` when there are none): a term weight `w` with `w * minImpact > 0` makes
        /// every contribution of the term positive.
        let minImpact: Double
        /// Idle score accumulators of the scan search, reused so a search does not allocate them.
        private let poolLock = NSLock()
        @exclusivity(unchecked) private var idle: [(pointer: UnsafeMutablePointer<Double>, capacity: Int)] = []

        deinit {
            for a in idle { a.pointer.deallocate() }
        }

        /// The stored term frequency of term `t` in local document `doc`, or `nil` when the term does not occur
        /// there: a binary search over the term's documents.
        func storedTF(term t: Int, doc: Int) -> UInt32? {
            guard t >= 0, t + 1 < start.count else { return nil }
            return docs.withUnsafeBufferPointer { docs -> UInt32? in
                let end = min(start[t + 1], docs.count)
                let target = Int32(truncatingIfNeeded: doc)
                var lo = start[t], hi = end
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if docs[mid] < target { lo = mid + 1 } else { hi = mid }
                }
                guard lo < end, docs[lo] == target, lo < storedTFs.count else { return nil }
                return storedTFs[lo]
            }
        }

        /// An accumulator of `capacity` doubles (contents undefined), reused when one is idle.
        func takeAccumulator(capacity: Int) -> UnsafeMutablePointer<Double> {
            poolLock.lock()
            if let i = idle.lastIndex(where: { $0.capacity == capacity }) {
                let a = idle.remove(at: i)
                poolLock.unlock()
                return a.pointer
            }
            poolLock.unlock()
            return .allocate(capacity: capacity)
        }

        /// Returns an accumulator taken with ``takeAccumulator(capacity:)``.
        func giveBack(_ pointer: UnsafeMutablePointer<Double>, capacity: Int) {
            poolLock.lock()
            if idle.count < 8 {
                idle.append((pointer, capacity))
                poolLock.unlock()
            } else {
                poolLock.unlock()
                pointer.deallocate()
            }
        }

        init(start: [Int], docs: [Int32], impacts: [Double], storedTF: [UInt32]) {
            self.start = start
            self.docs = docs
            self.impacts = impacts
            self.storedTFs = storedTF
            var low = Double.infinity
            for x in impacts where !(x >= low) { low = x }
            self.minImpact = impacts.isEmpty ? 0 : low
        }
    }

    /// Segments with more documents or postings are scored without a cache.
    static let maxDocuments = 65_536
    static let maxPostings = 4_000_000
    private let lock = NSLock()
    @exclusivity(unchecked) private var table: [Key: Entry] = [:]
    /// The previous lookup: most searches repeat it, and keys compare faster than they hash.
    @exclusivity(unchecked) private var lastKey: Key? = nil
    @exclusivity(unchecked) private var lastEntry: Entry? = nil

    /// The entry of `key` when it has been built, else `nil`.
    func cached(_ key: Key) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        if lastKey == key, let e = lastEntry { return e }
        guard let e = table[key] else { return nil }
        lastKey = key
        lastEntry = e
        return e
    }

    /// The entry of `key`, built with `build` when there is none.
    func entry(_ key: Key, build: () -> Entry?) -> Entry? {
        if let e = cached(key) { return e }
        guard let e = build() else { return nil }
        lock.lock()
        if table.count > 16 { table.removeAll() }
        table[key] = e
        lastKey = key
        lastEntry = e
        lock.unlock()
        return e
    }

    private static let tokenLock = NSLock()
    nonisolated(unsafe) private static var lastToken: UInt64 = 0

    /// A process-wide unique token for a new index state.
    static func nextToken() -> UInt64 {
        tokenLock.lock()
        defer { tokenLock.unlock() }
        lastToken += 1
        return lastToken
    }
}

extension SearchIndex {
    /// The impacts of segment `i` for `options` under the current statistics, when the segment is small.
    func impacts(segment i: Int, options scoring: BM25Options) -> ImpactCache.Entry? {
        let seg = segments[i]
        guard seg.documentCount <= ImpactCache.maxDocuments, seg.postings.count <= ImpactCache.maxPostings else { return nil }
        let key = ImpactCache.Key(token: contentToken, segment: i, options: scoring)
        // Looked up before the builder closure is made (it captures the index).
        if let known = impactCache.cached(key) { return known }
        return impactCache.entry(key) {
            let stats = statistics
            var start: [Int] = [0]
            var docs: [Int32] = []
            var impacts: [Double] = []
            var storedTF: [UInt32] = []
            start.reserveCapacity(seg.dictionary.count + 1)
            let unit = Double(1 / seg.tfScale)
            for t in 0..<seg.dictionary.count {
                let df = documentFrequency(seg.dictionary.term(at: t))
                let scorer = BM25Scorer(options: scoring, documentFrequency: df, statistics: stats)
                seg.forEachPosting(term: t) { doc, q in
                    docs.append(Int32(doc))
                    storedTF.append(q)
                    let tf = Double(Float(q) * Float(unit))
                    impacts.append(scorer.idf * scorer.tfPart(tf, length: Double(seg.documentLength[doc])))
                }
                start.append(docs.count)
            }
            return ImpactCache.Entry(start: start, docs: docs, impacts: impacts, storedTF: storedTF)
        }
    }
}
