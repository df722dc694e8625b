/// An intent and its calibrated probability.
public struct IntentScore: Sendable, Hashable, Codable {
    public var label: String
    public var confidence: Double
    public init(label: String, confidence: Double) {
        self.label = label
        self.confidence = confidence
    }
}

/// One reason the priority was set or raised.
public struct PriorityReason: Sendable, Hashable, Codable {
    /// What kind of reason.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// The intent's base priority (or the default).
        case base
        /// An escalation phrase rule matched.
        case escalationRule = "escalation_rule"
        /// The customer's tier sets a minimum.
        case tier
        /// Frustration phrases matched.
        case frustration
        /// The customer wrote several times without resolution.
        case repeatContact = "repeat_contact"
        /// The ticket arrived with a priority of its own (web form, upstream system).
        case ticket
    }

    /// The kind of reason.
    public var code: Code
    /// The rule, tier or phrase involved (`outage`, `enterprise`, `"unacceptable"`).
    public var detail: String
    /// The level before this reason applied (`nil` for `base`).
    public var from: PriorityLevel?
    /// The level after it applied.
    public var to: PriorityLevel

    public init(code: Code, detail: String, from: PriorityLevel?, to: PriorityLevel) {
        self.code = code
        self.detail = detail
        self.from = from
        self.to = to
    }

    enum CodingKeys: String, CodingKey { case code, detail, from, to }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(detail, forKey: .detail)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
    }
}

/// A knowledge-base article cited by an answer.
public struct Citation: Sendable, Hashable, Codable {
    /// The article id.
    public var articleID: String
    /// Its title.
    public var title: String
    /// The section quoted (`Answer`).
    public var section: String

    enum CodingKeys: String, CodingKey {
        case title, section
        case articleID = "article_id"
    }

    public init(articleID: String, title: String, section: String = "Answer") {
        self.articleID = articleID
        self.title = title
        self.section = section
    }
}

/// A term and its weight in a score (naive-Bayes log-odds contribution, or BM25 term score).
public struct TermWeight: Sendable, Hashable, Codable {
    public var term: String
    public var weight: Double
    public init(term: String, weight: Double) {
        self.term = term
        self.weight = weight
    }
}

/// A retrieved knowledge-base article.
public struct EvidenceDocument: Sendable, Hashable, Codable {
    /// The article id.
    public var id: String
    /// Its title.
    public var title: String
    /// The retrieval score (planner scale: normalised support in `0...1`).
    public var score: Double
    /// A short passage that matched.
    public var snippet: String
    /// The query terms that matched, with their contributions, largest first.
    public var matchedTerms: [TermWeight]

    enum CodingKeys: String, CodingKey {
        case id, title, score, snippet
        case matchedTerms = "matched_terms"
    }

    public init(id: String, title: String, score: Double, snippet: String, matchedTerms: [TermWeight] = []) {
        self.id = id
        self.title = title
        self.score = score
        self.snippet = snippet
        self.matchedTerms = matchedTerms
    }
}

/// A similar prior ticket and how it was resolved.
public struct SimilarTicket: Sendable, Hashable, Codable {
    public var id: String
    public var score: Double
    /// The resolved intent.
    public var intent: String?
    /// The team that resolved it.
    public var team: String?
    /// The article that solved it.
    public var article: String?
    /// A short excerpt or the resolution note.
    public var snippet: String

    public init(id: String, score: Double, intent: String? = nil, team: String? = nil, article: String? = nil, snippet: String = "") {
        self.id = id
        self.score = score
        self.intent = intent
        self.team = team
        self.article = article
        self.snippet = snippet
    }

    enum CodingKeys: String, CodingKey { case id, score, intent, team, article, snippet }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(score, forKey: .score)
        try c.encode(intent, forKey: .intent)
        try c.encode(team, forKey: .team)
        try c.encode(article, forKey: .article)
        try c.encode(snippet, forKey: .snippet)
    }
}

/// One line of a support-layout thread summary, citing its message.
public struct SummaryLine: Sendable, Hashable, Codable {
    /// The layout section.
    public enum Section: String, Sendable, Hashable, Codable, CaseIterable {
        case issue, tried, status
        case openQuestions = "open_questions"
    }

    public var section: Section
    public var text: String
    /// The index of the cited message in the ticket's `messages`.
    public var messageID: Int
    /// Who wrote it (`customer`, `agent`…).
    public var speaker: String

    enum CodingKeys: String, CodingKey {
        case section, text, speaker
        case messageID = "message_id"
    }

    public init(section: Section, text: String, messageID: Int, speaker: String) {
        self.section = section
        self.text = text
        self.messageID = messageID
        self.speaker = speaker
    }
}

/// A structured bug-report draft for defect handoffs.
public struct BugReportDraft: Sendable, Hashable, Codable {
    public var symptom: String?
    public var steps: [String]
    public var expected: String?
    public var actual: String?
    public var version: String?
    public var environment: String?

    public init(symptom: String? = nil, steps: [String] = [], expected: String? = nil, actual: String? = nil,
                version: String? = nil, environment: String? = nil) {
        self.symptom = symptom
        self.steps = steps
        self.expected = expected
        self.actual = actual
        self.version = version
        self.environment = environment
    }

    enum CodingKeys: String, CodingKey { case symptom, steps, expected, actual, version, environment }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(symptom, forKey: .symptom)
        try c.encode(steps, forKey: .steps)
        try c.encode(expected, forKey: .expected)
        try c.encode(actual, forKey: .actual)
        try c.encode(version, forKey: .version)
        try c.encode(environment, forKey: .environment)
    }
}

/// What a person picking up a handoff needs beyond the summary.
public struct HandoffContext: Sendable, Hashable, Codable {
    /// Intent hypotheses, most likely first.
    public var hypotheses: [IntentScore]
    /// A bug-report draft, for defect reports.
    public var bugReport: BugReportDraft?
    /// The escalation rules that fired, by name.
    public var escalations: [String]
    /// Short notes (for example why an answer could not be sent).
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case hypotheses, escalations, notes
        case bugReport = "bug_report"
    }

    public init(hypotheses: [IntentScore] = [], bugReport: BugReportDraft? = nil, escalations: [String] = [], notes: [String] = []) {
        self.hypotheses = hypotheses
        self.bugReport = bugReport
        self.escalations = escalations
        self.notes = notes
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(hypotheses, forKey: .hypotheses)
        try c.encode(bugReport, forKey: .bugReport)
        try c.encode(escalations, forKey: .escalations)
        try c.encode(notes, forKey: .notes)
    }
}
