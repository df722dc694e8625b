import Foundation
import Yams

/// Reads `triage.yml` into a ``TriagePolicy``; every problem becomes a located ``WorkspaceError``.
package struct PolicyParser {
    /// An article id mentioned in the policy, with where it was written (checked against `kb/` later).
    package struct ArticleReference: Sendable, Hashable {
        package var id: String
        package var line: Int?
        package var key: String
    }

    /// The parsed policy and its article references.
    package struct Result: Sendable {
        package var policy: TriagePolicy
        package var articleReferences: [ArticleReference]
    }

    package let file: String

    package init(file: String = "triage.yml") {
        self.file = file
    }

    /// Parses the YAML text of a policy file.
    ///
    /// - Throws: ``WorkspaceError`` naming the line and key of the first problem.
    package func parse(_ text: String) throws(WorkspaceError) -> Result {
        guard let root = try YAMLCursor.parse(text, file: file) else {
            throw WorkspaceError(file: file, line: 1, key: nil, kind: .missingKey("intents"))
        }
        try root.checkKeys(["version", "product", "business_hours", "defaults", "relevance_floor", "escalation", "llm", "intents"])
        var policy = TriagePolicy()
        if let version = try root.optional("version") {
            policy.version = try version.int()
            guard policy.version == 1 else { throw version.error(.invalidValue(String(policy.version), expected: "version 1")) }
        }
        if let product = try root.optional("product") { policy.product = try product.string() }
        if let hours = try root.optional("business_hours") { policy.businessHours = try parseHours(hours) }
        if let defaults = try root.optional("defaults") { policy.defaults = try parseDefaults(defaults) }
        if let floor = try root.optional("relevance_floor") { policy.relevanceFloor = try floor.probability() }
        if let escalation = try root.optional("escalation") { policy.escalation = try parseEscalation(escalation) }
        if let llm = try root.optional("llm") { policy.llm = try parseLLM(llm, line: try root.mapping().first { $0.key == "llm" }?.line) }
        let intents = try root.required("intents")
        var references: [ArticleReference] = []
        let members = try intents.mapping()
        guard !members.isEmpty else { throw intents.error(.invalidValue("{}", expected: "at least one intent")) }
        for member in members {
            let intent = try parseIntent(member.key, member.value, line: member.line, defaults: policy.defaults)
            policy.intents[member.key] = intent
            if member.value.node.mapping != nil, let articles = try member.value.optional("articles") {
                for (index, item) in try articles.sequence().enumerated() {
                    references.append(ArticleReference(id: intent.articles[index], line: item.line, key: item.path))
                }
            }
        }
        return Result(policy: policy, articleReferences: references)
    }

    private func parseHours(_ cursor: YAMLCursor) throws(WorkspaceError) -> BusinessHours {
        try cursor.checkKeys(["time_zone", "days", "start", "end", "holidays"])
        let zoneCursor = try cursor.required("time_zone")
        let zoneName = try zoneCursor.nonEmptyString()
        guard zoneName.contains("/") || zoneName == "UTC" || zoneName == "GMT", let zone = TimeZone(identifier: zoneName)
        else { throw zoneCursor.error(.unknownTimeZone(zoneName)) }
        var hours = BusinessHours(timeZone: zone)
        if let days = try cursor.optional("days") {
            var set = Set<Weekday>()
            for item in try days.sequence() {
                let name = try item.string()
                guard let day = Weekday(name: name) else { throw item.error(.invalidValue(name, expected: "a weekday such as mon")) }
                set.insert(day)
            }
            guard !set.isEmpty else { throw days.error(.invalidValue("[]", expected: "at least one working day")) }
            hours.days = set
        }
        if let start = try cursor.optional("start") { hours.startMinute = try clock(start, allow24: false) }
        if let end = try cursor.optional("end") { hours.endMinute = try clock(end, allow24: true) }
        guard hours.startMinute < hours.endMinute else {
            throw cursor.error(.invalidValue("\(hours.startMinute / 60)h–\(hours.endMinute / 60)h", expected: "start before end"),
                               key: cursor.path + ".end")
        }
        if let holidays = try cursor.optional("holidays") {
            for item in try holidays.sequence() {
                let text = try item.string()
                guard let day = DayStamp(parsing: text) else { throw item.error(.invalidValue(text, expected: "a date YYYY-MM-DD")) }
                hours.holidays.insert(day)
            }
        }
        return hours
    }

    private func clock(_ cursor: YAMLCursor, allow24: Bool) throws(WorkspaceError) -> Int {
        let text = try cursor.string()
        let parts = text.split(separator: ":")
        if parts.count == 2, parts[0].count <= 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
           (0...59).contains(m), (0...23).contains(h) || (allow24 && h == 24 && m == 0) {
            return h * 60 + m
        }
        throw cursor.error(.invalidValue(text, expected: "a time HH:MM"))
    }

    private func parseSLA(_ cursor: YAMLCursor, fallback: SLATargets) throws(WorkspaceError) -> SLATargets {
        try cursor.checkKeys(["first_response", "resolution"])
        var sla = fallback
        if let first = try cursor.optional("first_response") { sla.firstResponse = try first.duration() }
        if let resolution = try cursor.optional("resolution") { sla.resolution = try resolution.duration() }
        return sla
    }

    private func autonomy(_ cursor: YAMLCursor) throws(WorkspaceError) -> Autonomy {
        let text = try cursor.string()
        guard let value = Autonomy(workspaceValue: text) else {
            throw cursor.error(.invalidValue(text, expected: "answer, ask-only or never"))
        }
        return value
    }

    private func confidence(_ cursor: YAMLCursor) throws(WorkspaceError) -> ConfidenceRule? {
        let floor = try cursor.optional("min_confidence")
        let target = try cursor.optional("precision_target")
        if floor != nil, let target {
            throw target.error(.invalidValue("precision_target", expected: "either min_confidence or precision_target, not both"))
        }
        if let floor { return .minConfidence(try floor.probability()) }
        if let target { return .precisionTarget(try target.probability()) }
        return nil
    }

    private func parseDefaults(_ cursor: YAMLCursor) throws(WorkspaceError) -> IntentDefaults {
        try cursor.checkKeys(["team", "priority", "sla", "autonomy", "min_confidence", "precision_target"])
        var defaults = IntentDefaults()
        if let team = try cursor.optional("team") { defaults.team = try team.nonEmptyString() }
        if let priority = try cursor.optional("priority") { defaults.priority = try priority.priority() }
        if let sla = try cursor.optional("sla") { defaults.sla = try parseSLA(sla, fallback: defaults.sla) }
        if let value = try cursor.optional("autonomy") { defaults.autonomy = try autonomy(value) }
        if let rule = try confidence(cursor) { defaults.confidence = rule }
        return defaults
    }

    private func parseIntent(_ name: String, _ cursor: YAMLCursor, line: Int?,
                             defaults: IntentDefaults) throws(WorkspaceError) -> IntentPolicy {
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "-" })
        else { throw cursor.error(.invalidValue(name, expected: "an intent label of letters, digits, _ and -"), line: line) }
        var intent = IntentPolicy(name: name, team: defaults.team, priority: defaults.priority, sla: defaults.sla,
                                  autonomy: defaults.autonomy, confidence: defaults.confidence, line: line ?? 0)
        if cursor.node.null != nil { return intent }
        try cursor.checkKeys(["description", "team", "priority", "sla", "autonomy", "min_confidence", "precision_target",
                              "required_fields", "articles"])
        if let text = try cursor.optional("description") { intent.description = try text.string() }
        if let team = try cursor.optional("team") { intent.team = try team.nonEmptyString() }
        if let priority = try cursor.optional("priority") { intent.priority = try priority.priority() }
        if let sla = try cursor.optional("sla") { intent.sla = try parseSLA(sla, fallback: defaults.sla) }
        if let value = try cursor.optional("autonomy") { intent.autonomy = try autonomy(value) }
        if let rule = try confidence(cursor) { intent.confidence = rule }
        if let fields = try cursor.optional("required_fields") {
            var seen = Set<String>()
            for item in try fields.sequence() {
                let field = try parseField(item)
                guard seen.insert(field.name).inserted else { throw item.error(.duplicateKey(field.name)) }
                intent.requiredFields.append(field)
            }
        }
        if let articles = try cursor.optional("articles") {
            intent.articles = []
            for item in try articles.sequence() { intent.articles.append(try item.nonEmptyString()) }
        }
        return intent
    }

    private func parseField(_ cursor: YAMLCursor) throws(WorkspaceError) -> FieldRequirement {
        try cursor.checkKeys(["name", "type", "pattern", "question"])
        let name = try cursor.required("name").nonEmptyString()
        let typeCursor = try cursor.required("type")
        let typeName = try typeCursor.nonEmptyString()
        guard let type = FieldType(rawValue: typeName.lowercased()) else { throw typeCursor.error(.unknownFieldType(typeName)) }
        let question = try cursor.required("question").nonEmptyString()
        var pattern: FieldPattern?
        if let patternCursor = try cursor.optional("pattern") {
            let source = try patternCursor.string()
            do { pattern = try FieldPattern(source) } catch { throw patternCursor.error(.invalidPattern(source)) }
        }
        return FieldRequirement(name: name, type: type, pattern: pattern, question: question)
    }

    private func parseEscalation(_ cursor: YAMLCursor) throws(WorkspaceError) -> EscalationPolicy {
        try cursor.checkKeys(["rules", "tiers", "frustration", "repeat_contact"])
        var policy = EscalationPolicy()
        if let rules = try cursor.optional("rules") {
            var seen = Set<String>()
            for item in try rules.sequence() {
                try item.checkKeys(["name", "phrases", "priority", "handoff", "team"])
                let nameCursor = try item.required("name")
                let name = try nameCursor.nonEmptyString()
                guard seen.insert(name).inserted else { throw nameCursor.error(.duplicateKey(name)) }
                let phrasesCursor = try item.required("phrases")
                let phrases = try phrasesCursor.stringList()
                guard !phrases.isEmpty else { throw phrasesCursor.error(.invalidValue("[]", expected: "at least one phrase")) }
                var rule = EscalationRule(name: name, phrases: phrases)
                if let level = try item.optional("priority") { rule.priority = try level.priority() }
                if let handoff = try item.optional("handoff") { rule.handoff = try handoff.bool() }
                if let team = try item.optional("team") { rule.team = try team.nonEmptyString() }
                policy.rules.append(rule)
            }
        }
        if let tiers = try cursor.optional("tiers") {
            for member in try tiers.mapping() { policy.tiers[member.key.lowercased()] = try member.value.priority() }
        }
        if let frustration = try cursor.optional("frustration") {
            try frustration.checkKeys(["phrases", "raise_by"])
            if let phrases = try frustration.optional("phrases") { policy.frustration.phrases = try phrases.stringList() }
            if let raise = try frustration.optional("raise_by") { policy.frustration.raiseBy = try steps(raise) }
        }
        if let repeatContact = try cursor.optional("repeat_contact") {
            try repeatContact.checkKeys(["min_previous", "raise_by"])
            var rule = RepeatContactPolicy()
            if let minimum = try repeatContact.optional("min_previous") {
                rule.minPrevious = try minimum.int()
                guard rule.minPrevious >= 1 else { throw minimum.error(.invalidValue(String(rule.minPrevious), expected: "at least 1")) }
            }
            if let raise = try repeatContact.optional("raise_by") { rule.raiseBy = try steps(raise) }
            policy.repeatContact = rule
        }
        return policy
    }

    private func steps(_ cursor: YAMLCursor) throws(WorkspaceError) -> Int {
        let value = try cursor.int()
        guard (0...3).contains(value) else { throw cursor.error(.invalidValue(String(value), expected: "0 to 3 steps")) }
        return value
    }
}
