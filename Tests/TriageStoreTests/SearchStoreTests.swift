import Foundation
import Testing
import TriageSearch
import TriageStore

func temporaryPath(_ name: String) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("triage-store-tests-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("\(name)-\(UInt64.random(in: 0...UInt64.max)).sqlite").path
    return path
}

func sampleDocuments(_ n: Int, prefix: String = "d") -> [SearchDocument] {
    let words = ["printer", "offline", "refund", "invoice", "charged", "twice", "password", "reset", "login", "sync"]
    return (0..<n).map { i in
        SearchDocument(id: "\(prefix)\(i)", fields: ["title": words[i % 10], "body": (0..<8).map { words[($0 * 3 + i) % 10] }.joined(separator: " ")],
                       metadata: ["kind": i % 2 == 0 ? "kb" : "ticket"])
    }
}

@Suite struct SearchStoreTests {
    @Test func reopenedStoreAnswersLikeAnInMemoryIndex() throws {
        let path = temporaryPath("reopen")
        let docs = sampleDocuments(300)
        do {
            let store = try SearchStore.open(path: path)
            try store.add(Array(docs.prefix(200)))
            try store.saveIndex()
            try store.add(Array(docs.suffix(100)))        // unsaved rows, indexed on open
            #expect(try store.delete(ids: ["d3", "d250"]) == 2)
        }
        let store = try SearchStore.open(path: path)
        #expect(store.count == 298)
        #expect(try store.integrityCheck() == ["ok"])
        let live = docs.filter { $0.id != "d3" && $0.id != "d250" }
        let reference = SearchIndex(documents: live)
        for q in ["printer offline", "refund invoice charged", "password"] {
            let a = try store.search(SearchQuery(q, limit: 20, filter: .equals(key: "kind", value: "kb")))
            let b = try reference.search(SearchQuery(q, limit: 20, filter: .equals(key: "kind", value: "kb")))
            #expect(a.map(\.id) == b.map(\.id))
            #expect(zip(a, b).allSatisfy { abs($0.score - $1.score) < 1e-9 })
        }
        let hit = try #require(try store.search(SearchQuery("printer", limit: 1, snippets: true)).first)
        #expect(hit.snippet != nil)
    }

    @Test func corruptFileIsATypedError() throws {
        let path = temporaryPath("corrupt")
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try SearchStore.open(path: path)
        } throws: { error in
            if case StoreError.corruptDatabase = error { return true }
            return false
        }
    }

    @Test func foreignDatabaseIsATypedError() throws {
        let other = temporaryPath("other")
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", other, "CREATE TABLE customers(id INTEGER); INSERT INTO customers VALUES (1);"]
        try sqlite.run()
        sqlite.waitUntilExit()
        guard sqlite.terminationStatus == 0 else { print("SKIP foreignDatabaseIsATypedError: sqlite3 CLI unavailable"); return }
        #expect {
            _ = try SearchStore.open(path: other)
        } throws: { error in
            if case StoreError.foreignDatabase = error { return true }
            return false
        }
    }

    @Test func truncatedDatabaseIsATypedErrorNotACrash() throws {
        let path = temporaryPath("truncated")
        do {
            let store = try SearchStore.open(path: path)
            try store.add(sampleDocuments(2000))
            try store.saveIndex()
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: path))
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
        do {
            let store = try SearchStore.open(path: path)
            _ = try store.search("printer")
            // SQLite may open a truncated file lazily; if it did, the check must say so.
            #expect(try store.integrityCheck() != ["ok"])
        } catch is StoreError {
            // expected: a typed error
        }
    }
}
