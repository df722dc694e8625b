import Foundation

/// Renders summaries as text or JSON (strings, so tests can compare them).
public enum SummaryRenderer {
    /// One line per unit: `[message id · speaker] text`.
    public static func text(_ summary: Summary) -> String {
        summary.lines.map(line).joined(separator: "\n")
    }

    /// Section headings followed by cited lines; empty sections print `(none)`.
    public static func text(sections: [(name: String, lines: [SummaryLine])]) -> String {
        var out: [String] = []
        for section in sections {
            out.append("\(section.name.replacingOccurrences(of: "_", with: " ").capitalized):")
            if section.lines.isEmpty { out.append("  (none)") }
            for l in section.lines { out.append("  " + line(l)) }
        }
        return out.joined(separator: "\n")
    }

    /// `[id · speaker-or-role] text`, with inner newlines flattened to spaces.
    public static func line(_ l: SummaryLine) -> String {
        let who = l.unit.speaker ?? l.unit.role.rawValue
        let flat = l.unit.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "[\(l.unit.messageID) · \(who)] \(flat)"
    }

    /// Sorted-key JSON of any encodable summary value.
    public static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
