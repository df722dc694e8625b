import Foundation

/// Parses `kb/*.md`: YAML front matter between `---` lines, then Markdown split at `## ` headings.
package struct KBArticleParser {
    package init() {}

    /// Parses one article file.
    ///
    /// - Parameters:
    ///   - text: The file's text.
    ///   - file: Its path relative to the workspace (`kb/kb-refunds.md`), used in errors and to check the id.
    /// - Throws: ``WorkspaceError`` for missing or malformed front matter, a missing `id`/`title`, an id that
    ///   differs from the file name, or a missing `## Answer` section.
    package func parse(_ text: String, file: String) throws(WorkspaceError) -> KBArticle {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            throw WorkspaceError(file: file, line: 1, key: nil, kind: .missingKey("front matter (--- … ---)"))
        }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" })
        else { throw WorkspaceError(file: file, line: 1, key: nil, kind: .syntax("front matter is not closed by ---")) }
        let yaml = lines[1..<close].joined(separator: "\n")
        guard let root = try YAMLCursor.parse(yaml, file: file, lineOffset: 1) else {
            throw WorkspaceError(file: file, line: 2, key: nil, kind: .missingKey("id"))
        }
        try root.checkKeys(["id", "title", "intents", "tags"])
        let idCursor = try root.required("id")
        let id = try idCursor.nonEmptyString()
        let expected = (file as NSString).lastPathComponent.replacingOccurrences(of: ".md", with: "")
        guard id == expected else {
            throw idCursor.error(.invalidValue(id, expected: "the file name without .md (\(expected))"))
        }
        let title = try root.required("title").nonEmptyString()
        let intents = try root.optional("intents")?.stringListAllowingEmpty() ?? []
        let tags = try root.optional("tags")?.stringListAllowingEmpty() ?? []

        var intro: [String] = []
        var sections: [KBArticle.Section] = []
        var heading: String?
        var body: [String] = []
        func flush() {
            let content = body.joined(separator: "\n").trimmedWhitespace
            if let heading { sections.append(.init(heading: heading, text: content)) } else { intro = [content] }
            body = []
        }
        for line in lines[(close + 1)...] {
            if line.hasPrefix("## ") {
                flush()
                heading = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("# ") && heading == nil && body.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                continue   // a leading "# Title" line repeats the title
            } else {
                body.append(line)
            }
        }
        flush()
        let article = KBArticle(id: id, title: title, intents: intents, tags: tags, intro: intro.first ?? "",
                                sections: sections, file: file)
        guard let answer = article.answer, !answer.isEmpty else {
            throw WorkspaceError(file: file, line: close + 2, key: nil, kind: .missingKey("## Answer section"))
        }
        return article
    }
}

extension YAMLCursor {
    /// A list of texts that may be empty (`[]`).
    func stringListAllowingEmpty() throws(WorkspaceError) -> [String] {
        if node.sequence != nil {
            var out: [String] = []
            for item in try sequence() { out.append(try item.nonEmptyString()) }
            return out
        }
        return try stringList()
    }
}
