import Foundation
import Testing
import TriageText
import TriageTickets

/// Parses CPython's 48 e-mail test messages and compares with what CPython's `email` package (policy `default`)
/// decodes, as recorded in `../shared/data/email-cpython/expected.jsonl`.
@Suite struct EmailConformanceTests {
    private struct Expected: Decodable {
        var file: String
        var subject: String?
        var from: String?
        var to: String?
        var date: String?
        var message_id: String?
        var content_type: String
        var text_plain_parts: [String]
        var html_parts: Int
        var other_parts: Int
        var defects: [String]
    }

    private static func describe(_ text: String?) -> String {
        guard let text else { return "nil" }
        let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
        return "\"\(shown.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r"))\""
    }

    /// Differences in subject, from and inline text/plain parts (the compared fields), one line each.
    private static func mismatches(_ message: EmailMessage, _ expected: Expected) -> [String] {
        var reasons: [String] = []
        if message.subject != expected.subject {
            reasons.append("subject \(describe(message.subject)) != \(describe(expected.subject))")
        }
        let from = message.from?.rendered
        if from != expected.from { reasons.append("from \(describe(from)) != \(describe(expected.from))") }
        let parts = message.textPlainParts
        if parts.count != expected.text_plain_parts.count {
            reasons.append("\(parts.count) text/plain parts != \(expected.text_plain_parts.count)")
        } else {
            for (index, (ours, theirs)) in zip(parts, expected.text_plain_parts).enumerated() where ours != theirs {
                reasons.append("text/plain part \(index): \(describe(ours)) != \(describe(theirs))")
            }
        }
        return reasons
    }

    @Test func atLeast46Of48MatchCPython() throws {
        guard let url = SharedData.url("email-cpython/expected.jsonl") else { return }
        let directory = url.deletingLastPathComponent()
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        var matched = 0
        var secondary: [String] = []
        for line in lines {
            let expected = try JSONDecoder().decode(Expected.self, from: Data(line.utf8))
            let data = try Data(contentsOf: directory.appendingPathComponent(expected.file))
            let message = EmailMessage(bytes: Array(data))
            let reasons = Self.mismatches(message, expected)
            if reasons.isEmpty {
                matched += 1
            } else {
                print("MISMATCH \(expected.file): " + reasons.joined(separator: "; "))
            }
            // Secondary fields, reported but not counted.
            if message.contentType != expected.content_type {
                secondary.append("\(expected.file): content type \(message.contentType) != \(expected.content_type)")
            }
            if message.to?.rendered != expected.to {
                secondary.append("\(expected.file): to \(Self.describe(message.to?.rendered)) != \(Self.describe(expected.to))")
            }
            if message.messageID != expected.message_id {
                secondary.append("\(expected.file): message-id \(Self.describe(message.messageID)) != \(Self.describe(expected.message_id))")
            }
            if message.htmlPartCount != expected.html_parts || message.otherPartCount != expected.other_parts {
                secondary.append("\(expected.file): html/other \(message.htmlPartCount)/\(message.otherPartCount) != \(expected.html_parts)/\(expected.other_parts)")
            }
            let structural = Set(message.defects.map(\.kind.rawValue)).sorted()
            if structural != Set(expected.defects).sorted() {
                secondary.append("\(expected.file): defects \(structural) != \(expected.defects.sorted())")
            }
        }
        for note in secondary { print("NOTE \(note)") }
        print("email-cpython conformance: \(matched)/\(lines.count) match CPython on subject, from and text/plain parts")
        #expect(lines.count == 48)
        #expect(matched >= 46)
    }
}
