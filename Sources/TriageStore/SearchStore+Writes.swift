import Foundation
import GRDB
import TriageSearch

extension SearchStore {
    /// Adds or replaces documents in one transaction, then indexes them in memory.
    ///
    /// - Throws: ``StoreError`` when the transaction fails; the store and the index are then unchanged.
    public func add(_ documents: [SearchDocument]) throws {
        if documents.isEmpty { return }
        do {
            try db.write { db in
                let indexedThrough = try StoreSchema.meta(db, path: path).indexedThrough
                for d in documents {
                    if let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM documents WHERE id = ?", arguments: [d.id]) {
                        if seq <= indexedThrough {
                            try db.execute(sql: "INSERT OR IGNORE INTO tombstones(id) VALUES (?)", arguments: [d.id])
                        }
                        try db.execute(sql: "DELETE FROM documents WHERE seq = ?", arguments: [seq])
                    }
                    try StoreSchema.insert(db, d)
                }
            }
        } catch {
            throw Self.map(error, path: path)
        }
        updateIndex { $0.add(documents) }
        let pending = index.segments.dropFirst().reduce(0) { $0 + $1.documentCount }
        let threshold = autoSaveThreshold ?? max(10_000, index.count / 10)
        if threshold > 0 && pending > threshold { try saveIndex() }
    }

    /// Deletes documents by id in one transaction; returns how many existed.
    ///
    /// - Throws: ``StoreError`` when the transaction fails; the store and the index are then unchanged.
    @discardableResult
    public func delete(ids: [String]) throws -> Int {
        var removed: [String] = []
        do {
            try db.write { db in
                let indexedThrough = try StoreSchema.meta(db, path: path).indexedThrough
                for id in ids {
                    guard let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM documents WHERE id = ?", arguments: [id]) else { continue }
                    if seq <= indexedThrough {
                        try db.execute(sql: "INSERT OR IGNORE INTO tombstones(id) VALUES (?)", arguments: [id])
                    }
                    try db.execute(sql: "DELETE FROM documents WHERE seq = ?", arguments: [seq])
                    removed.append(id)
                }
            }
        } catch {
            throw Self.map(error, path: path)
        }
        updateIndex { $0.delete(ids: removed) }
        return removed.count
    }

    /// Merges the index into one segment and saves it as blobs, in one transaction; clears tombstones.
    ///
    /// - Throws: ``StoreError`` when the transaction fails (the previous saved state stays).
    public func saveIndex() throws {
        updateIndex { $0.merge() }
        guard let segment = index.segments.first else { return }
        let blobs = try SegmentCodec.blobs(segment)
        do {
            try db.write { db in
                let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM documents") ?? 0
                try db.execute(sql: "DELETE FROM index_blobs")
                for name in blobs.keys.sorted() {
                    try db.execute(sql: "INSERT INTO index_blobs(name, data) VALUES (?, ?)", arguments: [name, blobs[name]])
                }
                try db.execute(sql: "DELETE FROM tombstones")
                try StoreSchema.setMeta(db, "indexed_through", String(last))
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// Replaces the whole content with `documents` (one transaction) and saves the index.
    ///
    /// - Throws: ``StoreError`` when the transaction fails.
    public func replaceAll(with documents: [SearchDocument]) throws {
        let fresh = SearchIndex(documents: documents, options: index.options)
        do {
            try db.write { db in
                try db.execute(sql: "DELETE FROM documents")
                try db.execute(sql: "DELETE FROM tombstones")
                try db.execute(sql: "DELETE FROM index_blobs")
                try StoreSchema.setMeta(db, "indexed_through", "0")
                for d in documents { try StoreSchema.insert(db, d) }
            }
        } catch {
            throw Self.map(error, path: path)
        }
        updateIndex { $0 = fresh }
        try saveIndex()
    }

    private func updateIndex(_ body: (inout SearchIndex) -> Void) {
        var copy = index
        index = SearchIndex(options: copy.options)
        body(&copy)
        index = copy
    }
}
