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
        for (m, message) in messages.enumerated() {
            appendUnits(of: message, at: m, to: &units)
            if let field = message.signatureText { appendLines(of: field, message, m, .signatureText, .signature, &units) }
            if let field = message.quotedText { appendLines(of: field, message, m, .quotedText, .quoted, &units) }
        }
        return units
    }

    /// One unit per non-blank line of a quoted-text or signature field.
    private func appendLines(of field: String, _ message: SummaryMessage, _ m: Int, _ source: UnitSource,
                             _ kind: UnitKind, _ units: inout [SummaryUnit]) {
        guard !UnitSegmenter.isBlank(field) else { return }
        let bytes = Array(field.utf8)
        for line in MessageLine.split(bytes) where !line.isBlank {
            units.append(unit(message, m, units.count, line.text(in: bytes), line.utf8Range, source, kind))
        }
    }

    /// Whether `text` is empty or only white space (Unicode white space and newlines, as Foundation's
    /// `.whitespacesAndNewlines`); any other ASCII byte answers at once.
    private static func isBlank(_ text: String) -> Bool {
        for b in text.utf8 where b < 0x80 && !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { return false }
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    private func unit(_ message: SummaryMessage, _ m: Int, _ index: Int, _ text: String, _ range: Range<Int>,
                      _ source: UnitSource, _ kind: UnitKind, list: Bool = false, label: Int = 0) -> SummaryUnit {
        SummaryUnit(index: index, messageIndex: m, messageID: message.id, role: message.role,
                    speaker: message.speaker, text: text, utf8Range: range, source: source, kind: kind,
                    isListItem: list, labelLength: label)
    }

    /// Bytes of a leading `#Tag#:` or `Speaker:` label matching ``SummaryMessage/speaker`` (with following spaces).
    private func labelLength(_ message: SummaryMessage, _ bytes: [UInt8]) -> Int {
        guard let speaker = message.speaker, !speaker.isEmpty else { return 0 }
        let tag = speaker.utf8
        guard bytes.count > tag.count, bytes[0..<tag.count].elementsEqual(tag), bytes[tag.count] == UInt8(ascii: ":")
        else { return 0 }
        var n = tag.count + 1
        while n < bytes.count && (bytes[n] == UInt8(ascii: " ") || bytes[n] == UInt8(ascii: "\t")) { n += 1 }
        return n
    }

    private func appendUnits(of message: SummaryMessage, at m: Int, to units: inout [SummaryUnit]) {
        let bytes = Array(message.text.utf8)
        let label = labelLength(message, bytes)
        let lines = MessageLine.split(bytes)
        let kinds = LineClassifier.classify(lines, in: bytes, firstLineSkip: label)
        // Pieces in order: runs of consecutive content lines (list items alone), and excluded lines.
        var pieces: [(range: Range<Int>, kind: UnitKind, list: Bool)] = []
        var current: Range<Int>?
        for (i, line) in lines.enumerated() {
            let list = !line.isBlank && kinds[i] == .content && isListItem(line.lower.bytes)
            if line.isBlank || kinds[i] != .content || list, let c = current {
                pieces.append((c, .content, false))
                current = nil
            }
            if line.isBlank { continue }
            if kinds[i] != .content {
                pieces.append((line.utf8Range, kinds[i], false))
            } else if list {
                pieces.append((line.utf8Range, .content, true))
            } else if let c = current {
                current = c.lowerBound..<line.utf8Range.upperBound
            } else {
                current = line.utf8Range
            }
        }
        if let c = current { pieces.append((c, .content, false)) }
        let split: Bool
        switch granularity {
        case .sentences: split = true
        case .turns: split = false
        case .automatic:
            var words = 0
            for piece in pieces where piece.kind == .content { words += wordCount(bytes[piece.range]) }
            split = words > shortTurnWords
        }
        for piece in pieces {
            let hasLabel = piece.range.lowerBound == 0 && label > 0
            let bodyRange = trimmedRange(bytes, piece.range, skip: hasLabel ? label : 0)
            if bodyRange.isEmpty && !hasLabel { continue }
            if piece.kind != .content || bodyRange.isEmpty {
                let range = hasLabel ? 0..<max(label, bodyRange.upperBound) : bodyRange
                units.append(unit(message, m, units.count, String(decoding: bytes[range], as: UTF8.self), range,
                                  .text, piece.kind == .content ? .boilerplate : piece.kind,
                                  label: hasLabel ? min(label, range.count) : 0))
                continue
            }
            if split && !piece.list {
                let body = String(decoding: bytes[bodyRange], as: UTF8.self)
                let found = SentenceSegmenter().sentences(in: body).map {
                    (bodyRange.lowerBound + $0.utf8Range.lowerBound)..<(bodyRange.lowerBound + $0.utf8Range.upperBound)
                }.map { trimmedRange(bytes, $0, skip: 0) }.filter { !$0.isEmpty }
                if !found.isEmpty {
                    for (k, span) in found.enumerated() {
                        appendSpan(span, first: k == 0, only: found.count == 1, piece, hasLabel, bytes, message, m, &units)
                    }
                    continue
                }
            }
            appendSpan(bodyRange, first: true, only: true, piece, hasLabel, bytes, message, m, &units)
        }
    }

    /// Appends the unit of one span of a content piece (`first`: the piece's first span, which carries the
    /// label; `only`: the piece's only span).
    private func appendSpan(_ span: Range<Int>, first: Bool, only: Bool,
                            _ piece: (range: Range<Int>, kind: UnitKind, list: Bool), _ hasLabel: Bool,
                            _ bytes: [UInt8], _ message: SummaryMessage, _ m: Int, _ units: inout [SummaryUnit]) {
        let withLabel = hasLabel && first
        let range = withLabel ? 0..<span.upperBound : span
        // A single-line piece kept whole was already judged by the line rules.
        let judged = only && !bytes[piece.range].contains(UInt8(ascii: "\n"))
        let kind = judged ? .content : SocialPhrases.classify(utf8: bytes[span]) ?? .content
        // The whole message (the common chat turn) shares the message's string.
        let text = range == 0..<bytes.count ? message.text : String(decoding: bytes[range], as: UTF8.self)
        units.append(unit(message, m, units.count, text, range, .text, kind, list: piece.list,
                          label: withLabel ? span.lowerBound : 0))
    }

    private func trimmedRange(_ bytes: [UInt8], _ range: Range<Int>, skip: Int) -> Range<Int> {
        var lo = min(range.upperBound, range.lowerBound + skip)
        var hi = range.upperBound
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while lo < hi && isSpace(bytes[lo]) { lo += 1 }
        while hi > lo && isSpace(bytes[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    private func wordCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var inWord = false
        for b in bytes {
            let space = b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    private func isListItem(_ t: [UInt8]) -> Bool {
        let b = Array(t.prefix(6))
        guard let first = b.first else { return false }
        if (first == UInt8(ascii: "-") || first == UInt8(ascii: "*")) && b.count > 1 && b[1] == UInt8(ascii: " ") {
            return true
        }
        if b.count > 3 && b[0] == 0xE2 && b[1] == 0x80 && b[2] == 0xA2 { return true }  // "•"
        var i = 0
        while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
        return i > 0 && i < 3 && i + 1 < b.count && (b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")"))
            && b[i + 1] == UInt8(ascii: " ")
    }
}
