/// The prepared terms of one query, resolved for its hits' explanations and snippets: each term's id in a
/// segment and the snippet scorer's tables are computed once per query and segment (on first use), not once
/// per hit.
package struct HitTerms {
    /// The query's prepared terms, in query order.
    package let terms: [QueryTerm]
    private var ids: [[Int32]?]
    private var snippetTerms: [SnippetTerms?]
    /// The impacts of each segment (their stored term frequencies answer explanations), looked up once.
    private var impacts: [ImpactCache.Entry??]

    /// The distinct query terms present in one segment ("slots"), in query order, as the snippet scorer uses them.
    final class SnippetTerms {
        /// Each slot's spelling, weight (the idf, at least 1e-6) and id.
        let names: [String]
        let weights: [Double]
        let slotIDs: [Int32]
        /// Id → slot.
        let slots: TermSlotMap

        init(_ terms: [QueryTerm], ids: [Int32]) {
            var names: [String] = []
            var weights: [Double] = []
            var slotIDs: [Int32] = []
            names.reserveCapacity(terms.count)
            weights.reserveCapacity(terms.count)
            slotIDs.reserveCapacity(terms.count)
            var slots = TermSlotMap(capacity: terms.count)
            terms.withUnsafeBufferPointer { tp in
                for i in tp.indices where i < ids.count && ids[i] >= 0 {
                    let id = ids[i]
                    // A later duplicate keeps the last weight, as a dictionary assignment would.
                    let w = max(tp[i].scorer.idf, 1e-6)
                    if let k = slots.slot(of: id) { weights[k] = w } else {
                        slots.insert(id, slot: names.count)
                        names.append(tp[i].term)
                        weights.append(w)
                        slotIDs.append(id)
                    }
                }
            }
            self.names = names
            self.weights = weights
            self.slotIDs = slotIDs
            self.slots = slots
        }
    }

    /// The tables of `terms` for an index of `segmentCount` segments.
    package init(terms: [QueryTerm], segmentCount: Int) {
        self.terms = terms
        ids = Array(repeating: nil, count: max(0, segmentCount))
        snippetTerms = Array(repeating: nil, count: max(0, segmentCount))
        impacts = Array(repeating: nil, count: max(0, segmentCount))
    }

    /// The impacts of segment `s`, from `lookup` on first use (`nil` for a segment without them).
    mutating func impacts(at s: Int, _ lookup: () -> ImpactCache.Entry?) -> ImpactCache.Entry? {
        guard s >= 0 && s < impacts.count else { return lookup() }
        if let known = impacts[s] { return known }
        let found = lookup()
        impacts[s] = .some(found)
        return found
    }

    /// Each query term's id in segment `seg` (number `s`), `-1` where absent, parallel to ``terms``.
    mutating func ids(in seg: IndexSegment, at s: Int) -> [Int32] {
        if s >= 0 && s < ids.count, let known = ids[s] { return known }
        var built: [Int32] = []
        built.reserveCapacity(terms.count)
        terms.withUnsafeBufferPointer { tp in
            for i in tp.indices { built.append(tp[i].id(in: seg, at: s).map(Int32.init) ?? -1) }
        }
        if s >= 0 && s < ids.count { ids[s] = built }
        return built
    }

    /// The snippet scorer's view of the terms in segment `seg` (number `s`).
    mutating func snippetTerms(in seg: IndexSegment, at s: Int) -> SnippetTerms {
        if s >= 0 && s < snippetTerms.count, let known = snippetTerms[s] { return known }
        let built = SnippetTerms(terms, ids: ids(in: seg, at: s))
        if s >= 0 && s < snippetTerms.count { snippetTerms[s] = built }
        return built
    }
}
