/// The prepared terms of one query, resolved for its hits' explanations and snippets: each term's id in a
/// segment and the snippet scorer's tables are computed once per query and segment (on first use), not once
/// per hit.
package struct HitTerms {
    /// The query's prepared terms, in query order.
    package let terms: [QueryTerm]
    private var bySegment: [SegmentTerms?]

    /// The query terms as one segment sees them.
    final class SegmentTerms {
        /// Each query term's id in the segment (`-1` where absent), parallel to ``HitTerms/terms``.
        let ids: [Int32]
        /// The distinct terms present in the segment ("slots"), in query order: spelling, snippet weight
        /// (the idf, at least 1e-6) and id.
        let names: [String]
        let weights: [Double]
        let slotIDs: [Int32]
        /// Id → slot.
        let slots: TermSlotMap

        init(_ terms: [QueryTerm], segment seg: IndexSegment, at s: Int) {
            var ids: [Int32] = []
            var names: [String] = []
            var weights: [Double] = []
            var slotIDs: [Int32] = []
            ids.reserveCapacity(terms.count)
            names.reserveCapacity(terms.count)
            weights.reserveCapacity(terms.count)
            slotIDs.reserveCapacity(terms.count)
            var slots = TermSlotMap(capacity: terms.count)
            terms.withUnsafeBufferPointer { tp in
                for i in tp.indices {
                    guard let found = tp[i].id(in: seg, at: s) else { ids.append(-1); continue }
                    let id = Int32(found)
                    ids.append(id)
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
            self.ids = ids
            self.names = names
            self.weights = weights
            self.slotIDs = slotIDs
            self.slots = slots
        }
    }

    /// The tables of `terms` for an index of `segmentCount` segments.
    package init(terms: [QueryTerm], segmentCount: Int) {
        self.terms = terms
        bySegment = Array(repeating: nil, count: max(0, segmentCount))
    }

    /// The terms as segment `seg` (number `s`) sees them, resolved on first use.
    mutating func segment(_ seg: IndexSegment, at s: Int) -> SegmentTerms {
        if s >= 0 && s < bySegment.count, let known = bySegment[s] { return known }
        let built = SegmentTerms(terms, segment: seg, at: s)
        if s >= 0 && s < bySegment.count { bySegment[s] = built }
        return built
    }
}
