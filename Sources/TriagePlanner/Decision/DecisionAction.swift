/// What the planner decided to do with a ticket.
public enum DecisionAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Reply from a knowledge-base article.
    case answer
    /// Ask the customer for missing or invalid fields.
    case ask
    /// Route to a person.
    case handoff
}

/// Why a ticket was handed off.
public enum HandoffReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// No known intent fits (out-of-scope rejection).
    case outOfScope = "out_of_scope"
    /// The intent's calibrated confidence is below its threshold.
    case lowConfidence = "low_confidence"
    /// An escalation rule fired (outage, security, legal, VIP, angry repeat contact…).
    case escalation
    /// The intent's autonomy forbids an automatic answer.
    case policy
    /// No knowledge-base article supports an answer above the relevance floor, or its answer cannot be filled.
    case noArticle = "no_article"
    /// The input cannot be processed (empty, only a signature, too large, another language…).
    case unsupportedInput = "unsupported_input"
    /// Two or more intents are about equally likely.
    case ambiguous
}
