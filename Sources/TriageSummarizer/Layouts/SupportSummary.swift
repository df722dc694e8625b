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
        Summarizer.supportLayout(ScoredThread(units: units(of: messages), options: options, memo: memo), layout: layout)
    }

    /// The support layout of a scored thread (cut under the summarizer's own granularity).
    static func supportLayout(_ thread: ScoredThread, layout: SupportLayoutOptions) -> SupportSummary {
        let units = thread.units
        let cues = thread.cues
        var picker = SectionPicker(thread)
        let candidates = thread.scored.candidates
        let eligible = thread.scored.eligible
        // Read fields in place (no copy of the unit and its strings per look-up).
        let messageOf: (Int) -> Int = { units[candidates[$0]].messageIndex }
        let roleOf: (Int) -> SpeakerRole = { units[candidates[$0]].role }
        let n = candidates.count

        // Issue: the first customer message with an eligible unit.
        var issue: [Int] = []
        if let first = (0..<n).first(where: { roleOf($0) == .customer && eligible[$0] }) {
            let m = messageOf(first)
            issue = picker.take(layout.issue) { i in
                messageOf(i) == m ? 1 + 0.5 * Double(min(2, Int(cues[i].request))) : nil
            }
        }
        // Status: best of the latest message with content, then a recent state cue.
        var status: [Int] = []
        if let last = (0..<n).last(where: { eligible[$0] && !picker.used[$0] }) {
            let m = messageOf(last)
            status += picker.take(1) { i in messageOf(i) == m ? 1 + (cues[i].state > 0 ? 1 : 0) : nil }
            // The last three messages with a candidate (candidates are in thread order).
            var lastMessages: [Int] = []
            for i in stride(from: n - 1, through: 0, by: -1) where lastMessages.count < 3 {
                let mi = messageOf(i)
                if lastMessages.last != mi { lastMessages.append(mi) }
            }
            status += picker.take(max(0, layout.status - status.count)) { i in
                lastMessages.contains(messageOf(i)) && cues[i].state > 0 ? 1 : nil
            }
        }
        // Tried: attempt cues anywhere.
        let tried = picker.take(layout.tried) { i in
            let c = Int(cues[i].attempt)
            return c > 0 ? Double(c) : nil
        }
        // Open questions: no later message from the other side.
        // The last message with a selectable unit, per side (customer, other).
        var lastCustomer = -1
        var lastOther = -1
        for c in candidates {  // the selectable units
            let m = units[c].messageIndex
            if units[c].role == .customer { lastCustomer = max(lastCustomer, m) } else { lastOther = max(lastOther, m) }
        }
        let open = picker.take(layout.openQuestions, preferLater: true) { i in
            let c = candidates[i]
            guard SectionPicker.hasQuestionMark(units[c]) else { return nil }
            let other = units[c].role == .customer ? lastOther : lastCustomer
            return other > units[c].messageIndex ? nil : 1
        }
        return SupportSummary(issue: picker.lines(issue), tried: picker.lines(tried), status: picker.lines(status),
                              openQuestions: picker.lines(open))
    }
}
