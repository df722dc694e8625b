import TriageText

/// The granularity-independent part of cutting one message into units: its lines labelled, grouped into
/// pieces (runs of content lines, list items, excluded lines) with their trimmed bodies. Only the last
/// step, whether a content piece is split into sentences, depends on ``UnitGranularity``, so one plan
/// can emit the units of two granularities (see ``UnitSegmenter/unitsWithSentences(of:)``).
///
/// - Complexity: O(*n*) in the message length.
struct MessagePlan {
    struct Piece {
        /// The piece's lines, as one byte range of the message.
        var range: Range<Int>
        var kind: UnitKind
        var list: Bool
        /// The trimmed body (after the speaker label when the piece carries it).
        var body: Range<Int>
        /// Whether the piece starts the message and the message has a speaker label.
        var hasLabel: Bool
        /// Whether the piece is emitted as one unit whatever the granularity (not content, or no body).
        var isDirect: Bool { kind != .content || body.isEmpty }
    }

    let message: SummaryMessage
    let messageIndex: Int
    let bytes: [UInt8]
    let label: Int
    /// The pieces that yield units, in order.
    private(set) var pieces: [Piece] = []
    /// Whitespace-separated words of the content pieces (the automatic granularity's measure).
    private(set) var contentWords = 0

    init(_ message: SummaryMessage, at m: Int) {
        self.message = message
        messageIndex = m
        bytes = Array(message.text.utf8)
        label = MessagePlan.labelLength(message, bytes)
        let lines = MessageLine.split(bytes)
        let kinds = LineClassifier.classify(lines, in: bytes, firstLineSkip: label)
        // Each run of lines becomes a piece as soon as it is closed (no intermediate list of runs).
        let bytes = self.bytes
        let label = self.label
        var pieces: [Piece] = []
        pieces.reserveCapacity(lines.count)
        var contentWords = 0
        func emit(_ range: Range<Int>, _ kind: UnitKind, _ list: Bool) {
            if kind == .content { contentWords += MessagePlan.wordCount(bytes[range]) }
            let hasLabel = range.lowerBound == 0 && label > 0
            let body = MessagePlan.trimmed(bytes, range, skip: hasLabel ? label : 0)
            if body.isEmpty && !hasLabel { return }
            pieces.append(Piece(range: range, kind: kind, list: list, body: body, hasLabel: hasLabel))
        }
        var current: Range<Int>?
        for (i, line) in lines.enumerated() {
            let list = !line.isBlank && kinds[i] == .content && MessagePlan.isListItem(line.lower.bytes)
            if line.isBlank || kinds[i] != .content || list, let c = current {
                emit(c, .content, false)
                current = nil
            }
            if line.isBlank { continue }
            if kinds[i] != .content {
                emit(line.utf8Range, kinds[i], false)
            } else if list {
                emit(line.utf8Range, .content, true)
            } else if let c = current {
                current = c.lowerBound..<line.utf8Range.upperBound
            } else {
                current = line.utf8Range
            }
        }
        if let c = current { emit(c, .content, false) }
        self.pieces = pieces
        self.contentWords = contentWords
    }

    /// Whether content pieces are split into sentences under `granularity`.
    func splits(_ granularity: UnitGranularity, shortTurnWords: Int) -> Bool {
        switch granularity {
        case .sentences: return true
        case .turns: return false
        case .automatic: return contentWords > shortTurnWords
        }
    }

    /// The spans a content piece is cut into when split: its trimmed, non-empty sentences, or its body
    /// when there are none.
    func sentenceSpans(_ piece: Piece) -> [Range<Int>] {
        let body = piece.body
        let found: [Range<Int>] = bytes.withUnsafeBufferPointer { all in
            SentenceSegmenter().sentenceRanges(inUTF8: UnsafeBufferPointer(rebasing: all[body])).compactMap { r in
                let t = MessagePlan.trimmed(bytes, (body.lowerBound + r.lowerBound)..<(body.lowerBound + r.upperBound), skip: 0)
                return t.isEmpty ? nil : t
            }
        }
        return found.isEmpty ? [body] : found
    }

