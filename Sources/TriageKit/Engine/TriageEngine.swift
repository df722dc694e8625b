import Foundation
import TriageClassifier
import TriageLLM
import TriagePlanner
import TriageSearch
import TriageSummarizer
import TriageText
import TriageTickets

/// The triage engine: loads a workspace once (policy, intent model, knowledge-base and prior-ticket indexes),
/// then turns tickets into ``Decision``s.
///
/// ``triage(_:)`` is synchronous, deterministic and thread-safe: every stage is an immutable value, so one
/// engine serves all threads of a batch. It never throws: a ticket the engine cannot read becomes a handoff
/// with reason `unsupported_input`.
public final class TriageEngine: Sendable {
    /// The loaded workspace.
    public let workspace: Workspace
    /// The intent classifier.
    public let classifier: IntentClassifier
    /// The knowledge-base index (one document per article).
    public let knowledgeBase: SearchIndex
    /// The prior-ticket index (one document per resolved ticket).
    public let priorTickets: SearchIndex
    /// Where the model came from (`id`: file name or `in-memory`; `sha256` of the model bytes).
    public let model: Decision.Model
    /// The options the engine was built with.
    public let options: EngineOptions

    let planner: ResolutionPlanner
    /// The classifier's fitted per-intent thresholds by label, computed once.
    let fittedThresholds: [String: Double]
    /// The classifier's work buffers, reused across tickets (one per thread deciding at the same time).
    let classifierScratch = ScratchPool<IntentClassifier.PredictionScratch>()
    /// Term document frequencies for the evidence support, remembered per thread (see ``FrequencyMemo``).
    let frequencyMemos = ScratchPool<FrequencyMemo>()
    let summarizer: Summarizer
    let drafter: GroundedDrafter?
    /// What each prior ticket shows as a similar ticket, by document number in ``priorTickets``, made once: the
    /// body's first 240 bytes (of the first document with its id) and its intent, team and article metadata.
    let priorFacts: [PriorTicketFacts]

    /// Loads the workspace at `directory` and its model.
    ///
    /// - Throws: ``EngineError`` for an invalid workspace, an unreadable or mismatched model, or a failed training.
    public convenience init(workspace directory: URL, options: EngineOptions = .init()) throws(EngineError) {
        let ws: Workspace
        do {
            ws = try Workspace.load(from: directory, options: .init(examples: true, priorTickets: true, gold: false))
        } catch {
            throw .workspace(error)
        }
        try self.init(loaded: ws, options: options)
    }

    /// Builds an engine over an already-loaded workspace.
    public init(loaded ws: Workspace, options: EngineOptions = .init()) throws(EngineError) {
        self.workspace = ws
        self.options = options
        let modelURL = options.modelPath ?? Self.defaultModelURL(forWorkspace: ws.directory)
        let loaded = try Self.loadOrTrainModel(workspace: ws, at: modelURL, trainIfMissing: options.trainIfMissing)
        self.classifier = loaded.classifier
        self.model = loaded.model
        var thresholds: [String: Double] = [:]
        for (i, label) in loaded.classifier.labels.enumerated() { thresholds[label] = loaded.classifier.threshold(forClass: i) }
        self.fittedThresholds = thresholds
        self.knowledgeBase = WorkspaceIndexing.knowledgeBaseIndex(ws)
        self.priorTickets = WorkspaceIndexing.priorTicketIndex(ws)
        self.priorFacts = PriorTicketFacts.table(priorTickets, snippetBytes: Self.similarSnippetBytes)
        self.planner = ResolutionPlanner(workspace: ws, options: options.planner)
        self.summarizer = Summarizer()
        self.drafter = Self.effectiveLLM(ws, options).map { GroundedDrafter(client: ChatCompletionsClient(configuration: $0)) }
    }

    /// The default model location for a workspace: `Models/<folder name, lower-cased>-intent.model` beside it.
    public static func defaultModelURL(forWorkspace directory: URL) -> URL {
        let name = directory.standardizedFileURL.lastPathComponent.lowercased()
        return directory.standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent("Models").appendingPathComponent("\(name)-intent.model")
    }

    /// Decides what to do with `ticket`.
    public func triage(_ ticket: Ticket) -> Decision {
        // The planner's rules never read the thread summary: only a handoff carries it, so it is made for those.
        let input = plannerInput(for: ticket, threadContext: false)
        var decision = planner.decide(input)
        if decision.action == .handoff {
            let context = threadContext(of: ticket)
            planner.attachThreadContext(summary: context.summary, bugReport: context.bugReport, to: &decision)
        }
        if decision.action == .answer, let drafter, let answer = decision.answer {
            decision = draft(decision, answer: answer, ticket: ticket, drafter: drafter)
        }
        return consume decision   // moved out, not copied
    }

    /// Decides many tickets on all cores; results are in input order and identical to calling ``triage(_:)`` on each.
    public func triage(_ tickets: [Ticket], jobs: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Decision] {
        if tickets.isEmpty { return [] }
        let box = ResultBox(count: tickets.count)
        let workers = max(1, min(jobs, tickets.count))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var i = w
            while i < tickets.count {
                box.set(i, triage(tickets[i]))
                i += workers
            }
        }
        return box.values()
    }

    private func draft(_ decision: Decision, answer: Decision.Answer, ticket: Ticket, drafter: GroundedDrafter) -> Decision {
        var d = decision
        let passages = answer.citations.compactMap { c -> GroundingPassage? in
            guard let a = workspace.articles[c.articleID] else { return nil }
            return GroundingPassage(id: a.id, title: a.title, text: a.section(named: "Answer")?.text ?? a.intro)
        }
        let outcome = drafter.draft(ticketText: ticket.triageText, customerName: ticket.customer?.name, passages: passages,
                                    extractiveReply: answer.text, extractiveCitations: answer.citations.map(\.articleID))
        if outcome.fallbackReason == nil {
            d.answer?.text = outcome.text
            d.answer?.generatedBy = outcome.generatedBy
        } else if let reason = outcome.fallbackReason {
            d.answer?.generatedBy = "template (llm fallback: \(reason))"
        }
        return d
    }
}

/// Collects per-index results from concurrent workers.
final class ResultBox: @unchecked Sendable {
    private var slots: [Decision?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ d: Decision) { lock.lock(); slots[i] = d; lock.unlock() }
    func values() -> [Decision] { slots.compactMap { $0 } }
}

/// What a prior ticket shows when it is listed as similar, looked up by document number (no hashing per hit).
struct PriorTicketFacts: Sendable {
    var snippet: String
    var intent: String?
    var team: String?
    var article: String?

    /// The facts of every document of `index`, in document-number order. A document shows the snippet of the
    /// first document with its id.
    static func table(_ index: SearchIndex, snippetBytes: Int) -> [PriorTicketFacts] {
        var snippets: [String: String] = [:]
        var table: [PriorTicketFacts] = []
        table.reserveCapacity(index.count)
        for number in 0..<index.count {
            guard let document = index.document(number: number) else {
                table.append(PriorTicketFacts(snippet: ""))
                continue
            }
            let snippet: String
            if let known = snippets[document.id] {
                snippet = known
            } else {
                snippet = TriageEngine.prefix(document.fields["body"] ?? "", bytes: snippetBytes)
                snippets[document.id] = snippet
            }
            table.append(PriorTicketFacts(snippet: snippet, intent: document.metadata["intent"],
                                          team: document.metadata["team"], article: document.metadata["article"]))
        }
        return table
    }
}
