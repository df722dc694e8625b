/// A ticket priority, ordered `low < normal < high < urgent`.
public enum PriorityLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case low, normal, high, urgent

    /// 0 for `low` … 3 for `urgent`.
    public var rank: Int {
        switch self {
        case .low: 0
        case .normal: 1
        case .high: 2
        case .urgent: 3
        }
    }

    /// The level `steps` above this one, capped at `urgent` (and at `low` for negative steps).
    public func raised(by steps: Int) -> PriorityLevel {
        let index = max(0, min(Self.allCases.count - 1, rank + steps))
        return Self.allCases[index]
    }

    public static func < (lhs: PriorityLevel, rhs: PriorityLevel) -> Bool { lhs.rank < rhs.rank }
}

/// What the planner may do on its own for an intent.
public enum Autonomy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Answer from the knowledge base when every condition holds.
    case answer
    /// Ask for missing fields, never answer: a person answers.
    case askOnly = "ask-only"
    /// Always hand off.
    case never

    /// Parses `answer`, `ask-only` (also `ask_only`, `askOnly`) and `never`.
    public init?(workspaceValue: String) {
        switch workspaceValue.lowercased() {
        case "answer": self = .answer
        case "ask-only", "ask_only", "askonly": self = .askOnly
        case "never": self = .never
        default: return nil
        }
    }
}

/// The type of a required field; it selects the extractor and validator.
public enum FieldType: String, Sendable, Hashable, Codable, CaseIterable {
    case email
    case phone
    case orderID = "order_id"
    case invoiceID = "invoice_id"
    case accountID = "account_id"
    case money
    case date
    case url
    case version
    case errorCode = "error_code"
    case iban
    case card
    case text

    /// A short noun phrase for messages to customers ("the invoice number").
    public var spokenName: String {
        switch self {
        case .email: "e-mail address"
        case .phone: "phone number"
        case .orderID: "order number"
        case .invoiceID: "invoice number"
        case .accountID: "account ID"
        case .money: "amount"
        case .date: "date"
        case .url: "link"
        case .version: "version"
        case .errorCode: "error code"
        case .iban: "IBAN"
        case .card: "card number"
        case .text: "detail"
        }
    }
}

/// How the planner decides that an intent prediction is confident enough to act on.
public enum ConfidenceRule: Sendable, Hashable, Codable {
    /// Act when the calibrated probability is at least this value (`min_confidence`).
    case minConfidence(Double)
    /// Act at the lowest threshold whose validation precision reaches this value (`precision_target`);
    /// the planner turns it into a probability threshold from the model's calibration data.
    case precisionTarget(Double)
}
