import Foundation

/// A labelled training utterance from `intents/`.
public struct IntentExample: Sendable, Hashable, Codable {
    /// The utterance.
    public var text: String
    /// Its intent label.
    public var intent: String
    public init(text: String, intent: String) {
        self.text = text
        self.intent = intent
    }
}

/// Reads `intents/*.jsonl` (`{"text": …, "intent": …}` per line) and `intents/*.csv` (header with `text` and
/// `intent` columns).
package struct IntentExampleLoader {
    package init() {}

    /// Parses one JSONL file's text.
    ///
    /// - Throws: ``WorkspaceError`` with the line of a malformed record or an empty text.
    package func parseJSONL(_ text: String, file: String) throws(WorkspaceError) -> [IntentExample] {
        var examples: [IntentExample] = []
        let decoder = JSONDecoder()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmedWhitespace
            if trimmed.isEmpty { continue }
            let example: IntentExample
            do {
                example = try decoder.decode(IntentExample.self, from: Data(trimmed.utf8))
            } catch {
                throw WorkspaceError(file: file, line: index + 1, key: nil,
                                     kind: .syntax("expected {\"text\": \"…\", \"intent\": \"…\"}"))
            }
            guard !example.text.trimmedWhitespace.isEmpty else {
                throw WorkspaceError(file: file, line: index + 1, key: "text", kind: .invalidValue("", expected: "a non-empty text"))
            }
            examples.append(example)
        }
        return examples
    }

    /// Parses one CSV file's text (RFC 4180 quoting; the header names the `text` and `intent` columns).
    ///
    /// - Throws: ``WorkspaceError`` for a missing column, an unclosed quote or a short row.
    package func parseCSV(_ text: String, file: String) throws(WorkspaceError) -> [IntentExample] {
        let rows = try CSVRows.parse(text, file: file)
        guard let headerRow = rows.first else { return [] }
        let header = headerRow.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let textColumn = header.firstIndex(of: "text") else {
            throw WorkspaceError(file: file, line: 1, key: nil, kind: .missingKey("text column"))
        }
        guard let intentColumn = header.firstIndex(of: "intent") ?? header.firstIndex(of: "label") else {
            throw WorkspaceError(file: file, line: 1, key: nil, kind: .missingKey("intent column"))
        }
        var examples: [IntentExample] = []
        for row in rows.dropFirst() {
            if row.fields.allSatisfy({ $0.isEmpty }) { continue }
            guard row.fields.count > max(textColumn, intentColumn) else {
                throw WorkspaceError(file: file, line: row.line, key: nil, kind: .syntax("row has \(row.fields.count) columns"))
            }
            examples.append(IntentExample(text: row.fields[textColumn],
                                          intent: row.fields[intentColumn].trimmingCharacters(in: .whitespaces)))
        }
        return examples
    }
}

/// A minimal RFC 4180 reader: comma-separated, double-quoted fields with `""` escapes, CRLF or LF rows.
enum CSVRows {
    struct Row {
        var fields: [String]
        var line: Int
    }

    static func parse(_ text: String, file: String) throws(WorkspaceError) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var line = 1
        var rowLine = 1
        let bytes = Array(text.utf8)
        var i = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 { field.append(0x22); i += 1 } else { inQuotes = false }
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
            } else if b == 0x22 && field.isEmpty {
                inQuotes = true
            } else if b == 0x2C {
                endField()
            } else if b == 0x0A || b == 0x0D {
                if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                endField()
                rows.append(Row(fields: fields, line: rowLine))
                fields.removeAll()
                line += 1
                rowLine = line
            } else {
                field.append(b)
            }
            i += 1
        }
        if inQuotes { throw WorkspaceError(file: file, line: rowLine, key: nil, kind: .syntax("unclosed quote")) }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            rows.append(Row(fields: fields, line: rowLine))
        }
        return rows
    }
}
