import Foundation
import TriageClassifier
import TriagePlanner
import TriageSearch
import TriageSummarizer
import TriageText
import TriageTickets

extension TriageEngine {
    /// The largest prefix of a ticket's text (in UTF-8 bytes) the classifier and the search read; the planner's
    /// input screen still sees the whole ticket.
    static let stageTextLimit = 32_768
    /// The length of a similar ticket's snippet, in UTF-8 bytes.
    static let similarSnippetBytes = 240

    /// Runs the classifier, the searches and the summarizer, and maps their results into the planner's input.
    public func plannerInput(for ticket: Ticket) -> PlannerInput {
        var input = plannerInput(for: ticket, threadContext: false)
        let context = threadContext(of: ticket)
        input.summary = context.summary
        input.bugReport = context.bugReport
        return input
    }

    /// The planner's input without the thread summary and bug-report draft (`threadContext: false`): the
    /// planner's rules never read them, only a handoff carries them, so ``triage(_:)`` computes them after
    /// the decision and only for handoffs (see ``threadContext(of:)``).
    func plannerInput(for ticket: Ticket, threadContext: Bool) -> PlannerInput {
        let text = Self.prefix(ticket.triageText, bytes: Self.stageTextLimit)
        var input = PlannerInput(ticket: ticket, model: model)

        // Intent.
        // `make` reads the classifier through the engine (a partial application `classifier.makeScratch` would
        // copy the classifier into a closure context on every ticket).
        let classified = classifierScratch.with(make: { self.classifier.makeScratch() }) { scratch in
            try? classifier.explainedPrediction(for: text, maximumCount: options.hypothesisLimit,
                                                termCount: options.explanationTermLimit, scratch: &scratch)
        }
        if let (prediction, explanation) = classified {
            input.hypotheses = prediction.hypotheses.map { IntentScore(label: $0.label, confidence: $0.probability) }
            input.inScope = prediction.isInScope
            input.intentTerms = explanation.terms.map { TermWeight(term: $0.feature, weight: $0.contribution) }
        } else {
            input.inScope = false
        }
        input.fittedThresholds = fittedThresholds

        // Evidence: knowledge-base articles, with support normalised to 0...1. Both indexes share one analysis
        // (WorkspaceIndexing), so the ticket's text is analysed once for every search.
        let terms = knowledgeBase.extractor.terms(text)
        let support = frequencyMemos.with(make: FrequencyMemo.init) { memo in
            SupportMeter(index: knowledgeBase, domain: priorTickets, terms: terms, memo: &memo)
        }
        var evidenceQuery = SearchQuery(text, limit: options.evidenceLimit, explain: true, snippets: true)
        evidenceQuery.analyzedTerms = terms
        evidenceQuery.explainFields = false   // the Decision carries per-term scores only
        evidenceQuery.explainUnmatched = false  // … of the terms each article contains (support counts only those)
        evidenceQuery.includeMetadata = false // articles are looked up by id
        evidenceQuery.snippetHighlights = false  // the Decision shows a snippet's text only
        if let hits = try? knowledgeBase.search(evidenceQuery) {
            // Hits are read in place (a `map` closure would copy each hit, retaining all of its strings).
            var documents: [EvidenceDocument] = []
            documents.reserveCapacity(hits.count)
            hits.withUnsafeBufferPointer { hits in
                for i in hits.indices {
                    let explanation = hits[i].explanation
                    documents.append(EvidenceDocument(
                        id: hits[i].id, title: workspace.articles[hits[i].id]?.title ?? hits[i].id,
                        score: support.support(explanation), snippet: hits[i].snippet?.text ?? "",
                        matchedTerms: Self.matchedTerms(explanation)))
                }
            }
            input.documents = documents
        }
        if let top = input.hypotheses.first, let articles = workspace.policy.intents[top.label]?.articles {
            for id in articles where !input.documents.contains(where: { $0.id == id }) {
                input.articleSupport[id] = articleSupport(id, text: text, terms: terms, meter: support)
            }
        }

        // Similar prior tickets.
        let similarOptions = MoreLikeThisOptions(limit: options.similarTicketLimit, excludeID: ticket.id)
        // Both indexes share one analysis (WorkspaceIndexing) unless their extractors differ.
        let similarTerms = priorTickets.extractor.options == knowledgeBase.extractor.options
            ? terms : priorTickets.extractor.terms(text)
        // Hits skip their metadata: a prior ticket's facts come from the table made at start-up, by document number.
        let similar = priorTickets.moreLikeThis(text, analyzedTerms: similarTerms, options: similarOptions,
                                                includeMetadata: false)
        var similarTickets: [SimilarTicket] = []
        similarTickets.reserveCapacity(similar.count)
        similar.withUnsafeBufferPointer { hits in
            for i in hits.indices {
                let facts = priorFacts[hits[i].documentNumber]   // the table covers every document of the index
                similarTickets.append(SimilarTicket(id: hits[i].id, score: hits[i].score, intent: facts.intent,
                                                    team: facts.team, article: facts.article, snippet: facts.snippet))
            }
        }
        input.similarTickets = similarTickets

        if threadContext {
            let context = self.threadContext(of: ticket)
            input.summary = context.summary
            input.bugReport = context.bugReport
        }
        return input
    }

