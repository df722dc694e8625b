import Foundation

/// Reads the searchable parts of a workspace (see the workspace format in the README): knowledge-base
/// articles `kb/*.md` and prior tickets `tickets/*.jsonl`.
public enum WorkspaceLoader {
    /// Articles as documents: `title`, `body` (the Markdown body without its `## Internal notes` section),
    /// `tags`; metadata `kind: kb`, `intent` (the first listed intent), `intents` (comma-separated).
    ///
    /// - Throws: ``SearchError/malformedInput(file:line:reason:)`` for an article without front matter or `id`.
    public static func articles(in workspace: URL) throws -> [SearchDocument] {
        let dir = workspace.appendingPathComponent("kb")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { try article(dir.appendingPathComponent($0)) }
    }

    /// One article.
    public static func article(_ url: URL) throws -> SearchDocument {
        let text = try BEIRLoader.readText(url)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else {
            throw SearchError.malformedInput(file: url.path, line: 1, reason: "expected YAML front matter between '---' lines")
        }
        var front: [String: String] = [:]
        for line in lines[1..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            front[String(line[..<colon]).trimmingWhitespace()] = String(line[line.index(after: colon)...]).trimmingWhitespace()
        }
        guard let id = front["id"].map(unquote), !id.isEmpty else {
            throw SearchError.malformedInput(file: url.path, line: 2, reason: "front matter has no id")
        }
        var body: [String] = []
        var inNotes = false
        for line in lines[(end + 1)...] {
            if line.hasPrefix("## ") { inNotes = line.lowercased().hasPrefix("## internal notes") }
            if !inNotes { body.append(line) }
        }
        let intents = list(front["intents"] ?? "")
        var metadata = ["kind": "kb"]
        if let first = intents.first { metadata["intent"] = first }
        if !intents.isEmpty { metadata["intents"] = intents.joined(separator: ",") }
        return SearchDocument(id: id, fields: ["title": unquote(front["title"] ?? ""), "body": body.joined(separator: "\n"),
                                               "tags": list(front["tags"] ?? "").joined(separator: " ")],
                              metadata: metadata)
    }

    /// Prior tickets as documents: `title` = subject, `body` = the message texts; metadata `kind: ticket`,
    /// and `intent`, `team`, `article` from `resolution`, `channel`, `tier` when present.
    ///
    /// - Throws: ``SearchError/malformedInput(file:line:reason:)`` for a line that is not a JSON object with an `id`.
    public static func tickets(in workspace: URL) throws -> [SearchDocument] {
        let dir = workspace.appendingPathComponent("tickets")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        var out: [SearchDocument] = []
        for name in names {
            let url = dir.appendingPathComponent(name)
            for (line, obj) in try BEIRLoader.jsonLines(url) {
                guard let id = BEIRLoader.stringValue(obj["id"]) else {
                    throw SearchError.malformedInput(file: url.path, line: line, reason: "ticket has no \"id\"")
                }
                var texts: [String] = []
                if let text = obj["text"] as? String { texts.append(text) }
                for m in obj["messages"] as? [[String: Any]] ?? [] { if let t = m["text"] as? String { texts.append(t) } }
                var metadata = ["kind": "ticket"]
                if let r = obj["resolution"] as? [String: Any] {
                    for key in ["intent", "team", "article"] { if let v = r[key] as? String { metadata[key] = v } }
                }
                if let c = obj["channel"] as? String { metadata["channel"] = c }
                if let tier = (obj["customer"] as? [String: Any])?["tier"] as? String { metadata["tier"] = tier }
                out.append(SearchDocument(id: id, fields: ["title": obj["subject"] as? String ?? "", "body": texts.joined(separator: "\n")],
                                          metadata: metadata))
            }
        }
        return out
    }

    static func unquote(_ s: String) -> String {
        if s.count >= 2, let f = s.first, let l = s.last, f == l, f == "\"" || f == "'" {
            return String(s.dropFirst().dropLast())
        }
        return s
    }

    static func list(_ s: String) -> [String] {
        var t = s.trimmingWhitespace()
        if t.hasPrefix("[") && t.hasSuffix("]") { t = String(t.dropFirst().dropLast()) }
        return t.split(separator: ",").map { unquote(String($0).trimmingWhitespace()) }.filter { !$0.isEmpty }
    }
}
