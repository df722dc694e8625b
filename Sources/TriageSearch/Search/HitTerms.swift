/// The prepared terms of one query, resolved for its hits' explanations and snippets: each term's id in a
/// segment and the snippet scorer's tables are computed once per query and segment (on first use), not once
/// per hit.
package struct HitTerms {
    /// The query's prepared terms, in query order.
    package let terms: [QueryTerm]
    /// What one segment's hits share.
    private struct PerSegment {
        var ids: [Int32]?
        var snippetTerms: SnippetTerms?
        /// The segment's impacts (their stored term frequencies answer explanations): `nil` until looked up,
        /// `.some(nil)` for a segment without them.
        var impacts: ImpactCache.Entry??
    }
    /// Segment 0 is kept inline (most indexes have one segment), the others in `rest`, made on first use.
    private var first = PerSegment()
    private var rest: [PerSegment] = []
    private let segmentCount: Int

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
        self.segmentCount = max(0, segmentCount)
    }

    /// Reads or updates what segment `s` shares (`nil` for a segment number out of range).
    private mutating func with<R>(_ s: Int, _ body: (inout PerSegment) -> R) -> R? {
        guard s >= 0 && s < segmentCount else { return nil }
        if s == 0 { return body(&first) }
        if rest.isEmpty { rest = Array(repeating: PerSegment(), count: segmentCount - 1) }
        return body(&rest[s - 1])
    }

    /// Each query term's id in segment `seg` (number `s`), `-1` where absent, parallel to ``terms``.
    mutating func ids(in seg: IndexSegment, at s: Int) -> [Int32] {
        // Segment 0 (usually the only one) is read directly; the others through `with`.
        if s == 0, segmentCount > 0, let known = first.ids { return known }
        if let known = with(s, { $0.ids }) ?? nil { return known }
        var built: [Int32] = []
        built.reserveCapacity(terms.count)
        terms.withUnsafeBufferPointer { tp in
            for i in tp.indices { built.append(tp[i].id(in: seg, at: s).map(Int32.init) ?? -1) }
        }
        _ = with(s) { $0.ids = built }
        return built
    }

    /// The snippet scorer's view of the terms in segment `seg` (number `s`).
    mutating func snippetTerms(in seg: IndexSegment, at s: Int) -> SnippetTerms {
        if s == 0, segmentCount > 0, let known = first.snippetTerms { return known }
        if let known = with(s, { $0.snippetTerms }) ?? nil { return known }
        let built = SnippetTerms(terms, ids: ids(in: seg, at: s))
        _ = with(s) { $0.snippetTerms = built }
        return built
    }

    /// The impacts of segment `s`, from `lookup` on first use (`nil` for a segment without them).
    mutating func impacts(at s: Int, _ lookup: () -> ImpactCache.Entry?) -> ImpactCache.Entry? {
        if s == 0, segmentCount > 0, let known = first.impacts { return known }
        if let known = with(s, { $0.impacts }) ?? nil { return known }
        let found = lookup()
        _ = with(s) { $0.impacts = .some(found) }
        return found
    }
}
