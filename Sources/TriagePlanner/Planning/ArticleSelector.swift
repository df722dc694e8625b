/// Picks the knowledge-base articles that may answer for an intent, with their support.
struct ArticleSelector {
    struct Candidate {
        var article: KBArticle
        var support: Double
    }

    let articles: [String: KBArticle]

    /// The intent's linked articles (in policy order), or when it links none, retrieved articles that name
    /// the intent; each with its normalised support (explicit support first, else its retrieval score, else 0).
    /// Linked articles stay in policy order (the first one with enough support answers); retrieved ones are
    /// sorted by support, descending, ties by retrieval order.
    func select(intent: IntentPolicy, documents: [EvidenceDocument], support: [String: Double],
                fallback: (String) -> Double? = { _ in nil }) -> [Candidate] {
        var scores: [String: Double] = [:]
        for document in documents { scores[document.id] = max(scores[document.id] ?? 0, document.score) }
        for (id, value) in support { scores[id] = value }
        var ids = intent.articles
        let linked = !ids.isEmpty
        if !linked {
            ids = documents.map(\.id).filter { articles[$0]?.intents.contains(intent.name) ?? false }
        }
        var seen = Set<String>()
        let candidates = ids.enumerated().compactMap { offset, id -> (Int, Candidate)? in
            guard seen.insert(id).inserted, let article = articles[id] else { return nil }
            return (offset, Candidate(article: article, support: scores[id] ?? fallback(id) ?? 0))
        }
        if linked { return candidates.map(\.1) }
        return candidates.sorted { ($0.1.support, -$0.0) > ($1.1.support, -$1.0) }.map(\.1)
    }
}
