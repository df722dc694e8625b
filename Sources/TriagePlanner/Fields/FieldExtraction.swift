import Foundation
import TriageTickets

/// One text the extractors read: a message (by its index in the ticket) or the subject (index -1).
public struct FieldSourceText: Sendable, Hashable {
    /// The message index; -1 for the subject line.
    public var index: Int
    /// The text.
    public var text: String

    public init(index: Int, text: String) {
        self.index = index
        self.text = text
    }
}

/// Finds required fields in a ticket: web-form fields first, then the customer's messages, latest first.
///
/// Payment cards are found before anything else and their digits are hidden from the other extractors, so a
/// card number is never read as a phone number or an order id.
///
/// ```swift
/// let extraction = FieldExtraction(timeZone: policy.businessHours.timeZone)
/// let fields = extraction.extract(requirements: intent.requiredFields, ticket: ticket)
/// // fields.found: valid values with spans; fields.missing: absent or invalid, with the question to ask
/// ```
public struct FieldExtraction: Sendable {
    /// Options of field extraction.
    public struct Options: Sendable, Hashable, Codable {
        /// Also report valid fields of the common types that no requirement asked for (for the handoff
        /// context). The default is true.
        public var includeUnrequested: Bool = true
        /// Read the subject line as well as the messages. The default is true.
        public var readSubject: Bool = true
        public init(includeUnrequested: Bool = true, readSubject: Bool = true) {
            self.includeUnrequested = includeUnrequested
            self.readSubject = readSubject
        }
    }

    /// The zone relative dates are meant in.
    public var timeZone: TimeZone
    /// Options.
    public var options: Options

    public init(timeZone: TimeZone, options: Options = Options()) {
        self.timeZone = timeZone
        self.options = options
    }

    /// The extractor for a requirement's type (identifier types use its pattern).
    public static func extractor(for type: FieldType, pattern: FieldPattern? = nil) -> any FieldExtractor {
        switch type {
        case .email: EmailExtractor()
        case .phone: PhoneExtractor()
        case .orderID, .invoiceID, .accountID: IdentifierExtractor(type: type, pattern: pattern)
        case .money: MoneyExtractor()
        case .date: DateExtractor()
        case .url: URLExtractor()
        case .version: VersionExtractor()
        case .errorCode: ErrorCodeExtractor()
        case .iban: IBANExtractor()
        case .card: CardExtractor()
        case .text: LabelledTextExtractor(labels: [])
        }
    }

    static let unrequestedTypes: [FieldType] = [.email, .phone, .url, .version, .errorCode, .money, .iban, .card]

    /// Extracts the fields a ticket's intent requires.
    ///
    /// - Parameters:
    ///   - requirements: The intent's required fields.
    ///   - ticket: The ticket; customer messages and the subject are read, form `fields` win over text.
    /// - Returns: Found fields (valid, requirement order, then unrequested ones by position) and missing ones.
    /// - Complexity: O(*n* · *r*) for *n* bytes of customer text and *r* requirements.
    public func extract(requirements: [FieldRequirement], ticket: Ticket) -> Decision.Fields {
        var texts: [FieldSourceText] = []
        if options.readSubject, let subject = ticket.subject, !subject.isEmpty { texts.append(.init(index: -1, text: subject)) }
        for (index, message) in ticket.messages.enumerated() where message.author == .customer {
            texts.append(.init(index: index, text: message.text))
        }
        let reference = ticket.createdAt.flatMap(ISOTimestamp.date(from:))
            ?? ticket.messages.last?.at.flatMap(ISOTimestamp.date(from:)) ?? Date(timeIntervalSince1970: 0)
        return extract(requirements: requirements, texts: texts, formFields: ticket.fields, reference: reference)
    }

