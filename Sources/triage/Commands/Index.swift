import ArgumentParser
import Foundation
import TriageSearch
import TriageStore

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build a persisted search index (SQLite) from a workspace's kb/ and tickets/, or a BEIR corpus.jsonl.")

    @Option(help: "The store file to (re)build.")
    var store: String = "triage-index.sqlite"
    @Option(help: "A workspace directory (kb/*.md and tickets/*.jsonl).")
    var workspace: String?
    @Option(help: "A BEIR corpus.jsonl instead of a workspace.")
    var beir: String?
    @Option(help: "Tokenization: analyzer | wordPattern.")
    var tokenization: TokenizationMode = .analyzer

    func validate() throws {
        guard (workspace == nil) != (beir == nil) else { throw ValidationError("Give exactly one of --workspace or --beir.") }
    }

    func run() throws {
        let started = Date()
        do {
            var docs: [SearchDocument]
            if let workspace {
                let url = URL(fileURLWithPath: workspace)
                docs = try WorkspaceLoader.articles(in: url) + WorkspaceLoader.tickets(in: url)
            } else {
                docs = try BEIRLoader.corpus(URL(fileURLWithPath: beir ?? ""))
            }
            var options = IndexOptions()
            options.analysis.mode = tokenization
            let s = try SearchStore.open(path: store, options: options)
            try s.replaceAll(with: docs)
            let seconds = Date().timeIntervalSince(started)
            print("{\"documents\": \(s.count), \"seconds\": \(String(format: "%.3f", seconds)), \"store\": \"\(store)\"}")
            docs.removeAll()
        } catch let e as SearchError {
            throw SearchCLIError(e.description)
        } catch let e as StoreError {
            throw SearchCLIError(e.description)
        }
    }
}

/// A failure reported on standard error with exit code 1.
struct SearchCLIError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
