import Foundation

/// Reads the BEIR layout: `corpus.jsonl` (`_id`, `title`, `text`, other string keys as metadata),
/// `queries.jsonl` (`_id`, `text`) and a qrels TSV (`query-id`, `corpus-id`, `score`, with a header).
public enum BEIRLoader {
    /// A query of a BEIR set.
    public struct Query: Sendable, Hashable {
        public var id: String
        public var text: String
    }

    /// Reads a corpus: `title` → field `title`, `text` → field `body`, other string values → metadata.
    ///
    /// - Throws: ``SearchError/unreadableFile(path:reason:)``, or ``SearchError/malformedInput(file:line:reason:)``
    ///   naming the line of invalid JSON or a missing `_id`.
    public static func corpus(_ url: URL) throws -> [SearchDocument] {
        try jsonLines(url).map { line, obj in
            guard let id = stringValue(obj["_id"]) else {
                throw SearchError.malformedInput(file: url.path, line: line, reason: "missing \"_id\"")
            }
            var fields: [String: String] = [:]
            if let t = obj["title"] as? String { fields["title"] = t }
            if let t = obj["text"] as? String { fields["body"] = t }
            var metadata: [String: String] = [:]
            for (k, v) in obj where k != "_id" && k != "title" && k != "text" {
                if let s = v as? String { metadata[k] = s }
            }
            return SearchDocument(id: id, fields: fields, metadata: metadata)
        }
    }

    /// Reads queries.
    ///
    /// - Throws: As ``corpus(_:)``; a query also needs `text`.
    public static func queries(_ url: URL) throws -> [Query] {
        try jsonLines(url).map { line, obj in
            guard let id = stringValue(obj["_id"]), let text = obj["text"] as? String else {
                throw SearchError.malformedInput(file: url.path, line: line, reason: "a query needs \"_id\" and \"text\"")
            }
            return Query(id: id, text: text)
        }
    }

    /// Reads relevance judgments: query id → document id → grade.
    ///
    /// - Throws: ``SearchError/malformedInput(file:line:reason:)`` for a line without three tab-separated
    ///   columns or a non-integer grade.
    public static func qrels(_ url: URL) throws -> [String: [String: Int]] {
        let text = try readText(url)
        var out: [String: [String: Int]] = [:]
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            if i == 0 && cols.first == "query-id" { continue }
            guard cols.count >= 3 else {
                throw SearchError.malformedInput(file: url.path, line: i + 1, reason: "expected query-id<TAB>corpus-id<TAB>score")
            }
            guard let grade = Int(cols[cols.count - 1].trimmingCharacters(in: .whitespaces)) else {
                throw SearchError.malformedInput(file: url.path, line: i + 1, reason: "score is not an integer")
            }
            out[String(cols[0]), default: [:]][String(cols[cols.count - 2])] = grade
        }
        return out
    }

    static func readText(_ url: URL) throws -> String {
        do {
            let data = try Data(contentsOf: url)
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw SearchError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Non-empty lines parsed as JSON objects, with their 1-based line numbers.
    static func jsonLines(_ url: URL) throws -> [(Int, [String: Any])] {
        let text = try readText(url)
        var out: [(Int, [String: Any])] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            let parsed = try? JSONSerialization.jsonObject(with: Data(line.utf8))
            guard let obj = parsed as? [String: Any] else {
                throw SearchError.malformedInput(file: url.path, line: i + 1, reason: "not a JSON object")
            }
            out.append((i + 1, obj))
        }
        return out
    }

    static func stringValue(_ v: Any?) -> String? {
        if let s = v as? String { return s }
        if let n = v as? NSNumber { return n.stringValue }
        return nil
    }
}
