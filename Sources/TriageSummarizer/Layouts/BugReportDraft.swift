import TriageText

/// An extractive bug-report draft: each field is a list of verbatim units citing their messages.
///
/// Fields are filled from cue words (see the source of `Cues`): *steps* from list items and action
/// verbs ("click", "go to", "when I"), *expected* from "expected/should/supposed to", *environment*
/// from version tokens and platform words (iOS, Android, Chrome, Windows…), *symptom* from defect
/// words ("error", "crash", "can't", error codes), *actual* from "instead/shows/I get". Symptom, steps,
/// expected and actual come from customer units only (agents paraphrase); environment prefers them. A
/// unit appears in at most one of symptom, steps, expected and actual; an environment line may repeat one.
/// Units are sentences (``UnitGranularity/sentences``) unless the options ask for turns.
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
    /// - Complexity: as ``summarize(_:)``, then O(*n* log *n*) for the fields.
    public func bugReport(_ messages: [SummaryMessage]) -> BugReportDraft {
        // Bug fields are sentence-sized: split messages into sentences unless turns were asked for.
        var sentenceOptions = options
        if sentenceOptions.granularity == .automatic { sentenceOptions.granularity = .sentences }
        let units = Summarizer(options: sentenceOptions, memo: memo).units(of: messages)
        return Summarizer.bugLayout(ScoredThread(units: units, options: options, memo: memo))
    }

    /// The bug layout of a scored thread (cut into sentences unless the options ask for turns).
    static func bugLayout(_ thread: ScoredThread) -> BugReportDraft {
        let units = thread.units
        let cues = thread.cues
        var picker = SectionPicker(thread)
        let candidates = thread.scored.candidates
        // Per candidate: version and error-code tokens (seen by the analysis).
        let flags = thread.scored.tokenFlags
        let fromCustomer: (Int) -> Bool = { units[candidates[$0]].role == .customer }

        // Environment lines may repeat a unit of another field: they answer a different question.
        var envPicker = picker
        let environment = envPicker.take(4) { i in
            let hits = Int(cues[i].environment)
            let version = flags[i].contains(.version)
            guard version || hits > 0 else { return nil }
            return (Double(hits) + (version ? 2 : 0)) * (fromCustomer(i) ? 2 : 1)
        }
        let symptom = picker.take(2) { i in
            guard fromCustomer(i) else { return nil }
            let c = Int(cues[i].defect) + (flags[i].contains(.errorCode) ? 2 : 0)
            return c > 0 ? Double(c) : nil
        }
        let steps = picker.take(6) { i in
            guard fromCustomer(i) else { return nil }
            let hits = Int(cues[i].step)
            if units[candidates[i]].isListItem { return 4 + Double(hits) }
            return hits > 0 ? Double(hits) : nil
        }
        let expected = picker.take(2) { i in fromCustomer(i) && cues[i].expected > 0 ? 1 : nil }
        let actual = picker.take(2) { i in fromCustomer(i) && cues[i].actual > 0 ? 1 : nil }
        let hasErrorCode = flags.contains { $0.contains(.errorCode) }
        let likely = !symptom.isEmpty && (!steps.isEmpty || !environment.isEmpty || hasErrorCode)
        return BugReportDraft(
            symptom: picker.lines(symptom), steps: picker.lines(steps), expected: picker.lines(expected),
            actual: picker.lines(actual), environment: picker.lines(environment), isLikelyBug: likely)
    }
}
