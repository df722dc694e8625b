/// An in-memory BM25 index: a main segment, small segments of recent additions, and deletions.
///
/// Collection statistics (document count, total length, document frequencies) always count live
/// documents only, so scores after any sequence of ``add(_:)`` and ``delete(ids:)`` equal those of an
/// index rebuilt from the live documents.
///
/// ## Topics
/// - ``search(_:)``
/// - ``add(_:)``
/// - ``delete(ids:)``
/// - ``merge()``
public struct SearchIndex: Sendable {
    /// The options the index was built with.
    public let options: IndexOptions
    /// The analyser of this index (documents and queries).
    public let extractor: TermExtractor
    /// The segments, oldest first; document numbers run through them in order.
    public package(set) var segments: [IndexSegment]
    /// Deleted documents per segment (local numbers).
    package var deleted: [Bitset]
    /// Document frequencies removed by deletions, by term.
    package var deletedDF: [String: Int] = [:]
    package var deletedCount = 0
    package var deletedLength = 0.0
    /// Live document numbers by id (built on first update).
    package var idLocations: [String: Int]? = nil
    /// Identifies this content for caches; renewed by every change.
    package var contentToken: UInt64 = ImpactCache.nextToken()
    /// Precomputed impacts of small segments, shared by copies (keyed by ``contentToken``).
    let impactCache = ImpactCache()
    /// Prepared terms of recent queries, shared by copies (keyed by ``contentToken``).
    let preparedTermsMemo = PreparedTermsMemo()
    /// Small segments are merged together beyond this many; see ``merge()``.
    public var maxSmallSegments = 8

    /// An empty index.
    public init(options: IndexOptions = .init()) {
        self.options = options
        self.extractor = TermExtractor(options: options.analysis)
        segments = []
        deleted = []
    }

    /// Builds an index from documents (kept in order; ties in score go to the earlier document).
    ///
    /// - Complexity: O(*T*) for *T* tokens, spread over ``IndexOptions/buildThreads`` threads.
    public init(documents: [SearchDocument], options: IndexOptions = .init()) {
        self.init(batch: DocumentBatch(documents), options: options)
    }

    /// Builds an index from columns, the compact path for large collections.
    public init(batch: DocumentBatch, options: IndexOptions = .init()) {
        self.options = options
        self.extractor = TermExtractor(options: options.analysis)
        let segment = SegmentBuilder.build(batch, options: options)
        segments = [segment]
        deleted = [Bitset(count: segment.documentCount)]
    }

    /// Wraps existing segments (used by stores that persist them).
    package init(options: IndexOptions, segments: [IndexSegment], deleted: [Bitset]) {
        self.options = options
        self.extractor = TermExtractor(options: options.analysis)
        self.segments = segments
        self.deleted = deleted.count == segments.count ? deleted : segments.map { Bitset(count: $0.documentCount) }
    }

    /// The number of live documents.
    public var count: Int { segments.reduce(0) { $0 + $1.documentCount } - deletedCount }

    /// Live-document statistics.
    public var statistics: CollectionStatistics {
        CollectionStatistics(documentCount: count,
                             totalLength: segments.reduce(0) { $0 + $1.totalLength } - deletedLength)
    }

    /// The number of live documents containing `term` (an analysed term).
    public func documentFrequency(_ term: String) -> Int {
        var df = 0
        for s in segments {
            if let t = s.termID(term) { df += Int(s.documentFrequency[t]) }
        }
        return deletedDF.isEmpty ? df : df - (deletedDF[term] ?? 0)
    }

    /// First document number of each segment.
    package var docBases: [Int] {
        var bases: [Int] = []
        var b = 0
        for s in segments { bases.append(b); b += s.documentCount }
        return bases
    }

    /// The segment and local number of document `doc`.
    package func locate(_ doc: Int) -> (segment: Int, local: Int)? {
        var base = 0
        for (i, s) in segments.enumerated() {
            if doc < base + s.documentCount { return doc >= base ? (i, doc - base) : nil }
            base += s.documentCount
        }
        return nil
    }

    /// Whether document `doc` is live.
    package func isLive(_ doc: Int) -> Bool {
        guard let (s, l) = locate(doc) else { return false }
        return !deleted[s].contains(l)
    }

    /// The stored document with number `doc` (fields are empty when texts live elsewhere).
    public func document(number doc: Int) -> SearchDocument? {
        guard let (s, l) = locate(doc) else { return nil }
        let seg = segments[s]
        var fields: [String: String] = [:]
        for (f, spec) in options.fields.enumerated() where f < seg.storedFields.count && l < seg.storedFields[f].count {
            let text = seg.storedFields[f][l]
            if !text.isEmpty { fields[spec.name] = text }
        }
        var metadata: [String: String] = [:]
        for (k, column) in seg.metadata { if let v = column.value(l) { metadata[k] = v } }
        return SearchDocument(id: seg.ids[l], fields: fields, metadata: metadata)
    }

    /// The live document with identifier `id`.
    ///
    /// - Complexity: O(*n*) without a prior update (identifiers are indexed on first update).
    public func document(id: String) -> SearchDocument? {
        if let idLocations { return idLocations[id].flatMap { document(number: $0) } }
        var base = 0
        for (s, seg) in segments.enumerated() {
            for (l, x) in seg.ids.enumerated() where x == id && !deleted[s].contains(l) { return document(number: base + l) }
            base += seg.documentCount
        }
        return nil
    }
}
