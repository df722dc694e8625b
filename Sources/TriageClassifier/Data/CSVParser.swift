/// A small RFC 4180 CSV parser: quoted fields, doubled quotes, CRLF or LF line ends, newlines inside quotes.
package struct CSVParser: Sendable {
    /// A parsed record with the 1-based line on which it starts.
    package struct Record: Sendable {
        package var fields: [String]
        package var line: Int
    }

    package init() {}

    /// Parses `bytes` into records. Blank lines are skipped.
    /// - Throws: ``ClassifierError/malformedRecord(file:line:reason:)`` for an unterminated quote.
    package func parse(_ bytes: [UInt8], file: String?) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var i = 0, line = 1, recordLine = 1
        var inQuotes = false, fieldStarted = false
        let n = bytes.count
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
            fields.removeAll(keepingCapacity: true)
        }
        while i < n {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < n && bytes[i + 1] == UInt8(ascii: "\"") { field.append(b); i += 2; continue }
                    inQuotes = false
                } else {
                    if b == UInt8(ascii: "\n") { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\"") where !fieldStarted && field.isEmpty:
                inQuotes = true
                fieldStarted = true
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\r"):
                break
            case UInt8(ascii: "\n"):
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(b)
                fieldStarted = true
            }
            i += 1
        }
        if inQuotes { throw ClassifierError.malformedRecord(file: file, line: recordLine, reason: "unterminated quoted field") }
        if !field.isEmpty || !fields.isEmpty || fieldStarted { endRecord() }
        return records
    }
}
