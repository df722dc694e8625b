/// Document frequencies of ticket terms in the knowledge base and in the prior tickets, remembered across the
/// tickets one thread decides (the indexes do not change while an engine lives).
///
/// Each entry also carries the number of the ticket that last asked for it, so a ticket's repeated terms are
/// recognised without a second set. The memo is cleared when it reaches ``capacity`` terms, which bounds its
/// memory; results never depend on what it held.
struct FrequencyMemo {
    private struct Entry {
        var knowledgeBase: Int
        var priorTickets: Int
        var ticket: Int
    }

    /// The most terms kept before the memo starts over.
    static let capacity = 50_000

    private var entries: [String: Entry] = [:]
    private var ticket = 0

    /// Starts a new ticket: every term counts once more.
    mutating func beginTicket() {
        ticket &+= 1
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
    }

    /// The term's (knowledge-base, prior-ticket) document frequencies, from `lookup` the first time the memo
    /// sees it; `nil` when the current ticket already asked for this term.
    mutating func entry(for term: String, lookup: () -> (Int, Int)) -> (Int, Int)? {
        if let i = entries.index(forKey: term) {
            if entries.values[i].ticket == ticket { return nil }
            entries.values[i].ticket = ticket
            return (entries.values[i].knowledgeBase, entries.values[i].priorTickets)
        }
        let (kb, prior) = lookup()
        entries[term] = Entry(knowledgeBase: kb, priorTickets: prior, ticket: ticket)
        return (kb, prior)
    }
}
