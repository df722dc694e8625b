/// A knowledge-base article (`kb/<id>.md`): front matter plus Markdown sections.
public struct KBArticle: Sendable, Hashable, Codable {
    /// One `## Heading` section of the body.
    public struct Section: Sendable, Hashable, Codable {
        /// The heading text without `##` (`Answer`).
        public var heading: String
        /// The section text, trimmed.
        public var text: String
        public init(heading: String, text: String) {
            self.heading = heading
            self.text = text
        }
    }

    /// The article id (`kb-billing-refund-status`), equal to the file name without `.md`.
    public var id: String
    /// The title.
    public var title: String
    /// Intents the article serves (may be empty).
    public var intents: [String]
    /// Free tags.
    public var tags: [String]
    /// The text before the first `##` heading.
    public var intro: String
    /// The `##` sections in file order.
    public var sections: [Section]
    /// The file, relative to the workspace.
    public var file: String

    public init(id: String, title: String, intents: [String] = [], tags: [String] = [], intro: String = "",
                sections: [Section] = [], file: String = "") {
        self.id = id
        self.title = title
        self.intents = intents
        self.tags = tags
        self.intro = intro
        self.sections = sections
        self.file = file
    }

    /// The customer-facing reply (the `## Answer` section), if the article has one.
    public var answer: String? { section(named: "Answer")?.text }

    /// The first section whose heading equals `name`, ignoring case.
    public func section(named name: String) -> Section? {
        sections.first { $0.heading.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// `{{placeholder}}` names used in the answer, in order of first use.
    public var placeholders: [String] { Placeholders.names(in: answer ?? "") }

    /// Text that may be indexed and shown as evidence: title, intro and every section except internal notes.
    public var searchableText: String {
        var parts = [title, intro]
        for section in sections where section.heading.lowercased() != "internal notes" {
            parts.append(section.heading)
            parts.append(section.text)
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

import Foundation
