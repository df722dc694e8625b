import Foundation
import TriageTickets

/// A loaded, validated workspace: policy, knowledge base, training examples, prior tickets and gold cases.
///
/// ```swift
/// let workspace = try Workspace.load(from: URL(fileURLWithPath: "Corpus"))
/// let policy = workspace.policy.policy(for: "billing_double_charge")
/// ```
///
/// ## Topics
/// - ``load(from:options:)``
/// - ``WorkspaceError``
public struct Workspace: Sendable {
    /// What ``load(from:options:)`` reads besides `triage.yml` and `kb/`.
    public struct LoadOptions: Sendable, Hashable, Codable {
        /// Read `intents/`. The default is true.
        public var examples: Bool = true
        /// Read `tickets/`. The default is true.
        public var priorTickets: Bool = true
        /// Read `eval/gold.jsonl`. The default is true.
        public var gold: Bool = true
        public init(examples: Bool = true, priorTickets: Bool = true, gold: Bool = true) {
            self.examples = examples
            self.priorTickets = priorTickets
            self.gold = gold
        }
    }

    /// The workspace directory.
    public var directory: URL
    /// The policy from `triage.yml`.
    public var policy: TriagePolicy
    /// Knowledge-base articles by id.
    public var articles: [String: KBArticle]
    /// Training examples, files in name order, lines in file order.
    public var examples: [IntentExample]
    /// Prior resolved tickets, files in name order.
    public var priorTickets: [PriorTicket]
    /// Gold cases, in file order.
    public var gold: [GoldCase]

    public init(directory: URL, policy: TriagePolicy, articles: [String: KBArticle] = [:], examples: [IntentExample] = [],
                priorTickets: [PriorTicket] = [], gold: [GoldCase] = []) {
        self.directory = directory
        self.policy = policy
        self.articles = articles
        self.examples = examples
        self.priorTickets = priorTickets
        self.gold = gold
    }

    /// Article ids in sorted order.
    public var articleIDs: [String] { articles.keys.sorted() }

    /// Loads and cross-checks the workspace at `directory`.
    ///
    /// Checks, besides each file's own format: every article an intent links exists in `kb/`; every intent an
    /// article, example, prior ticket or gold case names is declared in `triage.yml`; article ids are unique.
    ///
    /// - Throws: ``WorkspaceError`` naming the file, line and key of the first problem found.
    /// - Complexity: O(total size of the files read).
    public static func load(from directory: URL, options: LoadOptions = LoadOptions()) throws(WorkspaceError) -> Workspace {
        let reader = WorkspaceFiles(directory: directory)
        let parsed = try PolicyParser(file: "triage.yml").parse(try reader.text("triage.yml"))
        let policy = parsed.policy
        var workspace = Workspace(directory: directory, policy: policy)

        let kbParser = KBArticleParser()
        for file in try reader.files(in: "kb", extensions: ["md"]) {
            let article = try kbParser.parse(try reader.text(file), file: file)
            guard workspace.articles[article.id] == nil else {
                throw WorkspaceError(file: file, line: 2, key: "id", kind: .duplicateID(article.id))
            }
            for intent in article.intents where policy.intents[intent] == nil {
                throw WorkspaceError(file: file, line: Self.line(of: "intents:", in: try reader.text(file)), key: "intents",
                                     kind: .unknownIntent(intent))
            }
            workspace.articles[article.id] = article
        }
        for reference in parsed.articleReferences where workspace.articles[reference.id] == nil {
            throw WorkspaceError(file: "triage.yml", line: reference.line, key: reference.key, kind: .unknownArticle(reference.id))
        }

        if options.examples {
            let loader = IntentExampleLoader()
            for file in try reader.files(in: "intents", extensions: ["jsonl", "csv"]) {
                let text = try reader.text(file)
                let examples = file.hasSuffix(".csv") ? try loader.parseCSV(text, file: file) : try loader.parseJSONL(text, file: file)
                for (index, example) in examples.enumerated() where policy.intents[example.intent] == nil {
                    throw WorkspaceError(file: file, line: file.hasSuffix(".csv") ? nil : Self.nonEmptyLine(index, in: text),
                                         key: "intent", kind: .unknownIntent(example.intent))
                }
                workspace.examples += examples
            }
        }

        if options.priorTickets {
            let loader = PriorTicketLoader()
            var seen = Set<String>()
            for file in try reader.files(in: "tickets", extensions: ["jsonl"]) {
                for prior in try loader.parse(try reader.text(file), file: file) {
                    guard seen.insert(prior.ticket.id).inserted else {
                        throw WorkspaceError(file: file, line: prior.line, key: "id", kind: .duplicateID(prior.ticket.id))
                    }
                    if let intent = prior.resolution.intent, policy.intents[intent] == nil {
                        throw WorkspaceError(file: file, line: prior.line, key: "resolution.intent", kind: .unknownIntent(intent))
                    }
                    if let article = prior.resolution.article, workspace.articles[article] == nil {
                        throw WorkspaceError(file: file, line: prior.line, key: "resolution.article", kind: .unknownArticle(article))
                    }
                    workspace.priorTickets.append(prior)
                }
            }
        }

        if options.gold, reader.exists("eval/gold.jsonl") {
            let file = "eval/gold.jsonl"
            var seen = Set<String>()
            for (gold, line) in try GoldCaseLoader().parse(try reader.text(file), file: file) {
                guard seen.insert(gold.id).inserted else {
                    throw WorkspaceError(file: file, line: line, key: "id", kind: .duplicateID(gold.id))
                }
                if let intent = gold.expected.intent, policy.intents[intent] == nil {
                    throw WorkspaceError(file: file, line: line, key: "expected.intent", kind: .unknownIntent(intent))
                }
                if let article = gold.expected.article, workspace.articles[article] == nil {
                    throw WorkspaceError(file: file, line: line, key: "expected.article", kind: .unknownArticle(article))
                }
                workspace.gold.append(gold)
            }
        }
        return workspace
    }

    private static func line(of prefix: String, in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) {
            return index + 1
        }
        return nil
    }

    private static func nonEmptyLine(_ ordinal: Int, in text: String) -> Int? {
        var count = -1
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmedWhitespace.isEmpty {
            count += 1
            if count == ordinal { return index + 1 }
        }
        return nil
    }
}

/// File access relative to a workspace directory, with located errors.
struct WorkspaceFiles {
    let directory: URL

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(relative).path)
    }

    func text(_ relative: String) throws(WorkspaceError) -> String {
        let url = directory.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw WorkspaceError(file: relative, line: nil, key: nil, kind: .missingFile)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw WorkspaceError(file: relative, line: nil, key: nil, kind: .unreadable(error.localizedDescription))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw WorkspaceError(file: relative, line: nil, key: nil, kind: .unreadable("not UTF-8"))
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// `folder/name` for regular files with one of `extensions`, sorted by name; empty when the folder is absent.
    func files(in folder: String, extensions: Set<String>) throws(WorkspaceError) -> [String] {
        let url = directory.appendingPathComponent(folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: url.path) } catch {
            throw WorkspaceError(file: folder, line: nil, key: nil, kind: .unreadable(error.localizedDescription))
        }
        return names.filter { !$0.hasPrefix(".") && extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted().map { folder + "/" + $0 }
    }
}
