import Foundation
import GRDB
import TriageSearch

/// A persisted search index: documents, metadata and the index in one SQLite file (WAL mode).
///
/// Every write is one transaction, so a process killed mid-write leaves the last committed state. The
/// main index segment is stored as compact blobs (``saveIndex()``); documents written after it are kept
/// as rows and indexed in memory when the store opens, and deletions of saved documents are kept as
/// tombstones, so the store never needs a full rebuild to stay exact.
///
/// ## Topics
/// - ``open(path:options:)``
/// - ``add(_:)``
/// - ``delete(ids:)``
/// - ``search(_:)``
/// - ``saveIndex()``
public final class SearchStore {
    /// The store format written by this version.
    public static let formatVersion = 1
    static let formatName = "triagekit-search-store"

    /// The database file.
    public let path: String
    let db: DatabasePool
    /// The live index (saved segment + documents written since, minus tombstones).
    public internal(set) var index: SearchIndex
    /// Unsaved documents beyond which ``add(_:)`` saves the index (a tenth of the collection, at least
    /// 10,000). The default is `nil` (that rule); `0` never saves automatically.
    public var autoSaveThreshold: Int? = nil

    private init(path: String, db: DatabasePool, index: SearchIndex) {
        self.path = path
        self.db = db
        self.index = index
    }

    /// Opens a store, creating it with `options` when the file does not exist. An existing store keeps the
    /// options it was created with.
    ///
    /// - Throws: ``StoreError/corruptDatabase(path:message:)`` for a file that is not SQLite or is damaged,
    ///   ``StoreError/foreignDatabase(path:found:)`` for another application's database,
    ///   ``StoreError/unsupportedFormatVersion(path:found:supported:)``, ``StoreError/corruptIndex(path:part:reason:)``.
    /// - Complexity: Reads the saved segment's blobs and the unsaved documents; no re-analysis of saved ones.
    public static func open(path: String, options: TriageSearch.IndexOptions = .init()) throws -> SearchStore {
        let exists = FileManager.default.fileExists(atPath: path)
        if exists, let error = sniff(path) { throw error }
        var config = Configuration()
        config.busyMode = .timeout(10)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw map(error, path: path)
        }
        do {
            let index = try pool.write { db -> SearchIndex in
                let hasMeta = try db.tableExists("triage_meta")
                if !hasMeta {
                    let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                    if !tables.isEmpty {
                        throw StoreError.foreignDatabase(path: path, found: "tables " + tables.sorted().joined(separator: ", "))
                    }
                    try StoreSchema.create(db, options: options)
                }
                return try load(db, path: path)
            }
            return SearchStore(path: path, db: pool, index: index)
        } catch let error as StoreError {
            throw error
        } catch {
            throw map(error, path: path)
        }
    }

    /// Checks the file header: an SQLite file starts with "SQLite format 3\0"; an empty file is new.
    static func sniff(_ path: String) -> StoreError? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .corruptDatabase(path: path, message: "cannot be opened for reading")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return nil }
        if header != Data("SQLite format 3\u{0}".utf8) {
            return .corruptDatabase(path: path, message: "file header is not SQLite's")
        }
        return nil
    }

    static func map(_ error: Error, path: String) -> StoreError {
        if let e = error as? StoreError { return e }
        if let e = error as? DatabaseError {
            let primary = e.resultCode
            if primary == .SQLITE_NOTADB || primary == .SQLITE_CORRUPT {
                return .corruptDatabase(path: path, message: e.message ?? "\(primary)")
            }
            return .sqlite(path: path, resultCode: e.extendedResultCode.rawValue, message: e.message, sql: e.sql)
        }
        return .sqlite(path: path, resultCode: -1, message: String(describing: error), sql: nil)
    }

    /// Builds the live index from the saved segment, tombstones and unsaved rows.
    static func load(_ db: Database, path: String) throws -> SearchIndex {
        let meta = try StoreSchema.meta(db, path: path)
        var index: SearchIndex
        let names = try String.fetchAll(db, sql: "SELECT name FROM index_blobs")
        if names.isEmpty {
            index = SearchIndex(options: meta.options)
        } else {
            var blobs: [String: Data] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT name, data FROM index_blobs")
            while let row = try rows.next() {
                let name: String = row["name"]
                blobs[name] = row["data"] as Data? ?? Data()
            }
            let segment = try SegmentCodec.segment(blobs, path: path)
            index = SearchIndex(options: meta.options, segments: [segment], deleted: [])
        }
        let tombstones = try String.fetchAll(db, sql: "SELECT id FROM tombstones ORDER BY id")
        if !tombstones.isEmpty { index.delete(ids: tombstones) }
        let pending = try StoreSchema.documents(db, after: meta.indexedThrough)
        if !pending.isEmpty { index.add(pending) }
        return index
    }

    /// The number of live documents.
    public var count: Int { index.count }

    /// Searches the store. See ``TriageSearch/SearchIndex/search(_:)-(SearchQuery)``.
    ///
    /// Snippets need document text: hits of saved documents get theirs from the database.
    ///
    /// - Throws: ``TriageSearch/SearchError`` for an invalid query.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        var hits = try index.search(query)
        if query.snippets, hits.contains(where: { $0.snippet == nil }) {
            let docs = try documents(ids: hits.map(\.id))
            var plain = index.options
            plain.feedback = nil
            let mini = SearchIndex(documents: docs, options: plain)
            // The mini index has its own term ids: pass the terms by spelling only.
            let terms = index.preparedTerms(query).map { QueryTerm(term: $0.term, weight: $0.weight, scorer: $0.scorer) }
            for i in hits.indices where hits[i].snippet == nil {
                if let position = docs.firstIndex(where: { $0.id == hits[i].id }) {
                    hits[i].snippet = mini.snippet(doc: position, terms: terms)
                }
            }
        }
        return hits
    }

    /// Searches for `text` with default options.
    ///
    /// - Throws: ``TriageSearch/SearchError`` for an invalid query.
    public func search(_ text: String, limit: Int = 10) throws -> [SearchHit] {
        try search(SearchQuery(text, limit: limit))
    }

    /// The stored documents with these ids (unknown ids are skipped), in the given order.
    public func documents(ids: [String]) throws -> [SearchDocument] {
        do {
            return try db.read { db in
                var out: [SearchDocument] = []
                for id in ids {
                    if let d = try StoreSchema.document(db, id: id) { out.append(d) }
                }
                return out
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// Runs `PRAGMA integrity_check`; returns SQLite's messages (`["ok"]` when sound).
    public func integrityCheck() throws -> [String] {
        do {
            return try db.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// The number of document rows in the database.
    public func storedDocumentCount() throws -> Int {
        do {
            return try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM documents") ?? 0 }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// The ids of every stored document, sorted.
    public func storedIDs() throws -> [String] {
        do {
            return try db.read { try String.fetchAll($0, sql: "SELECT id FROM documents ORDER BY id") }
        } catch {
            throw Self.map(error, path: path)
        }
    }
}
