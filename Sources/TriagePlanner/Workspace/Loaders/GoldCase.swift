import Foundation
import TriageTickets

/// The decision a gold ticket should get.
public struct GoldExpectation: Sendable, Hashable, Codable {
    /// `answer`, `ask` or `handoff`.
    public var action: DecisionAction
    /// The intent, or `nil` for out of scope.
    public var intent: String?
    /// The team, for handoffs.
    public var team: String?
    /// The fields to ask for, for `ask`.
    public var askFields: [String]
    /// The article to cite, for `answer`.
    public var article: String?
    /// The handoff reason code, if any.
    public var reason: HandoffReason?

    enum CodingKeys: String, CodingKey {
        case action, intent, team, article, reason
        case askFields = "ask_fields"
    }

    public init(action: DecisionAction, intent: String? = nil, team: String? = nil, askFields: [String] = [],
                article: String? = nil, reason: HandoffReason? = nil) {
        self.action = action
        self.intent = intent
        self.team = team
        self.askFields = askFields
        self.article = article
        self.reason = reason
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        action = try c.decode(DecisionAction.self, forKey: .action)
        intent = try c.decodeIfPresent(String.self, forKey: .intent)
        team = try c.decodeIfPresent(String.self, forKey: .team)
        askFields = try c.decodeIfPresent([String].self, forKey: .askFields) ?? []
        article = try c.decodeIfPresent(String.self, forKey: .article)
        reason = try c.decodeIfPresent(HandoffReason.self, forKey: .reason)
    }
}

/// One gold case from `eval/gold.jsonl`.
public struct GoldCase: Sendable, Hashable, Codable {
    /// The case id (`G-001`).
    public var id: String
    /// The ticket, as the engine would receive it.
    public var ticket: Ticket
    /// The raw RFC 5322 message, when the case tests e-mail intake.
    public var rawEmail: String?
    /// The expected decision.
    public var expected: GoldExpectation
    /// Why this is the expected decision.
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case id, ticket, expected, note
        case rawEmail = "raw_email"
    }

    public init(id: String, ticket: Ticket, rawEmail: String? = nil, expected: GoldExpectation, note: String? = nil) {
        self.id = id
        self.ticket = ticket
        self.rawEmail = rawEmail
        self.expected = expected
        self.note = note
    }
}

/// Reads `eval/gold.jsonl`.
package struct GoldCaseLoader {
    package init() {}

    /// Parses the file's text.
    ///
    /// - Throws: ``WorkspaceError`` with the line and key path of a malformed case.
    package func parse(_ text: String, file: String) throws(WorkspaceError) -> [(value: GoldCase, line: Int)] {
        var out: [(value: GoldCase, line: Int)] = []
        let decoder = JSONDecoder()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmedWhitespace
            if trimmed.isEmpty { continue }
            do {
                out.append((try decoder.decode(GoldCase.self, from: Data(trimmed.utf8)), index + 1))
            } catch {
                throw WorkspaceError(file: file, line: index + 1, key: DecodingPath.describe(error),
                                     kind: .syntax("not a valid gold case"))
            }
        }
        return out
    }
}
