import Foundation
import TriageKit

/// A human-readable view of a Decision for the terminal.
enum DecisionRendering {
    static func render(ticket: Ticket, decision d: Decision) -> String {
        var out: [String] = []
        let rule = String(repeating: "─", count: 78)
        out.append(rule)
        let subject = ticket.subject.map { " — \($0)" } ?? ""
        out.append("\(ticket.id) [\(ticket.channel.rawValue)]\(subject)")
        out.append("  “\(excerpt(ticket.customerText, 160))”")
        let intent = d.intent.label.map { "\($0) (\(percent(d.intent.confidence)))" } ?? "none — out of scope"
        out.append("  ACTION   \(d.action.rawValue.uppercased())")
        out.append("  intent   \(intent)\(d.intent.inScope ? "" : ", rejected as out of scope")")
        out.append("  priority \(d.priority.level.rawValue)" + (d.priority.reasons.isEmpty ? "" : " — " + d.priority.reasons.map(\.detail).joined(separator: "; ")))
        out.append("  SLA      first response by \(d.sla.firstResponseDue), resolution by \(d.sla.resolutionDue)")
        out.append("  why      \(d.explanation.rule)")
        if !d.explanation.terms.isEmpty {
            out.append("  terms    " + d.explanation.terms.prefix(5).map { "\($0.term) \(String(format: "%+.2f", $0.weight))" }.joined(separator: ", "))
        }
        if let a = d.answer {
            out.append("  reply    " + indent(a.text))
            out.append("  cites    " + a.citations.map { "\($0.articleID) (\($0.title))" }.joined(separator: ", "))
        }
        if let ask = d.ask {
            out.append("  asks for \(ask.fields.joined(separator: ", "))")
            out.append("  message  " + indent(ask.text))
        }
        if let h = d.handoff {
            out.append("  team     \(h.team) — reason \(h.reason.rawValue)")
            for line in h.summary.prefix(4) {
                out.append("  summary  [\(line.section.rawValue), msg \(line.messageID), \(line.speaker)] \(excerpt(line.text, 100))")
            }
            if let bug = h.context.bugReport, let symptom = bug.symptom {
                out.append("  bug      symptom: \(excerpt(symptom, 90))")
            }
        }
        if let doc = d.evidence.documents.first {
            out.append("  evidence \(doc.id) support \(String(format: "%.2f", doc.score))")
        }
        if let similar = d.evidence.similarTickets.first {
            out.append("  similar  \(similar.id) (\(similar.intent ?? "?"))")
        }
        out.append("")
        return out.joined(separator: "\n")
    }

    static func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }

    static func excerpt(_ s: String, _ n: Int) -> String {
        let flat = s.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= n ? flat : String(flat.prefix(n - 1)) + "…"
    }

    static func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n           ")
    }
}
