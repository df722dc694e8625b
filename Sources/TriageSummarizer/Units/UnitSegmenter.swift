import Foundation
import TriageText

/// How messages are cut into units.
public enum UnitGranularity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Short messages (at most ``SummarizerOptions/shortTurnWords`` words of content) are one unit per
    /// paragraph; longer ones are split into sentences.
    case automatic
    /// Always sentences (list items stay whole).
    case sentences
    /// One unit per paragraph of content, never split: a chat turn is one unit.
    case turns
}

/// Cuts a thread into ``SummaryUnit``s, labelling quoted history, signatures, boilerplate, greetings
/// and sign-offs (see ``LineClassifier``) so that they are kept but never selected.
///
/// - Complexity: O(*n*) in the total text length.
public struct UnitSegmenter: Sendable, Hashable {
    /// The cutting rule. The default is ``UnitGranularity/automatic``.
    public var granularity: UnitGranularity
    /// Messages with at most this many words of content are not split into sentences under
    /// ``UnitGranularity/automatic``. The default is 30.
    public var shortTurnWords: Int

    /// Creates a segmenter.
    public init(granularity: UnitGranularity = .automatic, shortTurnWords: Int = 30) {
        self.granularity = granularity
        self.shortTurnWords = shortTurnWords
    }

    /// The units of `messages`, in thread order, indexed from 0.
    public func units(of messages: [SummaryMessage]) -> [SummaryUnit] {
        var units: [SummaryUnit] = []
        units.reserveCapacity(max(8, 4 * messages.count))
        for (m, message) in messages.enumerated() {
            let plan = MessagePlan(message, at: m)
            let split = plan.splits(granularity, shortTurnWords: shortTurnWords)
            plan.append(to: &units) { split ? plan.sentenceSpans(plan.pieces[$0]) : nil }
            appendFields(of: message, at: m, to: &units)
        }
        return units
    }

    /// The units of `messages` under this segmenter and under ``UnitGranularity/sentences``, cutting each
    /// message into lines and pieces once; `same` is true when the two lists are equal (then `sentences`
    /// is `units`, sharing its strings).
    ///
    /// - Complexity: O(*n*) in the total text length, as ``units(of:)``.
    package func unitsWithSentences(of messages: [SummaryMessage])
        -> (units: [SummaryUnit], sentences: [SummaryUnit], same: Bool)
    {
        // Most threads have a few units per message: reserve once instead of regrowing from one.
        var units: [SummaryUnit] = []
        units.reserveCapacity(max(8, 4 * messages.count))
        var sentences: [SummaryUnit] = []
        var same = true
        for (m, message) in messages.enumerated() {
            let plan = MessagePlan(message, at: m)
            let start = units.count
            // The sentence cut of each piece where it differs from this segmenter's, else nil.
            var cuts: [[Range<Int>]?]?
            if plan.splits(granularity, shortTurnWords: shortTurnWords) {
                plan.append(to: &units) { plan.sentenceSpans(plan.pieces[$0]) }
            } else {
                plan.append(to: &units) { _ in nil }
                var differs = false
                let spans: [[Range<Int>]?] = plan.pieces.map { p in
                    guard !p.isDirect && !p.list else { return nil }
                    let spans = plan.sentenceSpans(p)
                    if spans.count != 1 || spans[0] != p.body { differs = true }
                    return spans
                }
                if differs { cuts = spans }
            }
            let fieldStart = units.count
            appendFields(of: message, at: m, to: &units)
            if let cuts {
                if same {
                    sentences.reserveCapacity(units.count + 8)
                    sentences.append(contentsOf: units[..<start])
                    same = false
                }
                plan.append(to: &sentences) { cuts[$0] }
                UnitSegmenter.appendReindexed(units[fieldStart...], to: &sentences)
            } else if !same {
                UnitSegmenter.appendReindexed(units[start...], to: &sentences)
            }
        }
        return (units, same ? units : sentences, same)
    }

    private static func appendReindexed(_ slice: ArraySlice<SummaryUnit>, to units: inout [SummaryUnit]) {
        for var u in slice {
            u.index = units.count
            units.append(u)
        }
    }

    /// The units of the quoted-text and signature fields of a message.
    private func appendFields(of message: SummaryMessage, at m: Int, to units: inout [SummaryUnit]) {
        if let field = message.signatureText { appendLines(of: field, message, m, .signatureText, .signature, &units) }
        if let field = message.quotedText { appendLines(of: field, message, m, .quotedText, .quoted, &units) }
    }

    /// One unit per non-blank line of a quoted-text or signature field.
    private func appendLines(of field: String, _ message: SummaryMessage, _ m: Int, _ source: UnitSource,
                             _ kind: UnitKind, _ units: inout [SummaryUnit]) {
        guard !UnitSegmenter.isBlank(field) else { return }
        let bytes = Array(field.utf8)
        for line in MessageLine.split(bytes) where !line.isBlank {
            units.append(SummaryUnit(index: units.count, messageIndex: m, messageID: message.id, role: message.role,
                                     speaker: message.speaker, text: line.text(in: bytes), utf8Range: line.utf8Range,
                                     source: source, kind: kind))
        }
    }

    /// Whether `text` is empty or only white space (Unicode white space and newlines, as Foundation's
    /// `.whitespacesAndNewlines`); any other ASCII byte answers at once.
    private static func isBlank(_ text: String) -> Bool {
        for b in text.utf8 where b < 0x80 && !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { return false }
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