    /// Appends the units of the message, each content piece cut into `spans(pieceIndex)` (nil: kept whole).
    func append(to units: inout [SummaryUnit], spans: (Int) -> [Range<Int>]?) {
        for (k, piece) in pieces.enumerated() {
            if piece.isDirect {
                let range = piece.hasLabel ? 0..<max(label, piece.body.upperBound) : piece.body
                units.append(unit(units.count, String(decoding: bytes[range], as: UTF8.self), range, .text,
                                  piece.kind == .content ? .boilerplate : piece.kind,
                                  label: piece.hasLabel ? min(label, range.count) : 0))
                continue
            }
            guard !piece.list, let cut = spans(k) else {
                appendSpan(piece.body, first: true, only: true, piece, &units)
                continue
            }
            for (j, span) in cut.enumerated() {
                appendSpan(span, first: j == 0, only: cut.count == 1, piece, &units)
            }
        }
    }

    /// Appends the unit of one span of a content piece (`first`: the piece's first span, which carries the
    /// label; `only`: the piece's only span).
    private func appendSpan(_ span: Range<Int>, first: Bool, only: Bool, _ piece: Piece, _ units: inout [SummaryUnit]) {
        let withLabel = piece.hasLabel && first
        let range = withLabel ? 0..<span.upperBound : span
        // A single-line piece kept whole was already judged by the line rules.
        let judged = only && !bytes[piece.range].contains(UInt8(ascii: "\n"))
        let kind = judged ? .content : SocialPhrases.classify(utf8: bytes[span]) ?? .content
        // The whole message (the common chat turn) shares the message's string.
        let text = range == 0..<bytes.count ? message.text : String(decoding: bytes[range], as: UTF8.self)
        units.append(unit(units.count, text, range, .text, kind, list: piece.list, label: withLabel ? span.lowerBound : 0))
    }

    func unit(_ index: Int, _ text: String, _ range: Range<Int>, _ source: UnitSource, _ kind: UnitKind,
              list: Bool = false, label: Int = 0) -> SummaryUnit {
        SummaryUnit(index: index, messageIndex: messageIndex, messageID: message.id, role: message.role,
                    speaker: message.speaker, text: text, utf8Range: range, source: source, kind: kind,
                    isListItem: list, labelLength: label)
    }

    /// Bytes of a leading `#Tag#:` or `Speaker:` label matching ``SummaryMessage/speaker`` (with following spaces).
    static func labelLength(_ message: SummaryMessage, _ bytes: [UInt8]) -> Int {
        guard let speaker = message.speaker, !speaker.isEmpty else { return 0 }
        let tag = speaker.utf8
        guard bytes.count > tag.count, bytes[0..<tag.count].elementsEqual(tag), bytes[tag.count] == UInt8(ascii: ":")
        else { return 0 }
        var n = tag.count + 1
        while n < bytes.count && (bytes[n] == UInt8(ascii: " ") || bytes[n] == UInt8(ascii: "\t")) { n += 1 }
        return n
    }

    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>, skip: Int) -> Range<Int> {
        var lo = min(range.upperBound, range.lowerBound + skip)
        var hi = range.upperBound
        while lo < hi && ByteText.isSpace(bytes[lo]) { lo += 1 }
        while hi > lo && ByteText.isSpace(bytes[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    static func wordCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var inWord = false
        for b in bytes {
            let space = ByteText.isSpace(b)
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    static func isListItem(_ t: ArraySlice<UInt8>) -> Bool {
        let prefix = t.prefix(6)
        let s = prefix.startIndex
        let count = prefix.count
        // `b(k)`: the k-th byte of the prefix.
        func b(_ k: Int) -> UInt8 { prefix[s + k] }
        guard count > 0 else { return false }
        let first = b(0)
        if (first == UInt8(ascii: "-") || first == UInt8(ascii: "*")) && count > 1 && b(1) == UInt8(ascii: " ") {
            return true
        }
        if count > 3 && b(0) == 0xE2 && b(1) == 0x80 && b(2) == 0xA2 { return true }  // "•"
        var i = 0
        while i < count && b(i) >= 0x30 && b(i) <= 0x39 { i += 1 }
        return i > 0 && i < 3 && i + 1 < count && (b(i) == UInt8(ascii: ".") || b(i) == UInt8(ascii: ")"))
            && b(i + 1) == UInt8(ascii: " ")
    }
}
