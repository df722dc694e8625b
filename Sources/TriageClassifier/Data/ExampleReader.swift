import Foundation

/// Reads labelled examples from CSV (with a header) or JSONL files.
///
/// ```swift
/// let train = try ExampleReader(textColumn: "text", labelColumn: "category").read(path: "train.csv")
/// ```
public struct ExampleReader: Sendable, Hashable {
    /// The column (CSV) or key (JSONL) holding the text. The default is `"text"`.
    public var textColumn: String
    /// The column or key holding the label. `nil` picks `"label"`, then `"category"`, then `"intent"`.
    public var labelColumn: String?

    /// Creates a reader.
    public init(textColumn: String = "text", labelColumn: String? = nil) {
        self.textColumn = textColumn
        self.labelColumn = labelColumn
    }

    private static let labelCandidates = ["label", "category", "intent"]

    /// Reads the examples of a `.csv`, `.jsonl` or `.json` (one object per line) file.
    /// - Throws: ``ClassifierError`` naming the file, line and column of the first problem.
    public func read(path: String) throws -> [LabeledExample] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ClassifierError.unreadableFile(path: path, reason: "file not found or not readable")
        }
        let bytes = [UInt8](data)
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".json") || lower.hasSuffix(".ndjson") {
            return try readJSONL(bytes, file: path)
        }
        return try readCSV(bytes, file: path)
    }

    /// Parses CSV bytes with a header row.
    public func readCSV(_ bytes: [UInt8], file: String? = nil) throws -> [LabeledExample] {
        let records = try CSVParser().parse(bytes, file: file)
        guard let header = records.first else { throw ClassifierError.noExamples(file: file) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let textIndex = names.firstIndex(of: textColumn) else {
            throw ClassifierError.missingColumn(file: file, column: textColumn, available: names)
        }
        let labelName = labelColumn ?? Self.labelCandidates.first(where: names.contains) ?? "label"
        guard let labelIndex = names.firstIndex(of: labelName) else {
            throw ClassifierError.missingColumn(file: file, column: labelName, available: names)
        }
        var out: [LabeledExample] = []
        out.reserveCapacity(records.count)
        for record in records.dropFirst() {
            guard record.fields.count > max(textIndex, labelIndex) else {
                throw ClassifierError.malformedRecord(
                    file: file, line: record.line,
                    reason: "expected \(names.count) fields, found \(record.fields.count)")
            }
            out.append(try validated(record.fields[textIndex], record.fields[labelIndex], file: file, line: record.line))
        }
        guard !out.isEmpty else { throw ClassifierError.noExamples(file: file) }
        return out
    }

    /// Parses JSONL bytes: one JSON object per line with string fields.
    public func readJSONL(_ bytes: [UInt8], file: String? = nil) throws -> [LabeledExample] {
        var out: [LabeledExample] = []
        var lineNumber = 0
        for lineBytes in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = String(decoding: lineBytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: Data(line.utf8)) } catch {
                throw ClassifierError.malformedRecord(file: file, line: lineNumber, reason: "not valid JSON")
            }
            guard let dict = object as? [String: Any] else {
                throw ClassifierError.malformedRecord(file: file, line: lineNumber, reason: "not a JSON object")
            }
            guard let text = dict[textColumn] as? String else {
                throw ClassifierError.missingColumn(file: file.map { "\($0):\(lineNumber)" }, column: textColumn, available: dict.keys.sorted())
            }
            let labelName = labelColumn ?? Self.labelCandidates.first(where: { dict[$0] != nil }) ?? "label"
            guard let label = dict[labelName] as? String else {
                throw ClassifierError.missingColumn(file: file.map { "\($0):\(lineNumber)" }, column: labelName, available: dict.keys.sorted())
            }
            out.append(try validated(text, label, file: file, line: lineNumber))
        }
        guard !out.isEmpty else { throw ClassifierError.noExamples(file: file) }
        return out
    }

    private func validated(_ text: String, _ label: String, file: String?, line: Int) throws -> LabeledExample {
        let trimmedLabel = label.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.allSatisfy(\.isWhitespace) { throw ClassifierError.emptyText(file: file, line: line) }
        if trimmedLabel.isEmpty { throw ClassifierError.emptyLabel(file: file, line: line) }
        return LabeledExample(text: text, label: trimmedLabel)
    }
}
