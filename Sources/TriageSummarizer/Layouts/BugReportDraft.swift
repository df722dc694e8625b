import TriageText

/// An extractive bug-report draft: each field is a list of verbatim units citing their messages.
///
/// Fields are filled from cue words (see the source of `Cues`): *steps* from list items and action
/// verbs ("click", "go to", "when I"), *expected* from "expected/should/supposed to", *environment*
/// from version tokens and platform words (iOS, Android, Chrome, Windows…), *symptom* from defect
/// words ("error", "crash", "can't", error codes), *actual* from "instead/shows/I get". Customer units
/// are preferred for symptom and steps. A unit appears in at most one field.
public struct BugReportDraft: Sendable, Hashable, Codable {
    /// What goes wrong.
    public var symptom: [SummaryLine]
    /// How to reproduce it.
    public var steps: [SummaryLine]
    /// What should happen.
    public var expected: [SummaryLine]
    /// What happens instead.
    public var actual: [SummaryLine]
    /// Version, device, OS, browser lines.
    public var environment: [SummaryLine]
    /// Whether the thread reads like a defect report (a symptom plus steps, an environment line or an error code).
    public var isLikelyBug: Bool

    private enum CodingKeys: String, CodingKey {
        case symptom, steps, expected, actual, environment, isLikelyBug = "is_likely_bug"
    }

    /// The fields with their names, in report order.
    public var sections: [(name: String, lines: [SummaryLine])] {
        [("symptom", symptom), ("steps", steps), ("expected", expected), ("actual", actual), ("environment", environment)]
    }
}

extension Summarizer {
    /// Drafts a bug report from a thread.
    ///
    /// - Complexity: as ``summarize(_:)``, plus O(*n*) tokenization for the environment field.
    public func bugReport(_ messages: [SummaryMessage]) -> BugReportDraft {
        let units = self.units(of: messages)
        let scored = UnitScorer.score(units, options: options, memo: memo)
        var picker = SectionPicker(units: units, scored: scored)
        let unitAt: (Int) -> SummaryUnit = { units[scored.candidates[$0]] }
        let tokenizer = Tokenizer()
        let special: [Bool] = scored.candidates.map { c in
            tokenizer.tokenize(units[c].body).contains { $0.kind == .version }
        }
        let errorCode: [Bool] = scored.candidates.map { c in
            tokenizer.tokenize(units[c].body).contains { $0.kind == .errorCode }
        }
        func customerBonus(_ i: Int) -> Double { unitAt(i).role == .customer ? 2 : 1 }

        let steps = picker.take(6, preferLater: false) { i in
            let u = unitAt(i)
            let cues = Cues.step.count(in: u.body)
            if u.isListItem && u.role == .customer { return 4 + Double(cues) }
            return cues > 0 && u.role == .customer ? Double(cues) : nil
        }
        let expected = picker.take(2) { i in Cues.expected.matches(unitAt(i).body) ? customerBonus(i) : nil }
        let environment = picker.take(4) { i in
            let cues = Cues.environment.count(in: unitAt(i).body)
            return special[i] || cues > 0 ? Double(cues) + (special[i] ? 2 : 0) : nil
        }
        let symptom = picker.take(2) { i in
            let c = Cues.defect.count(in: unitAt(i).body) + (errorCode[i] ? 2 : 0)
            return c > 0 ? Double(c) * customerBonus(i) : nil
        }
        let actual = picker.take(2) { i in Cues.actual.matches(unitAt(i).body) ? customerBonus(i) : nil }
        let likely = !symptom.isEmpty && (!steps.isEmpty || !environment.isEmpty || errorCode.contains(true))
        return BugReportDraft(
            symptom: picker.lines(symptom), steps: picker.lines(steps), expected: picker.lines(expected),
            actual: picker.lines(actual), environment: picker.lines(environment), isLikelyBug: likely)
    }
}
