/// A problem with a workspace, located by file, line and key.
///
/// `description` reads like a compiler diagnostic: `triage.yml:42: intents.billing.required_fields[0].type:
/// unknown field type "invoce"; expected one of …`. Ticket text never appears in it.
public struct WorkspaceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Sendable, Hashable {
        /// A required file or folder is absent (`triage.yml`).
        case missingFile
        /// The file exists but could not be read as UTF-8 text.
        case unreadable(String)
        /// YAML or JSON syntax error, as the parser reported it.
        case syntax(String)
        /// The same key appears twice in one mapping (for example, an intent declared twice).
        case duplicateKey(String)
        /// A required key is absent.
        case missingKey(String)
        /// A key this format does not know (often a typo).
        case unknownKey(String)
        /// A value of the wrong YAML kind (expected a mapping, list, string, number…).
        case wrongType(expected: String)
        /// A required field's `type` is not one of ``FieldType``.
        case unknownFieldType(String)
        /// A `pattern` that does not compile.
        case invalidPattern(String)
        /// An article id that has no `kb/<id>.md`.
        case unknownArticle(String)
        /// An intent label that `triage.yml` does not declare.
        case unknownIntent(String)
        /// A duration that is not `Nm`, `Nh` or `Nd`.
        case invalidDuration(String)
        /// A time zone that is not an IANA identifier.
        case unknownTimeZone(String)
        /// Any other invalid value, with what was expected.
        case invalidValue(String, expected: String)
        /// The same id used by two records (articles, prior tickets, gold cases).
        case duplicateID(String)
        /// A credential written into the workspace (an `llm.api_key`, a key-like `api_key_env`, a URL with a
        /// password). Carries the key name only; the value is never repeated.
        case secretInWorkspace(String)
    }

    /// The file, relative to the workspace directory (`triage.yml`, `kb/kb-refunds.md`).
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The dotted key path (`intents.billing_double_charge.sla.first_response`), when it applies.
    public var key: String?
    /// What is wrong.
    public var kind: Kind

    public init(file: String, line: Int?, key: String?, kind: Kind) {
        self.file = file
        self.line = line
        self.key = key
        self.kind = kind
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let key, !key.isEmpty { location += ": \(key)" }
        return location + ": " + message
    }

    /// The problem and how to fix it, without the location.
    public var message: String {
        switch kind {
        case .missingFile: return "file not found; a workspace needs it"
        case .unreadable(let why): return "cannot read the file (\(why))"
        case .syntax(let problem): return "syntax error: \(problem)"
        case .duplicateKey(let name): return "duplicate key \"\(name)\"; each key may appear once in a mapping"
        case .missingKey(let name): return "missing required key \"\(name)\""
        case .unknownKey(let name): return "unknown key \"\(name)\"; check the spelling against the workspace format"
        case .wrongType(let expected): return "expected \(expected)"
        case .unknownFieldType(let name):
            let known = FieldType.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown field type \"\(name)\"; expected one of: \(known)"
        case .invalidPattern(let pattern): return "invalid regular expression \"\(pattern)\""
        case .unknownArticle(let id): return "article \"\(id)\" does not exist; add kb/\(id).md or fix the id"
        case .unknownIntent(let name): return "intent \"\(name)\" is not declared in triage.yml"
        case .invalidDuration(let text): return "invalid duration \"\(text)\"; use a whole number with m, h or d (30m, 8h, 3d)"
        case .unknownTimeZone(let name): return "unknown time zone \"\(name)\"; use an IANA name such as Europe/Berlin"
        case .invalidValue(let value, let expected): return "invalid value \"\(value)\"; expected \(expected)"
        case .duplicateID(let id): return "duplicate id \"\(id)\""
        case .secretInWorkspace(let name):
            return "\"\(name)\" would put a credential in the workspace; keep the API key out of triage.yml and name "
                + "where to read it with api_key_env (an environment variable) or api_key_file (a file)"
        }
    }
}