    /// Extracts fields from texts and form values.
    ///
    /// - Parameters:
    ///   - requirements: The fields needed.
    ///   - texts: Customer texts, oldest first (they are searched latest first).
    ///   - formFields: Values from a web form, by field name; they win over text when valid.
    ///   - reference: The ticket's time, for relative dates.
    public func extract(requirements: [FieldRequirement], texts: [FieldSourceText], formFields: [String: String] = [:],
                        reference: Date) -> Decision.Fields {
        let context = FieldContext(reference: reference, timeZone: timeZone)
        let prepared = texts.map { PreparedText(source: $0) }
        var found: [ExtractedField] = []
        var missing: [MissingField] = []
        var used: [Int: [Range<Int>]] = [:]

        for requirement in requirements {
            let extractor = Self.extractor(for: requirement.type, pattern: requirement.pattern)
            var firstInvalid: (candidate: FieldCandidate, origin: FieldOrigin, span: SourceSpan?)?

            if let raw = formFields[requirement.name]?.trimmedWhitespace, !raw.isEmpty {
                let candidate = checked(extractor.validate(raw, context: context), requirement)
                if candidate.valid {
                    found.append(field(requirement, candidate, origin: .form, span: nil))
                    continue
                }
                firstInvalid = (candidate, .form, nil)
            }
            var chosen: (FieldCandidate, SourceSpan)?
            search: for text in prepared.reversed() {
                let labelledExtractor = requirement.type == .text ? LabelledTextExtractor(labels: [requirement.name]) : nil
                let all = (labelledExtractor?.candidates(in: text.masked, context: context)
                    ?? (requirement.type == .card ? text.cards
                        : text.mayHold(requirement.type) ? extractor.candidates(in: text.masked, context: context) : []))
                    .map { checked($0, requirement) }
                let ordered = all.filter { $0.valid && $0.labelled } + all.filter { $0.valid && !$0.labelled }
                if let best = ordered.first {
                    chosen = (best, SourceSpan(message: text.source.index, start: best.utf8Range.lowerBound, end: best.utf8Range.upperBound))
                    break search
                }
                if firstInvalid == nil, let bad = all.first(where: { !$0.valid }) {
                    firstInvalid = (bad, .text, SourceSpan(message: text.source.index, start: bad.utf8Range.lowerBound,
                                                           end: bad.utf8Range.upperBound))
                }
            }
            if let (candidate, span) = chosen {
                found.append(field(requirement, candidate, origin: .text, span: span))
                used[span.message, default: []].append(span.utf8Range)
            } else if let invalid = firstInvalid {
                missing.append(MissingField(name: requirement.name, type: requirement.type, reason: .invalid,
                                            detail: Self.explain(invalid.candidate, requirement), question: requirement.question))
            } else {
                missing.append(MissingField(name: requirement.name, type: requirement.type, reason: .absent,
                                            question: requirement.question))
            }
        }

        if options.includeUnrequested {
            let requestedTypes = Set(found.map(\.type))
            var extra: [(Int, Int, ExtractedField)] = []
            for text in prepared {
                for type in Self.unrequestedTypes where !requestedTypes.contains(type) && text.mayHold(type) {
                    let candidates = type == .card ? text.cards : Self.extractor(for: type).candidates(in: text.masked, context: context)
                    for candidate in candidates where candidate.valid {
                        let overlaps = used[text.source.index, default: []].contains { $0.overlaps(candidate.utf8Range) }
                        guard !overlaps else { continue }
                        let span = SourceSpan(message: text.source.index, start: candidate.utf8Range.lowerBound,
                                              end: candidate.utf8Range.upperBound)
                        extra.append((text.source.index, candidate.utf8Range.lowerBound,
                                      ExtractedField(name: type.rawValue, type: type, value: candidate.value, origin: .text,
                                                     span: span, redact: candidate.redact)))
                        used[text.source.index, default: []].append(candidate.utf8Range)
                    }
                }
            }
            extra.sort { ($0.0, $0.1, $0.2.type.rawValue) < ($1.0, $1.1, $1.2.type.rawValue) }
            found += extra.map(\.2)
        }
        return Decision.Fields(found: found, missing: missing)
    }

