import TriagePlanner
import TriageSearch

/// Builds the engine's search indexes from a workspace.
enum WorkspaceIndexing {
    /// One document per article: title, searchable body, tags; metadata `kind=kb`, `id`, `intents`.
    static func knowledgeBaseIndex(_ ws: Workspace) -> SearchIndex {
        let docs = ws.articleIDs.compactMap { id -> SearchDocument? in
            guard let a = ws.articles[id] else { return nil }
            return SearchDocument(
                id: a.id,
                fields: ["title": a.title, "body": a.searchableText, "tags": a.tags.joined(separator: " ")],
                metadata: ["kind": "kb", "id": a.id, "intents": a.intents.joined(separator: ",")])
        }
        return SearchIndex(documents: docs, options: indexOptions)
    }

    /// One document per prior resolved ticket: subject and customer text; metadata `kind=ticket`, `intent`,
    /// `team`, `article` when known.
    static func priorTicketIndex(_ ws: Workspace) -> SearchIndex {
        let docs = ws.priorTickets.map { p -> SearchDocument in
            var meta = ["kind": "ticket", "id": p.ticket.id]
            if let v = p.resolution.intent { meta["intent"] = v }
            if let v = p.resolution.team { meta["team"] = v }
            if let v = p.resolution.article { meta["article"] = v }
            return SearchDocument(
                id: p.ticket.id,
                fields: ["title": p.ticket.subject ?? "", "body": p.ticket.customerText, "tags": p.ticket.tags.joined(separator: " ")],
                metadata: meta)
        }
        return SearchIndex(documents: docs, options: indexOptions)
    }

    /// Index options for workspace collections: BM25F title boost, no query expansion (evidence must match the
    /// ticket's own words, so explanations stay exact), single-threaded build (the collections are small).
    static var indexOptions: IndexOptions {
        var o = IndexOptions()
        o.fields = [FieldSpec("title", weight: 2), FieldSpec("body"), FieldSpec("tags")]
        o.feedback = nil
        o.buildThreads = 1
        return o
    }
}
