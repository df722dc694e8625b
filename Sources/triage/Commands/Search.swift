import ArgumentParser
import Foundation
import TriageSearch
import TriageStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search a persisted index; prints one JSON object per hit.")

    @Option(help: "The store file (see `triage index`).")
    var store: String = "triage-index.sqlite"
    @Option(name: .customLong("filter"), help: "Metadata filter key=value (repeatable; values of one key are alternatives).")
    var filters: [String] = []
    @Option(name: .short, help: "Maximum number of hits.")
    var k: Int = 10
    @Flag(help: "Include per-term score contributions.")
    var explain = false
    @Flag(help: "Include the best sentence with matched-term offsets.")
    var snippets = false
    @Flag(help: "Disable pseudo-relevance feedback.")
    var noFeedback = false
    @Argument(help: "Query text.")
    var query: String

    func validate() throws {
        guard k > 0 else { throw ValidationError("-k must be positive.") }
    }

    func run() throws {
        do {
            guard FileManager.default.fileExists(atPath: store) else { throw SearchCLIError("\(store): no such store; build it with `triage index`") }
            let s = try SearchStore.open(path: store)
            var q = SearchQuery(query, limit: k, filter: try MetadataFilter.parseAll(filters), explain: explain, snippets: snippets)
            if noFeedback { q.feedback = false }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            for hit in try s.search(q) {
                print(String(decoding: try encoder.encode(hit), as: UTF8.self))
            }
        } catch let e as SearchError {
            throw SearchCLIError(e.description)
        } catch let e as StoreError {
            throw SearchCLIError(e.description)
        }
    }
}

/// Hidden: keeps committing batches to a store until killed (the crash-safety test drives it).
struct StoreWriter: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_store-writer", shouldDisplay: false)
    @Option var store: String
    @Option var batches: Int = 1000
    @Option var batchSize: Int = 50

    func run() throws {
        try StoreCrashDrill.runWriter(path: store, batches: batches, batchSize: batchSize)
    }
}
