import Foundation
import Testing
import TriageKit
import TriagePlanner
import TriageTickets

/// The default workspace's `relevance_floor` comes from its history, not from the gold set: it is the lower
/// decile of the support that each prior ticket's resolving article gets for that ticket.
@Suite("Relevance floor and per-article support")
struct RelevanceFloorTests {
    @Test func corpusFloorIsTheOneItsPriorTicketsSuggest() throws {
        let engine = try corpusEngine.get()
        let suggested = try #require(engine.suggestedRelevanceFloor())
        #expect(engine.workspace.policy.relevanceFloor == suggested,
                "relevance_floor \(engine.workspace.policy.relevanceFloor), prior tickets suggest \(suggested)")
        #expect(suggested > 0.05 && suggested < 0.5)
    }

    @Test func supportTellsArticlesApart() throws {
        let engine = try corpusEngine.get()
        let ticket = Ticket(id: "S-1", channel: .chat, createdAt: "2026-11-30T10:00:00Z", messages: [
            Message(author: .customer, at: "2026-11-30T10:00:00Z",
                    text: "I was charged twice for invoice INV-204233, please refund the duplicate payment"),
        ])
        let decision = engine.triage(ticket)
        let scores = decision.evidence.documents.map(\.score)
        // Retrieved articles cover different shares of the ticket: the scores are not all equal.
        #expect(Set(scores).count > 1, "\(decision.evidence.documents.map { ($0.id, $0.score) })")
        // Matched terms are the terms each document contains.
        for document in decision.evidence.documents {
            #expect(document.matchedTerms.allSatisfy { $0.weight > 0 }, "\(document.id): \(document.matchedTerms)")
        }
        let own = engine.articleSupport(for: ticket, article: "kb-billing-double-charge")
        let unrelated = engine.articleSupport(for: ticket, article: "kb-getting-started")
        #expect(own > unrelated, "double charge \(own), getting started \(unrelated)")
        #expect(engine.articleSupport(for: ticket, article: "kb-no-such-article") == 0)
    }
}
