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
    ///
    /// The lists are a handful of entries, so they are scanned rather than hashed into per-call tables.
    func select(intent: IntentPolicy, documents: [EvidenceDocument], support: [String: Double],
                fallback: (String) -> Double? = { _ in nil }) -> [Candidate] {
        let linked = !intent.articles.isEmpty
        let ids = linked ? intent.articles : documents.compactMap { document in
            articles[document.id].map { $0.intents.contains(intent.name) } == true ? document.id : nil
        }
        var candidates: [(offset: Int, candidate: Candidate)] = []
        candidates.reserveCapacity(ids.count)
        for (offset, id) in ids.enumerated() {
            guard !ids[..<offset].contains(id), let article = articles[id] else { continue }
            candidates.append((offset, Candidate(article: article, support: score(id, documents, support) ?? fallback(id) ?? 0)))
        }
        if linked { return candidates.map(\.candidate) }
        return candidates.sorted { ($0.candidate.support, -$0.offset) > ($1.candidate.support, -$1.offset) }.map(\.candidate)
    }

    /// The measured support of article `id`: its explicit support, else its best retrieval score (at least 0),
    /// else `nil`.
    private func score(_ id: String, _ documents: [EvidenceDocument], _ support: [String: Double]) -> Double? {
        if !support.isEmpty, let explicit = support[id] { return explicit }
        var best: Double?
        for document in documents where document.id == id { best = max(best ?? 0, document.score) }
        return best
    }
}
