/// A handoff summary in four sections, each line a verbatim unit citing its message and speaker.
///
/// - ``issue``: what the customer wants, from the first customer message with content (its best units,
///   favouring requests and problem statements).
/// - ``tried``: what was already attempted (units with attempt cues: "tried", "already", "restarted",
///   "didn't help"…), anywhere in the thread.
/// - ``status``: the latest state: the best unit of the latest message with content, plus a recent unit
///   with state cues ("escalated", "refund issued", "will be", "fixed"…).
/// - ``openQuestions``: questions no later message from the other side has followed, most recent first
///   in choice, returned in thread order.
///
/// A unit appears in at most one section. Sections may be empty.
public struct SupportSummary: Sendable, Hashable, Codable {
    /// What the customer wants.
    public var issue: [SummaryLine]
    /// What was already attempted.
    public var tried: [SummaryLine]
    /// The latest state.
    public var status: [SummaryLine]
    /// Questions still waiting for the other side.
    public var openQuestions: [SummaryLine]

    private enum CodingKeys: String, CodingKey { case issue, tried, status, openQuestions = "open_questions" }

    /// All lines with their section names, section by section.
    public var sections: [(name: String, lines: [SummaryLine])] {
        [("issue", issue), ("tried", tried), ("status", status), ("open_questions", openQuestions)]
    }
}

/// Section sizes of ``SupportSummary``.
public struct SupportLayoutOptions: Sendable, Hashable, Codable {
    /// The default is 2.
    public var issue: Int = 2
    /// The default is 3.
    public var tried: Int = 3
    /// The default is 2.
    public var status: Int = 2
    /// The default is 3.
    public var openQuestions: Int = 3

    public init() {}
}

extension Summarizer {
    /// Builds the support layout of a thread.
    ///
    /// - Complexity: as ``summarize(_:)`` for the scores, then O(*n* log *n*) for the sections.
    public func supportSummary(_ messages: [SummaryMessage], layout: SupportLayoutOptions = .init()) -> SupportSummary {
        let units = self.units(of: messages)
        let scored = UnitScorer.score(units, options: options, memo: memo)
        var picker = SectionPicker(units: units, scored: scored)
        let cues = picker.cueTexts()
        let unitAt: (Int) -> SummaryUnit = { units[scored.candidates[$0]] }
        let n = scored.candidates.count

        // Issue: the first customer message with an eligible unit.
        var issue: [Int] = []
        if let first = (0..<n).first(where: { unitAt($0).role == .customer && scored.eligible[$0] }) {
            let m = unitAt(first).messageIndex
            issue = picker.take(layout.issue) { i in
                unitAt(i).messageIndex == m ? 1 + 0.5 * Double(min(2, Cues.request.count(in: cues[i]))) : nil
            }
        }
        // Status: best of the latest message with content, then a recent state cue.
        var status: [Int] = []
        if let last = (0..<n).last(where: { scored.eligible[$0] && !picker.used[$0] }) {
            let m = unitAt(last).messageIndex
            status += picker.take(1) { i in unitAt(i).messageIndex == m ? 1 + (Cues.state.matches(cues[i]) ? 1 : 0) : nil }
            // The last three messages with a candidate (candidates are in thread order).
            var lastMessages: [Int] = []
            for i in stride(from: n - 1, through: 0, by: -1) where lastMessages.count < 3 {
                let mi = unitAt(i).messageIndex
                if lastMessages.last != mi { lastMessages.append(mi) }
            }
            status += picker.take(max(0, layout.status - status.count)) { i in
                lastMessages.contains(unitAt(i).messageIndex) && Cues.state.matches(cues[i]) ? 1 : nil
            }
        }
        // Tried: attempt cues anywhere.
        let tried = picker.take(layout.tried) { i in
            let c = Cues.attempt.count(in: cues[i])
            return c > 0 ? Double(c) : nil
        }
        // Open questions: no later message from the other side.
        let sides = (0..<n).map { unitAt($0).role == .customer }
        var lastMessageOfSide: [Bool: Int] = [:]
        for u in units where u.isSelectable {
            lastMessageOfSide[u.role == .customer] = max(lastMessageOfSide[u.role == .customer] ?? -1, u.messageIndex)
        }
        let open = picker.take(layout.openQuestions, preferLater: true) { i in
            let u = unitAt(i)
            guard SectionPicker.hasQuestionMark(u) else { return nil }
            let other = lastMessageOfSide[!sides[i]] ?? -1
            return other > u.messageIndex ? nil : 1
        }
        return SupportSummary(issue: picker.lines(issue), tried: picker.lines(tried), status: picker.lines(status),
                              openQuestions: picker.lines(open))
    }
}

/// Picks units for layout sections: each unit once, ranked by cue strength × score, ties to the earlier unit.
package struct SectionPicker {
    package let units: [SummaryUnit]
    package let scored: ScoredUnits
    package var used: [Bool]

    package init(units: [SummaryUnit], scored: ScoredUnits) {
        self.units = units
        self.scored = scored
        used = [Bool](repeating: false, count: scored.candidates.count)
    }

    package func unit(_ i: Int) -> SummaryUnit { units[scored.candidates[i]] }

    /// The cue view of each eligible candidate's body (empty for the others), built once per layout and
    /// shared by every cue list.
    package func cueTexts() -> [CueText] {
        let empty = CueText("")
        return scored.candidates.indices.map { i in
            guard scored.eligible[i] else { return empty }
            let u = unit(i)
            var text = u.text
            return text.withUTF8 { CueText(utf8: UnsafeBufferPointer(rebasing: $0[min(u.labelLength, $0.count)...])) }
        }
    }

    /// Whether the unit's body contains the character `?` (a `?` byte between ASCII bytes is one; next to
    /// a non-ASCII byte, a combining mark may join it, so `String` decides).
    package static func hasQuestionMark(_ u: SummaryUnit) -> Bool {
        var text = u.text
        let answer: Bool? = text.withUTF8 { all in
            let b = UnsafeBufferPointer(rebasing: all[min(u.labelLength, all.count)...])
            var found = false
            for i in b.indices where b[i] == UInt8(ascii: "?") {
                if (i + 1 == b.count || b[i + 1] < 0x80) && (i == 0 || b[i - 1] < 0x80) { return true }
                found = true
            }
            return found ? nil : false
        }
        return answer ?? u.body.contains("?")
    }

    /// Takes up to `count` unused eligible candidates for which `weight` is non-nil, best first;
    /// returns them ascending.
    package mutating func take(_ count: Int, preferLater: Bool = false, weight: (Int) -> Double?) -> [Int] {
        guard count > 0 else { return [] }
        var ranked: [(i: Int, value: Double)] = []
        for i in scored.candidates.indices where !used[i] && scored.eligible[i] {
            if let w = weight(i) { ranked.append((i, preferLater ? Double(i) : w * (0.05 + scored.scores[i]))) }
        }
        ranked.sort { $0.value != $1.value ? $0.value > $1.value : $0.i < $1.i }
        let chosen = ranked.prefix(count).map(\.i).sorted()
        for i in chosen { used[i] = true }
        return chosen
    }

    package func lines(_ picks: [Int]) -> [SummaryLine] {
        picks.sorted().map { SummaryLine(unit: unit($0), score: scored.scores[$0], components: scored.components[$0]) }
    }
}
