import Foundation
import Yams

/// A YAML node with its file and key path, whose typed accessors throw located ``WorkspaceError``s.
struct YAMLCursor {
    let node: Node
    let file: String
    let path: String
    /// Added to node lines (front matter starts below line 1 of its file).
    let lineShift: Int

    init(node: Node, file: String, path: String, lineShift: Int = 0) {
        self.node = node
        self.file = file
        self.path = path
        self.lineShift = lineShift
    }

    var line: Int? { node.mark.map { $0.line + lineShift } }

    func error(_ kind: WorkspaceError.Kind, key: String? = nil, line: Int? = nil) -> WorkspaceError {
        WorkspaceError(file: file, line: line ?? self.line, key: key ?? path, kind: kind)
    }

    func child(_ node: Node, _ component: String) -> YAMLCursor {
        let childPath: String
        if component.hasPrefix("[") { childPath = path + component }
        else { childPath = path.isEmpty ? component : path + "." + component }
        return YAMLCursor(node: node, file: file, path: childPath, lineShift: lineShift)
    }

    /// Parses `text` into a root cursor; syntax errors and duplicate keys become located errors.
    static func parse(_ text: String, file: String, lineOffset: Int = 0) throws(WorkspaceError) -> YAMLCursor? {
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return YAMLCursor(node: node, file: file, path: "", lineShift: lineOffset)
        } catch let error as YamlError {
            throw located(error, text: text, file: file, lineOffset: lineOffset)
        } catch {
            throw WorkspaceError(file: file, line: nil, key: nil, kind: .syntax(String(describing: error)))
        }
    }

    private static func located(_ error: YamlError, text: String, file: String, lineOffset: Int) -> WorkspaceError {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            let name = duplicates.first ?? "?"
            let line = secondOccurrence(of: name, in: text, after: context.mark) ?? context.mark.line
            return WorkspaceError(file: file, line: line + lineOffset, key: name, kind: .duplicateKey(name))
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return WorkspaceError(file: file, line: mark.line + lineOffset, key: nil, kind: .syntax(problem))
        default:
            return WorkspaceError(file: file, line: nil, key: nil, kind: .syntax(String(describing: error)))
        }
    }

    /// The line of the next `name:` at the same indentation as the first occurrence (block mappings).
    private static func secondOccurrence(of name: String, in text: String, after mark: Mark) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let indent = mark.column - 1
        for index in mark.line..<lines.count {
            let line = lines[index]
            let stripped = line.drop { $0 == " " }
            guard line.count - stripped.count == indent else { continue }
            for quote in ["", "\"", "'"] where stripped.hasPrefix(quote + name + quote) {
                let rest = stripped.dropFirst(name.count + 2 * quote.count).drop { $0 == " " }
                if rest.hasPrefix(":") { return index + 1 }
            }
        }
        return nil
    }

    // MARK: Typed access

    /// The members of a mapping, in file order, with string keys.
    func mapping() throws(WorkspaceError) -> [(key: String, line: Int?, value: YAMLCursor)] {
        guard let mapping = node.mapping else { throw error(.wrongType(expected: "a mapping of keys to values")) }
        var members: [(key: String, line: Int?, value: YAMLCursor)] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else { throw error(.wrongType(expected: "string keys")) }
            members.append((key, keyNode.mark.map { $0.line + lineShift }, child(valueNode, key)))
        }
        return members
    }

    /// Throws ``WorkspaceError/Kind/unknownKey(_:)`` for the first key not in `allowed`.
    func checkKeys(_ allowed: Set<String>) throws(WorkspaceError) {
        for member in try mapping() where !allowed.contains(member.key) {
            throw error(.unknownKey(member.key), key: member.value.path, line: member.line)
        }
    }

    /// The value of `key`, or `nil` when absent or null.
    func optional(_ key: String) throws(WorkspaceError) -> YAMLCursor? {
        guard let mapping = node.mapping else { throw error(.wrongType(expected: "a mapping of keys to values")) }
        guard let value = mapping[key] else { return nil }
        if value.null != nil { return nil }
        return child(value, key)
    }

    /// The value of `key`; throws ``WorkspaceError/Kind/missingKey(_:)`` when absent.
    func required(_ key: String) throws(WorkspaceError) -> YAMLCursor {
        guard let value = try optional(key) else { throw error(.missingKey(key)) }
        return value
    }

    /// A scalar as text (numbers and booleans as written).
    func string() throws(WorkspaceError) -> String {
        guard let scalar = node.scalar else { throw error(.wrongType(expected: "a text value")) }
        return scalar.string
    }

    /// A non-empty scalar, trimmed.
    func nonEmptyString() throws(WorkspaceError) -> String {
        let text = try string().trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw error(.invalidValue("", expected: "a non-empty text")) }
        return text
    }

    /// A number.
    func double() throws(WorkspaceError) -> Double {
        let text = try string()
        guard let value = Double(text), value.isFinite else { throw error(.invalidValue(text, expected: "a number")) }
        return value
    }

    /// A whole number.
    func int() throws(WorkspaceError) -> Int {
        let text = try string()
        guard let value = Int(text) else { throw error(.invalidValue(text, expected: "a whole number")) }
        return value
    }

    /// A probability in `0...1`.
    func probability() throws(WorkspaceError) -> Double {
        let value = try double()
        guard (0...1).contains(value) else { throw error(.invalidValue(try string(), expected: "a number from 0 to 1")) }
        return value
    }

    /// `true`/`false` (also yes/no).
    func bool() throws(WorkspaceError) -> Bool {
        let text = try string()
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(.invalidValue(text, expected: "true or false"))
        }
    }

    /// The items of a sequence.
    func sequence() throws(WorkspaceError) -> [YAMLCursor] {
        guard let sequence = node.sequence else { throw error(.wrongType(expected: "a list")) }
        return sequence.enumerated().map { child($0.element, "[\($0.offset)]") }
    }

    /// A list of texts (a single text is accepted as a one-item list).
    func stringList() throws(WorkspaceError) -> [String] {
        if node.scalar != nil { return [try nonEmptyString()] }
        var out: [String] = []
        for item in try sequence() { out.append(try item.nonEmptyString()) }
        return out
    }

    /// A priority level.
    func priority() throws(WorkspaceError) -> PriorityLevel {
        let text = try string()
        guard let level = PriorityLevel(rawValue: text.lowercased()) else {
            throw error(.invalidValue(text, expected: "low, normal, high or urgent"))
        }
        return level
    }

    /// A business duration.
    func duration() throws(WorkspaceError) -> BusinessDuration {
        let text = try string()
        guard let value = BusinessDuration(parsing: text) else { throw error(.invalidDuration(text)) }
        return value
    }
}
