import Foundation

/// The planner's output for one ticket: the action, why, and everything a person or program needs next.
///
/// The JSON form has stable snake_case keys (see DESIGN.md §3). Write it with ``jsonString(pretty:)``:
/// keys sorted, numbers with 4 decimals, so the same input, model and workspace give the same bytes.
/// Sections that do not apply to the action (`answer`, `ask`, `handoff`) are `null`, never omitted.
///
/// ## Topics
/// - ``DecisionAction``
/// - ``HandoffReason``
/// - ``ExtractedField``
/// - ``EvidenceDocument``
public struct Decision: Sendable, Hashable, Codable {
    /// The ticket's id.
    public var ticketID: String
    /// The action.
    public var action: DecisionAction
    /// The intent hypothesis.
    public var intent: Intent
    /// Priority and the reasons it was raised.
    public var priority: Priority
    /// Fields found and missing.
    public var fields: Fields
    /// The reply, when `action == .answer`.
    public var answer: Answer?
    /// The request for fields, when `action == .ask`.
    public var ask: Ask?
    /// The routing and context packet, when `action == .handoff`.
    public var handoff: Handoff?
    /// Retrieved articles and similar prior tickets.
    public var evidence: Evidence
    /// Due times.
    public var sla: SLA
    /// Why: terms, evidence matches, the rule fired, thresholds compared.
    public var explanation: Explanation
    /// The model that produced the intent.
    public var model: Model

    enum CodingKeys: String, CodingKey {
        case ticketID = "ticket_id"
        case action, intent, priority, fields, answer, ask, handoff, evidence, sla, explanation, model
    }

    public init(ticketID: String, action: DecisionAction, intent: Intent, priority: Priority, fields: Fields,
                answer: Answer? = nil, ask: Ask? = nil, handoff: Handoff? = nil, evidence: Evidence = Evidence(),
                sla: SLA, explanation: Explanation, model: Model) {
        self.ticketID = ticketID
        self.action = action
        self.intent = intent
        self.priority = priority
        self.fields = fields
        self.answer = answer
        self.ask = ask
        self.handoff = handoff
        self.evidence = evidence
        self.sla = sla
        self.explanation = explanation
        self.model = model
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ticketID, forKey: .ticketID)
        try c.encode(action, forKey: .action)
        try c.encode(intent, forKey: .intent)
        try c.encode(priority, forKey: .priority)
        try c.encode(fields, forKey: .fields)
        try c.encode(answer, forKey: .answer)
        try c.encode(ask, forKey: .ask)
        try c.encode(handoff, forKey: .handoff)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(sla, forKey: .sla)
        try c.encode(explanation, forKey: .explanation)
        try c.encode(model, forKey: .model)
    }

    /// The canonical JSON text: sorted keys, 4-decimal numbers; one line unless `pretty`.
    ///
    /// - Throws: `EncodingError` only for non-finite numbers.
    public func jsonString(pretty: Bool = false) throws -> String {
        try CanonicalJSON(options: .init(fractionDigits: 4, pretty: pretty)).string(self)
    }

    /// The canonical JSON line as UTF-8 bytes (what ``jsonString(pretty:)`` returns, without making a `String`).
    ///
    /// - Throws: `EncodingError` only for non-finite numbers.
    public func jsonBytes(pretty: Bool = false) throws -> [UInt8] {
        try CanonicalJSON(options: .init(fractionDigits: 4, pretty: pretty)).bytes(self)
    }

    /// Appends the compact canonical JSON line and a newline to `out`: the bytes of ``jsonBytes(pretty:)``
    /// followed by `\n`, written straight into `out` (batch output buffers) without an intermediate array.
    ///
    /// - Throws: `EncodingError` only for non-finite numbers; `out` is then unchanged.
    public func appendJSONLine(to out: inout [UInt8]) throws {
        try CanonicalJSON(options: .init(fractionDigits: 4, pretty: false)).appendLeaf(self, to: &out)
        out.append(0x0A)
    }
}