    /// The terms a hit's document contains, with their scores (an explanation also lists the query terms the
    /// document lacks, with term frequency 0, unless the query sets `explainUnmatched` to false as the engine does).
    static func matchedTerms(_ explanation: [TriageSearch.TermContribution]?) -> [TermWeight] {
        guard let explanation else { return [] }
        var out: [TermWeight] = []
        out.reserveCapacity(explanation.count)
        for term in explanation where term.termFrequency > 0 { out.append(TermWeight(term: term.term, weight: term.score)) }
        return out
    }

    /// How well knowledge-base article `id` supports an answer to `ticket`, on the scale of `relevance_floor`:
    /// the idf-weighted share of the ticket's support vocabulary that the article contains (see the planner's
    /// evidence scores). 0 for an unknown article or a ticket without known terms.
    public func articleSupport(for ticket: Ticket, article id: String) -> Double {
        articleSupport(for: ticket, article: id, isPriorTicket: false)
    }

    /// `isPriorTicket`: the ticket is one of the indexed prior tickets, so its own occurrence is left out of
    /// the support domain (a term counts only if some other prior ticket or an article uses it).
    func articleSupport(for ticket: Ticket, article id: String, isPriorTicket: Bool) -> Double {
        let text = Self.prefix(ticket.triageText, bytes: Self.stageTextLimit)
        let terms = knowledgeBase.extractor.terms(text)
        let meter = SupportMeter(index: knowledgeBase, domain: priorTickets, terms: terms,
                                 domainMinimum: isPriorTicket ? 2 : 1)
        return articleSupport(id, text: text, terms: terms, meter: meter)
    }

    /// The support of article `id` for a ticket's (analysed) text: an explained search restricted to that article.
    private func articleSupport(_ id: String, text: String, terms: [String], meter: SupportMeter) -> Double {
        var query = SearchQuery(text, limit: 1, filter: .equals(key: "id", value: id), explain: true)
        query.analyzedTerms = terms
        query.explainFields = false
        query.explainUnmatched = false
        query.includeMetadata = false
        return (try? knowledgeBase.search(query))?.first.map { meter.support(of: $0) } ?? 0
    }

    /// The relevance floor the workspace's history suggests: the `quantile` (default 0.1) of
    /// ``articleSupport(for:article:)`` over the prior tickets that were resolved with an article (each ticket's
    /// own entry in the prior-ticket index left out), rounded
    /// down to two decimals, so that at least `1 − quantile` of those historical answers would clear it.
    /// `nil` when no prior ticket names an article. The default workspace's `relevance_floor` is this value.
    public func suggestedRelevanceFloor(quantile: Double = 0.1) -> Double? {
        var values: [Double] = []
        for prior in workspace.priorTickets {
            guard let article = prior.resolution.article, workspace.articles[article] != nil else { continue }
            values.append(articleSupport(for: prior.ticket, article: article, isPriorTicket: true))
        }
        guard !values.isEmpty else { return nil }
        values.sort()
        // The lower empirical quantile: the value at rank ⌊q·(n−1)⌋.
        let rank = Int((min(1, max(0, quantile)) * Double(values.count - 1)).rounded(.down))
        return (values[rank] * 100).rounded(.down) / 100
    }

    /// The support-layout thread summary and, for defect reports, a bug-report draft: the context a handoff
    /// carries.
    func threadContext(of ticket: Ticket) -> (summary: [TriagePlanner.SummaryLine], bugReport: TriagePlanner.BugReportDraft?) {
        let messages = Self.summaryMessages(ticket)
        guard !messages.isEmpty else { return ([], nil) }
        // Both layouts from one segmentation and scoring of the thread.
        let context = summarizer.handoffContext(messages)
        let bug = context.bugReport
        return (Self.summaryLines(context.supportSummary), bug.isLikelyBug ? Self.bugDraft(bug) : nil)
    }

    static func summaryMessages(_ ticket: Ticket) -> [SummaryMessage] {
        ticket.messages.enumerated().map { i, m in
            SummaryMessage(id: String(i), role: SpeakerRole(label: m.author.rawValue), text: prefix(m.text, bytes: stageTextLimit),
                           quotedText: m.quoted, signatureText: m.signature)
        }
    }

