import Foundation

extension Decision {
    /// The intent hypothesis and its alternatives.
    public struct Intent: Sendable, Hashable, Codable {
        /// The predicted intent, or `nil` when out of scope.
        public var label: String?
        /// Its calibrated probability.
        public var confidence: Double
        /// The next most likely intents, most likely first.
        public var alternatives: [IntentScore]
        /// Whether the request is within the workspace's intents.
        public var inScope: Bool

        enum CodingKeys: String, CodingKey {
            case label, confidence, alternatives
            case inScope = "in_scope"
        }

        public init(label: String?, confidence: Double, alternatives: [IntentScore] = [], inScope: Bool) {
            self.label = label
            self.confidence = confidence
            self.alternatives = alternatives
            self.inScope = inScope
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(label, forKey: .label)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(alternatives, forKey: .alternatives)
            try c.encode(inScope, forKey: .inScope)
        }
    }

    /// The priority and every reason that set or raised it.
    public struct Priority: Sendable, Hashable, Codable {
        /// The final level.
        public var level: PriorityLevel
        /// Reasons, in the order they were applied.
        public var reasons: [PriorityReason]
        public init(level: PriorityLevel, reasons: [PriorityReason] = []) {
            self.level = level
            self.reasons = reasons
        }
    }

    /// Fields found in the ticket and fields still missing.
    public struct Fields: Sendable, Hashable, Codable {
        /// Valid fields found, in requirement order, then other detected fields.
        public var found: [ExtractedField]
        /// Required fields that are absent or invalid.
        public var missing: [MissingField]
        public init(found: [ExtractedField] = [], missing: [MissingField] = []) {
            self.found = found
            self.missing = missing
        }
    }

    /// An automatic reply.
    public struct Answer: Sendable, Hashable, Codable {
        /// The reply text.
        public var text: String
        /// The articles it is built from.
        public var citations: [Citation]
        /// `template` for an article answer section, or `llm:<model>` for a verified LLM draft.
        public var generatedBy: String

        enum CodingKeys: String, CodingKey {
            case text, citations
            case generatedBy = "generated_by"
        }

        public init(text: String, citations: [Citation], generatedBy: String = "template") {
            self.text = text
            self.citations = citations
            self.generatedBy = generatedBy
        }
    }

    /// A request for missing fields.
    public struct Ask: Sendable, Hashable, Codable {
        /// The names of the fields asked for.
        public var fields: [String]
        /// The message to the customer, asking for all of them at once.
        public var text: String
        public init(fields: [String], text: String) {
            self.fields = fields
            self.text = text
        }
    }

    /// Routing to a person, with the context packet.
    public struct Handoff: Sendable, Hashable, Codable {
        /// The team or queue.
        public var team: String
        /// The reason code.
        public var reason: HandoffReason
        /// The support-layout thread summary (issue, tried, status, open questions).
        public var summary: [SummaryLine]
        /// Hypotheses, bug-report draft and notes for the person who picks it up.
        public var context: HandoffContext
        public init(team: String, reason: HandoffReason, summary: [SummaryLine] = [], context: HandoffContext = HandoffContext()) {
            self.team = team
            self.reason = reason
            self.summary = summary
            self.context = context
        }
    }

    /// Evidence behind the decision.
    public struct Evidence: Sendable, Hashable, Codable {
        /// Knowledge-base articles retrieved, best first.
        public var documents: [EvidenceDocument]
        /// Similar prior tickets, best first.
        public var similarTickets: [SimilarTicket]

        enum CodingKeys: String, CodingKey {
            case documents
            case similarTickets = "similar_tickets"
        }

        public init(documents: [EvidenceDocument] = [], similarTickets: [SimilarTicket] = []) {
            self.documents = documents
            self.similarTickets = similarTickets
        }
    }

    /// SLA due times (ISO 8601, UTC).
    public struct SLA: Sendable, Hashable, Codable {
        /// When the first response is due.
        public var firstResponseDue: String
        /// When resolution is due.
        public var resolutionDue: String

        enum CodingKeys: String, CodingKey {
            case firstResponseDue = "first_response_due"
            case resolutionDue = "resolution_due"
        }

        public init(firstResponseDue: String, resolutionDue: String) {
            self.firstResponseDue = firstResponseDue
            self.resolutionDue = resolutionDue
        }

        /// Due times from dates, written in UTC.
        public init(firstResponseDue: Date, resolutionDue: Date) {
            self.init(firstResponseDue: ISOTimestamp.string(from: firstResponseDue),
                      resolutionDue: ISOTimestamp.string(from: resolutionDue))
        }
    }

    /// The model that produced the intent.
    public struct Model: Sendable, Hashable, Codable {
        /// The model id (name and version).
        public var id: String
        /// The SHA-256 of the model file, hex.
        public var sha256: String
        public init(id: String, sha256: String) {
            self.id = id
            self.sha256 = sha256
        }
    }
}
