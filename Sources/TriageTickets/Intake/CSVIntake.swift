import CSV
import Foundation

/// Reads CSV with a header row into tickets, one per row, using ``CSVColumnMapping``.
///
/// Parsing (quotes, embedded delimiters and line breaks) is done by the `CSV` package (yaslab/CSV.swift).
/// A row with fewer fields than the header yields an ``IntakeError`` naming the file, the row's first line and
/// the first missing column; the other rows still come through. A header without the text column yields one
/// error for the whole file. Invalid UTF-8 is replaced by U+FFFD and recorded as a defect on each ticket.
public enum CSVIntake {
    /// Decodes every row of `bytes`.
    /// - Complexity: O(*n*) in the input size.
    public static func records(in bytes: [UInt8], file: String, mapping: CSVColumnMapping = CSVColumnMapping()) -> [IntakeResult] {
        var repaired = false
        let text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            repaired = true
        }
        guard !text.trimmed.isEmpty else { return [.failure(IntakeError(file: file, reason: .empty))] }
        let delimiter: UnicodeScalar = file.lowercased().hasSuffix(".tsv") && mapping.delimiter == ","
            ? "\t" : (mapping.delimiter.unicodeScalars.first ?? ",")
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text,
                                   hasHeaderRow: true, delimiter: delimiter)
        } catch {
            return [.failure(IntakeError(file: file, line: 1, reason: .unreadable("cannot read the header row")))]
        }
        guard let header = reader.headerRow else {
            return [.failure(IntakeError(file: file, line: 1, reason: .empty))]
        }
        guard header.contains(mapping.text) else {
            return [.failure(IntakeError(file: file, line: 1, field: mapping.text, reason: .unknownColumn))]
        }
        let columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var results: [IntakeResult] = []
        var line = 2 + header.reduce(0) { $0 + newlineCount($1) }
        let stem = URL(fileURLWithPath: file).lastPathComponent
        while let row = reader.next() {
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + newlineCount($1) }
            if row.count == 1, row[0].trimmed.isEmpty { continue }
            if row.count < header.count {
                results.append(.failure(IntakeError(file: file, line: rowLine, field: header[row.count], reason: .missingColumn)))
                continue
            }
            var ticket = makeTicket(row: row, header: header, columns: columns, mapping: mapping, fallbackID: "\(stem):\(rowLine)")
            if row.count > header.count {
                ticket.defects.append("row has \(row.count - header.count) more fields than the header (ignored)")
            }
            if repaired { ticket.defects.append("invalid UTF-8 replaced by U+FFFD") }
            results.append(.success(ticket))
        }
        if let error = reader.error {
            results.append(.failure(IntakeError(file: file, line: line, reason: .unreadable(String(describing: error)))))
        }
        return results
    }

    /// Line breaks inside a field (`\r\n` counts once), to keep physical line numbers right.
    private static func newlineCount(_ field: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar = " "
        for scalar in field.unicodeScalars {
            if scalar == "\n" && previous != "\r" || scalar == "\r" { count += 1 }
            previous = scalar
        }
        return count
    }

    private static func makeTicket(
        row: [String], header: [String], columns: [String: Int], mapping: CSVColumnMapping, fallbackID: String
    ) -> Ticket {
        func value(_ column: String) -> String? {
            guard let index = columns[column], index < row.count else { return nil }
            let cell = row[index]
            return cell.trimmed.isEmpty ? nil : cell
        }
        var ticket = Ticket(id: value(mapping.id)?.trimmed ?? fallbackID)
        ticket.channel = value(mapping.channel).map { Channel(parsing: $0) } ?? .csv
        ticket.createdAt = value(mapping.createdAt)?.trimmed
        ticket.subject = value(mapping.subject)
        let customer = Customer(
            id: value(mapping.customerID)?.trimmed, email: value(mapping.customerEmail)?.trimmed,
            name: value(mapping.customerName)?.trimmed, tier: value(mapping.customerTier)?.trimmed)
        ticket.customer = customer.isEmpty ? nil : customer
        ticket.tags = value(mapping.tags).map {
            $0.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmed }.filter { !$0.isEmpty }
        } ?? []
        if let text = value(mapping.priority) {
            if let priority = Priority(parsing: text) {
                ticket.priority = priority
            } else {
                ticket.defects.append("unknown priority in column '\(mapping.priority)' (ignored)")
            }
        }
        ticket.messages = [Message(author: .customer, at: ticket.createdAt, text: value(mapping.text) ?? "")]
        if mapping.unmappedColumnsAsFields {
            let mapped = mapping.mappedColumns
            for (index, name) in header.enumerated() where !mapped.contains(name) && index < row.count {
                if let cell = value(name) { ticket.fields[name] = cell }
            }
        }
        return ticket
    }
}
