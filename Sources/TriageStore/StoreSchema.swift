import Foundation
import GRDB
import TriageSearch

/// The tables of a search store.
///
/// - `triage_meta(key, value)`: `format`, `version`, `options` (TriageSearch.IndexOptions JSON), `indexed_through`
///   (the last document `seq` covered by the saved segment).
/// - `documents(seq, id, fields, metadata)`: one row per live document; `fields` and `metadata` are JSON
///   objects with sorted keys.
/// - `tombstones(id)`: saved documents deleted or replaced since the last save.
/// - `index_blobs(name, data)`: the saved segment (see `SegmentCodec`).
enum StoreSchema {
    struct Meta {
        var options: TriageSearch.IndexOptions
        var indexedThrough: Int64
    }

    static func create(_ db: Database, options: TriageSearch.IndexOptions) throws {
        try db.execute(sql: """
            CREATE TABLE triage_meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            CREATE TABLE documents(seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
                                   fields TEXT NOT NULL, metadata TEXT NOT NULL);
            CREATE TABLE tombstones(id TEXT PRIMARY KEY NOT NULL);
            CREATE TABLE index_blobs(name TEXT PRIMARY KEY NOT NULL, data BLOB NOT NULL);
            """)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try setMeta(db, "format", SearchStore.formatName)
        try setMeta(db, "version", String(SearchStore.formatVersion))
        try setMeta(db, "options", String(decoding: try encoder.encode(options), as: UTF8.self))
        try setMeta(db, "indexed_through", "0")
    }

    static func setMeta(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO triage_meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }

    static func meta(_ db: Database, path: String) throws -> Meta {
        var values: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM triage_meta") {
            values[row["key"]] = row["value"]
        }
        guard values["format"] == SearchStore.formatName else {
            throw StoreError.foreignDatabase(path: path, found: "format '\(values["format"] ?? "none")'")
        }
        let version = Int(values["version"] ?? "") ?? -1
        guard version == SearchStore.formatVersion else {
            throw StoreError.unsupportedFormatVersion(path: path, found: version, supported: 1...SearchStore.formatVersion)
        }
        guard let json = values["options"], let options = try? JSONDecoder().decode(TriageSearch.IndexOptions.self, from: Data(json.utf8)) else {
            throw StoreError.corruptIndex(path: path, part: "options", reason: "unreadable TriageSearch.IndexOptions JSON")
        }
        return Meta(options: options, indexedThrough: Int64(values["indexed_through"] ?? "0") ?? 0)
    }

    static func insert(_ db: Database, _ d: SearchDocument) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try db.execute(sql: "INSERT INTO documents(id, fields, metadata) VALUES (?, ?, ?)",
                       arguments: [d.id, String(decoding: try encoder.encode(d.fields), as: UTF8.self),
                                   String(decoding: try encoder.encode(d.metadata), as: UTF8.self)])
    }

    static func decode(_ row: Row) -> SearchDocument {
        let fieldsJSON: String = row["fields"]
        let metadataJSON: String = row["metadata"]
        let fields = (try? JSONDecoder().decode([String: String].self, from: Data(fieldsJSON.utf8))) ?? [:]
        let metadata = (try? JSONDecoder().decode([String: String].self, from: Data(metadataJSON.utf8))) ?? [:]
        return SearchDocument(id: row["id"], fields: fields, metadata: metadata)
    }

    static func documents(_ db: Database, after seq: Int64) throws -> [SearchDocument] {
        try Row.fetchAll(db, sql: "SELECT id, fields, metadata FROM documents WHERE seq > ? ORDER BY seq", arguments: [seq]).map(decode)
    }

    static func document(_ db: Database, id: String) throws -> SearchDocument? {
        try Row.fetchOne(db, sql: "SELECT id, fields, metadata FROM documents WHERE id = ?", arguments: [id]).map(decode)
    }
}
