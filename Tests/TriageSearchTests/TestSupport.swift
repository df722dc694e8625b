import TriageSearch
import TriageText

enum Fixtures {
    static let vocabulary = ["printer", "offline", "refund", "invoice", "charged", "twice", "password", "reset",
                             "login", "error", "card", "arrived", "delivery", "account", "locked", "update",
                             "crash", "sync", "calendar", "shift", "schedule", "payroll", "export", "report",
                             "mobile", "app", "slow", "timeout", "email", "notification"]

    /// Random documents over a small Zipf-like vocabulary (so many ties and long postings).
    static func randomCorpus(count: Int, seed: UInt64) -> [SearchDocument] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { i in
            func words(_ n: Int) -> String {
                (0..<n).map { _ in
                    let r = Double(rng.next() % 10_000) / 10_000
                    return vocabulary[min(vocabulary.count - 1, Int(r * r * Double(vocabulary.count)))]
                }.joined(separator: " ")
            }
            let title = words(Int(rng.next() % 4))
            let body = words(3 + Int(rng.next() % 40))
            let kind = rng.next() % 3 == 0 ? "kb" : "ticket"
            return SearchDocument(id: "d\(i)", fields: ["title": title, "body": body],
                                  metadata: ["kind": kind, "product": "p\(rng.next() % 4)"])
        }
    }

    static func randomQuery(_ rng: inout SplitMix64) -> String {
        (0..<(1 + Int(rng.next() % 5))).map { _ in vocabulary[Int(rng.next() % UInt64(vocabulary.count))] }
            .joined(separator: " ")
    }
}
