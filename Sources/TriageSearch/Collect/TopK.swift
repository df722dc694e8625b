/// A scored document number.
package struct ScoredDoc: Sendable, Hashable {
    package var score: Double
    package var doc: Int
    package init(score: Double, doc: Int) {
        self.score = score
        self.doc = doc
    }

    /// The total order of results: higher score first, then lower document number.
    @inline(__always)
    package func ranksBefore(_ other: ScoredDoc) -> Bool {
        score > other.score || (score == other.score && doc < other.doc)
    }
}

/// Keeps the `k` best ``ScoredDoc``s under ``ScoredDoc/ranksBefore(_:)`` in a binary min-heap whose root
/// is the worst kept document.
package struct TopK: Sendable {
    package let k: Int
    private(set) var heap: [ScoredDoc] = []

    package init(k: Int) {
        self.k = max(0, k)
        heap.reserveCapacity(min(self.k, 1 << 16))
    }

    /// Whether `k` documents are kept.
    package var isFull: Bool { heap.count >= k }

    /// The score a new document must beat (documents arrive in increasing number, so a tie loses);
    /// `-infinity` until the heap is full.
    package var threshold: Double { isFull ? (heap.first?.score ?? .infinity) : -.infinity }

    /// Offers a document; returns whether it was kept.
    @discardableResult
    package mutating func insert(_ d: ScoredDoc) -> Bool {
        if k == 0 { return false }
        if heap.count < k {
            heap.append(d)
            siftUp(heap.count - 1)
            return true
        }
        guard d.ranksBefore(heap[0]) else { return false }
        heap[0] = d
        siftDown(0)
        return true
    }

    /// The kept documents, best first.
    package func sorted() -> [ScoredDoc] {
        heap.sorted { $0.ranksBefore($1) }
    }

    private mutating func siftUp(_ i: Int) {
        heap.withUnsafeMutableBufferPointer { h in
            let item = h[i]
            var c = i
            while c > 0 {
                let p = (c - 1) >> 1
                guard h[p].ranksBefore(item) else { break }
                h[c] = h[p]
                c = p
            }
            h[c] = item
        }
    }

    /// Moves the root down to its place (a hole moves down; the item is written once).
    private mutating func siftDown(_ i: Int) {
        heap.withUnsafeMutableBufferPointer { h in
            let n = h.count
            let item = h[i]
            var p = i
            while true {
                let l = 2 * p + 1
                if l >= n { break }
                var worst = l
                let r = l + 1
                if r < n && h[l].ranksBefore(h[r]) { worst = r }
                guard item.ranksBefore(h[worst]) else { break }
                h[p] = h[worst]
                p = worst
            }
            h[p] = item
        }
    }
}
