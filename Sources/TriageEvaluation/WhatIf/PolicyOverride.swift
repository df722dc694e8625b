import TriagePlanner

/// One `--set key=value` change to a workspace policy, applied in memory for a what-if run.
///
/// Keys (an intent name may be `*` for every intent):
/// - `intents.<name>.min_confidence=<0…1>` and `intents.<name>.precision_target=<0…1>`
/// - `intents.<name>.autonomy=answer|ask-only|never`
/// - `intents.<name>.team=<team>`, `intents.<name>.priority=low|normal|high|urgent`
/// - `relevance_floor=<number>`
public struct PolicyOverride: Sendable, Hashable, CustomStringConvertible {
    /// The dotted key as written.
    public var key: String
    /// The value as written.
    public var value: String

    public var description: String { "\(key)=\(value)" }

    /// Parses `key=value`.
    /// - Throws: ``PolicyOverrideError`` when there is no `=`.
    public init(parsing text: String) throws(PolicyOverrideError) {
        guard let eq = text.firstIndex(of: "=") else {
            throw PolicyOverrideError(setting: text, message: "expected key=value")
        }
        key = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
        value = String(text[text.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
    }

    /// Applies the change to `policy`.
    /// - Throws: ``PolicyOverrideError`` naming the setting for an unknown key or intent, or a bad value.
    public func apply(to policy: inout TriagePolicy) throws(PolicyOverrideError) {
        let parts = key.split(separator: ".").map(String.init)
        if parts == ["relevance_floor"] {
            policy.relevanceFloor = try number(0...Double.greatestFiniteMagnitude)
            return
        }
        guard parts.count == 3, parts[0] == "intents" else {
            throw PolicyOverrideError(setting: description, message: "unknown key; use intents.<name>.<field> or relevance_floor")
        }
        let names: [String]
        if parts[1] == "*" {
            names = policy.intentNames
        } else {
            guard policy.intents[parts[1]] != nil else {
                let close = policy.intentNames.filter { $0.hasPrefix(String(parts[1].prefix(4))) }.prefix(5)
                throw PolicyOverrideError(setting: description, message: "unknown intent '\(parts[1])'"
                    + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?"))
            }
            names = [parts[1]]
        }
        for name in names {
            guard var intent = policy.intents[name] else { continue }
            switch parts[2] {
            case "min_confidence": intent.confidence = .minConfidence(try number(0...1))
            case "precision_target": intent.confidence = .precisionTarget(try number(0...1))
            case "autonomy":
                guard let a = Autonomy(rawValue: value) ?? Autonomy(rawValue: value.replacingOccurrences(of: "_", with: "-")) else {
                    throw PolicyOverrideError(setting: description, message: "autonomy must be answer, ask-only or never")
                }
                intent.autonomy = a
            case "team":
                guard !value.isEmpty else { throw PolicyOverrideError(setting: description, message: "team must not be empty") }
                intent.team = value
            case "priority":
                guard let p = PriorityLevel(rawValue: value) else {
                    throw PolicyOverrideError(setting: description, message: "priority must be low, normal, high or urgent")
                }
                intent.priority = p
            default:
                throw PolicyOverrideError(setting: description, message: "unknown field '\(parts[2])'; use min_confidence, precision_target, autonomy, team or priority")
            }
            policy.intents[name] = intent
        }
    }

    private func number(_ range: ClosedRange<Double>) throws(PolicyOverrideError) -> Double {
        guard let x = Double(value), x.isFinite, range.contains(x) else {
            throw PolicyOverrideError(setting: description, message: "value must be a number in \(range.lowerBound)…\(range.upperBound)")
        }
        return x
    }
}

/// A `--set` that cannot be applied.
public struct PolicyOverrideError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The setting as written.
    public var setting: String
    public var message: String
    public var description: String { "--set \(setting): \(message)" }
}