    /// Applies the requirement's pattern to non-identifier types (identifiers check it themselves).
    private func checked(_ candidate: FieldCandidate, _ requirement: FieldRequirement) -> FieldCandidate {
        guard candidate.valid, let pattern = requirement.pattern,
              ![.orderID, .invoiceID, .accountID].contains(requirement.type), !pattern.matches(candidate.value) else { return candidate }
        var copy = candidate
        copy.valid = false
        copy.problem = "doesn't match the format we expect"
        return copy
    }

    private func field(_ requirement: FieldRequirement, _ candidate: FieldCandidate, origin: FieldOrigin, span: SourceSpan?) -> ExtractedField {
        ExtractedField(name: requirement.name, type: requirement.type, value: candidate.value, origin: origin, span: span,
                       valid: true, redact: candidate.redact)
    }

    /// "The invoice number INV-12 doesn't look complete or correct."
    static func explain(_ candidate: FieldCandidate, _ requirement: FieldRequirement) -> String {
        let noun = requirement.type == .text ? requirement.name.replacingOccurrences(of: "_", with: " ") : requirement.type.spokenName
        let shown = candidate.redact ? "ending \(candidate.value)" : candidate.value
        let problem = candidate.problem ?? "doesn't look right"
        return "The \(noun) \(shown) \(problem)."
    }
}

/// A text with its payment cards found and their digits hidden from the other extractors.
struct PreparedText {
    let source: FieldSourceText
    let cards: [FieldCandidate]
    let masked: TextBytes
    let hasDigit: Bool
    let hasAt: Bool
    let hasUnderscore: Bool
    let hasWebMarker: Bool

    /// Card checks read no date or zone.
    private static let cardContext = FieldContext(reference: Date(timeIntervalSince1970: 0),
                                                  timeZone: TimeZone(secondsFromGMT: 0) ?? .current)

    init(source: FieldSourceText) {
        self.source = source
        let plain = TextBytes(source.text)
        // A card number has 13 to 19 digits: a text with fewer digits has no card candidate.
        cards = Redactor.mayHoldCard(source.text) ? CardExtractor().candidates(in: plain, context: Self.cardContext) : []
        let luhnValid = cards.filter(\.valid)
        if luhnValid.isEmpty {
            masked = plain
        } else {
            var bytes = plain.bytes
            for card in luhnValid { for i in card.utf8Range where TextBytes.isDigit(bytes[i]) { bytes[i] = 0x58 } }
            masked = TextBytes(String(decoding: bytes, as: UTF8.self))
        }
        var digit = false, at = false, underscore = false, web = false
        masked.bytes.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            for i in 0..<n {
                let b = bytes[i]
                if TextBytes.isDigit(b) { digit = true } else if b == 0x40 { at = true } else if b == 0x5F { underscore = true }
                // "://" (after http or https) or "www." in any case: where every web address starts.
                else if !web, b == 0x3A, i + 2 < n, bytes[i + 1] == 0x2F, bytes[i + 2] == 0x2F { web = true }
                else if !web, b | 0x20 == 0x77, i + 3 < n, bytes[i + 1] | 0x20 == 0x77, bytes[i + 2] | 0x20 == 0x77,
                        bytes[i + 3] == 0x2E { web = true }
            }
        }
        hasDigit = digit
        hasAt = at
        hasUnderscore = underscore
        hasWebMarker = web
    }

    /// Whether the masked text has a byte that every candidate of `type` needs: phone numbers, amounts, IBANs
    /// and versions hold a digit, error codes a digit or an underscore, e-mail addresses an `@`, web addresses
    /// `://` or `www.`. When not, the extractor would find nothing and is not run (most customer texts have no
    /// digit at all).
    func mayHold(_ type: FieldType) -> Bool {
        switch type {
        case .phone, .money, .iban, .version: hasDigit
        case .errorCode: hasDigit || hasUnderscore
        case .email: hasAt
        case .url: hasWebMarker
        default: true
        }
    }
}
