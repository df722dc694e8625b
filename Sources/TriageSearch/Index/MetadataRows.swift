import Foundation

/// Each document's metadata as one dictionary, built on first use and shared by every later hit of the
/// document, so a hit's ``SearchHit/metadata`` costs a reference rather than a new table per hit.
///
/// Only segments of at most ``maxDocuments`` documents keep their rows; hits of larger ones build the table
/// each time. Rows never change once built (segments are immutable).
// @unchecked Sendable: `rows` is only read and written under `lock`.
package final class MetadataRows: @unchecked Sendable {
    /// Segments with more documents build each hit's table anew (their rows would cost more memory than they save).
    package static let maxDocuments = 65_536
    private let lock = NSLock()
    @exclusivity(unchecked) private var rows: [[String: String]?] = []

    package init() {}

    /// The metadata of local document `doc` of `segment` (this cache's owner).
    func row(_ doc: Int, of segment: IndexSegment) -> [String: String] {
        let n = segment.documentCount
        guard n <= Self.maxDocuments, doc >= 0, doc < n else { return Self.build(doc, of: segment) }
        lock.lock()
        defer { lock.unlock() }
        if rows.count != n { rows = Array(repeating: nil, count: n) }
        if let known = rows[doc] { return known }
        let built = Self.build(doc, of: segment)
        rows[doc] = built
        return built
    }

    private static func build(_ doc: Int, of segment: IndexSegment) -> [String: String] {
        var row: [String: String] = [:]
        // Reserving for no metadata would still allocate a table.
        if segment.metadata.isEmpty { return row }
        row.reserveCapacity(segment.metadata.count)
        for (k, column) in segment.metadata { if let v = column.value(doc) { row[k] = v } }
        return row
    }
}

extension IndexSegment {
    /// The metadata of local document `doc` (shared by every hit of the document in small segments).
    package func metadataRow(_ doc: Int) -> [String: String] {
        metadataRows.row(doc, of: self)
    }
}
