import Foundation
import TriageText

/// A ticket's urgency, lowest first.
///
/// `Comparable` follows declaration order: `low < normal < high < urgent`.
public enum Priority: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case low, normal, high, urgent

    /// Parses a priority name case-insensitively (`p1`…`p4`, `critical`, `medium` are accepted too).
    public init?(parsing text: String) {
        let lowered = text.keywordForm
        if let known = Priority(rawValue: lowered) {
            self = known
            return
        }
        switch lowered {
        case "critical", "p1", "blocker", "emergency": self = .urgent
        case "p2", "major": self = .high
        case "medium", "p3", "standard": self = .normal
        case "p4", "minor", "trivial": self = .low
        default: return nil
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool {
        let order = Priority.allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
