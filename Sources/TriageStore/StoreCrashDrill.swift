import Foundation
import TriageSearch

/// A writer for crash-safety drills: a process that keeps committing batches so a test can kill it
/// mid-write and check what survives.
public enum StoreCrashDrill {
    /// The id of document `i` of batch `b`.
    public static func documentID(batch b: Int, index i: Int) -> String {
        "w\(b)-\(i)"
    }

    /// Adds `batches` batches of `batchSize` documents to the store at `path`, one transaction each,
    /// printing `committed <batches so far>` on standard output (flushed) after each commit.
    ///
    /// - Throws: ``StoreError`` from the store.
    public static func runWriter(path: String, batches: Int, batchSize: Int) throws {
        let store = try SearchStore.open(path: path)
        store.autoSaveThreshold = 5 * batchSize
        let words = ["printer", "offline", "refund", "invoice", "charged", "password", "reset", "login", "sync", "shift"]
        for b in 0..<batches {
            let docs = (0..<batchSize).map { i in
                SearchDocument(id: documentID(batch: b, index: i),
                               fields: ["body": (0..<12).map { words[($0 * 7 + i + b) % words.count] }.joined(separator: " ")],
                               metadata: ["kind": "ticket"])
            }
            try store.add(docs)
            FileHandle.standardOutput.write(Data("committed \(b + 1)\n".utf8))
        }
    }
}