    static func summaryLines(_ s: SupportSummary) -> [TriagePlanner.SummaryLine] {
        func map(_ lines: [TriageSummarizer.SummaryLine], _ section: TriagePlanner.SummaryLine.Section) -> [TriagePlanner.SummaryLine] {
            lines.map { TriagePlanner.SummaryLine(section: section, text: $0.text, messageID: $0.unit.messageIndex, speaker: $0.unit.role.rawValue) }
        }
        return map(s.issue, .issue) + map(s.tried, .tried) + map(s.status, .status) + map(s.openQuestions, .openQuestions)
    }

    static func bugDraft(_ b: TriageSummarizer.BugReportDraft) -> TriagePlanner.BugReportDraft {
        let env = b.environment.map(\.text)
        let version = env.first { line in Tokenizer().tokenize(line).contains { $0.kind == .version } }
        return TriagePlanner.BugReportDraft(
            symptom: b.symptom.first?.text, steps: b.steps.map(\.text), expected: b.expected.first?.text,
            actual: b.actual.first?.text, version: version, environment: env.isEmpty ? nil : env.joined(separator: " "))
    }

    /// The longest prefix of `text` within `bytes` UTF-8 bytes, cut at a character boundary.
    static func prefix(_ text: String, bytes: Int) -> String {
        let utf8 = text.utf8
        if utf8.count <= bytes { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: bytes)
        // Step back over continuation bytes (10xxxxxx) to a scalar boundary.
        while end > utf8.startIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return String(decoding: utf8[..<end], as: UTF8.self)
    }
}

/// Normalises BM25 evidence to `0...1`: the share of the ticket's support vocabulary, weighted by idf, that a
/// document matches.
///
/// The support vocabulary is the ticket's analysed terms that occur in the knowledge base or in prior tickets.
/// Terms found in neither (names, ids, typos) do not count, so long and short tickets stay comparable; terms
/// that support requests use but no article contains count against every article, so a ticket about something
/// the knowledge base does not cover gets low support even when one common word matches.
struct SupportMeter {
    /// The number of articles (the idf's N).
    let count: Double
    /// The idf-weighted size of the ticket's support vocabulary.
    let total: Double

    /// - Parameters:
    ///   - terms: The ticket's terms as `index`'s extractor produces them.
    ///   - domainMinimum: The prior-ticket document frequency from which a term counts as support vocabulary
    ///     (2 when the ticket is itself one of the prior tickets, so that it does not vouch for its own words).
    init(index: SearchIndex, domain: SearchIndex, terms: [String], domainMinimum: Int = 1) {
        var memo = FrequencyMemo()
        self.init(index: index, domain: domain, terms: terms, domainMinimum: domainMinimum, memo: &memo)
    }

    /// The same meter, with each term's document frequencies looked up once per thread (in `memo`) rather than
    /// once per ticket: a backlog's vocabulary repeats, so most terms are found there.
    init(index: SearchIndex, domain: SearchIndex, terms: [String], domainMinimum: Int = 1, memo: inout FrequencyMemo) {
        let n = Double(index.count)
        var total = 0.0
        memo.beginTicket()
        // Distinct terms in first-occurrence order (the memo's stamp marks terms already counted for this
        // ticket): sums do not depend on hashing order.
        for term in terms {
            let entry = memo.entry(for: term) { (index.documentFrequency(term), domain.documentFrequency(term)) }
            guard let (kb, inDomain) = entry else { continue }
            if kb > 0 {
                total += Self.idf(n, kb)
            } else if inDomain >= domainMinimum {
                // In the support domain but in no article: weigh it as a term of document frequency 1.
                total += Self.idf(n, 1)
            }
        }
        count = n
        self.total = total
    }

    /// The idf of a term in `df` of `n` articles.
    @inline(__always)
    static func idf(_ n: Double, _ df: Int) -> Double {
        let d = Double(df)
        return log(1 + (n - d + 0.5) / (d + 0.5))
    }

    /// The share of the support vocabulary's weight that the hit's document contains, in `0...1`.
    ///
    /// The hit's explanation lists each distinct query term once (the ticket's terms that some article has)
    /// with its document frequency; only the terms the document contains count.
    func support(of hit: SearchHit) -> Double {
        support(hit.explanation)
    }

    /// ``support(of:)`` from a hit's explanation.
    func support(_ explanation: [TriageSearch.TermContribution]?) -> Double {
        guard total > 0, let terms = explanation else { return 0 }
        var matched = 0.0
        for t in terms where t.termFrequency > 0 { matched += Self.idf(count, t.documentFrequency) }
        return min(1, matched / total)
    }
}
