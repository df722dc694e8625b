import Foundation
import TriageText

/// Why a drafted reply was rejected in favour of the extractive one.
public enum DraftRejection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The model said it cannot answer from the passages.
    case abstained
    /// The draft cites no provided passage.
    case noCitation
    /// The draft cites ids that were not provided.
    case unknownCitation([String])
    /// The draft contains URLs, e-mails, phone numbers or amounts found in neither the passages nor the ticket.
    case inventedFacts([String])
    /// The draft is empty, too short or too long.
    case badLength(Int)
    /// The draft does not read as the expected language.
    case wrongLanguage
    /// The draft mentions a placeholder that the ticket did not contain.
    case unknownPlaceholder([String])
    /// The server failed (transport, status, malformed reply); the text says how.
    case serverFailure(String)

    public var description: String {
        switch self {
        case .abstained: return "model abstained"
        case .noCitation: return "draft cites no provided passage"
        case let .unknownCitation(ids): return "draft cites passages that were not provided: \(ids.joined(separator: ", "))"
        case let .inventedFacts(f): return "draft introduces facts not in the passages or ticket: \(f.joined(separator: ", "))"
        case let .badLength(n): return "draft length \(n) characters is out of bounds"
        case .wrongLanguage: return "draft is not in the expected language"
        case let .unknownPlaceholder(p): return "draft uses unknown placeholders: \(p.joined(separator: ", "))"
        case let .serverFailure(s): return "LLM server failure: \(s)"
        }
    }
}

/// Checks a drafted reply against what the model was given.
public struct DraftVerifier: Sendable {
    /// Shortest acceptable reply, in characters. The default is 20.
    public var minLength = 20
    /// Longest acceptable reply, in characters. The default is 2,000.
    public var maxLength = 2000

    public init() {}

    /// The citation ids (`[kb-…]`) in `draft`, in order of appearance, without duplicates.
    public static func citations(in draft: String) -> [String] {
        var out: [String] = []
        let ns = NSRange(draft.startIndex..., in: draft)
        for m in citationPattern.matches(in: draft, range: ns) {
            if let r = Range(m.range(at: 1), in: draft) {
                let id = String(draft[r])
                if !out.contains(id) { out.append(id) }
            }
        }
        return out
    }

    /// Verifies `draft`; returns `nil` when it passes, else the first reason it fails.
    ///
    /// - Parameters:
    ///   - passages: the ids and texts that were sent.
    ///   - ticket: the redacted ticket text that was sent.
    public func check(_ draft: String, passages: [(id: String, text: String)], ticket: String) -> DraftRejection? {
        let trimmed = draft.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.uppercased().hasPrefix("ABSTAIN") { return .abstained }
        guard (minLength...maxLength).contains(trimmed.count) else { return .badLength(trimmed.count) }
        let cited = Self.citations(in: trimmed)
        let provided = Set(passages.map(\.id))
        let unknown = cited.filter { !provided.contains($0) }
        if !unknown.isEmpty { return .unknownCitation(unknown) }
        if cited.isEmpty { return .noCitation }

        let sources = (passages.map(\.text) + [ticket]).joined(separator: "\n")
        let sourceFacts = Self.facts(in: sources)
        let invented = Self.facts(in: trimmed).filter { !sourceFacts.contains($0) }
        if !invented.isEmpty { return .inventedFacts(invented.sorted()) }

        let placeholders = Set(Self.placeholders(in: trimmed))
        let known = Set(Self.placeholders(in: ticket))
        let strange = placeholders.subtracting(known)
        if !strange.isEmpty { return .unknownPlaceholder(strange.sorted()) }

        if !Self.readsAsEnglish(trimmed) { return .wrongLanguage }
        return nil
    }

    /// URLs, e-mails, amounts and phone-like digit runs, normalised for comparison.
    static func facts(in text: String) -> Set<String> {
        var out = Set<String>()
        for t in Tokenizer().tokenize(text) {
            switch t.kind {
            case .url, .email: out.insert(t.text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/.")))
            case .money: out.insert("money:" + t.text.filter { $0.isNumber || $0 == "." })
            default: break
            }
        }
        let ns = NSRange(text.startIndex..., in: text)
        for m in phonePattern.matches(in: text, range: ns) {
            guard let r = Range(m.range, in: text) else { continue }
            let digits = text[r].filter(\.isNumber)
            if digits.count >= 7 { out.insert("phone:" + digits) }
        }
        return out
    }

    static func placeholders(in text: String) -> [String] {
        let ns = NSRange(text.startIndex..., in: text)
        return placeholderPattern.matches(in: text, range: ns).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    /// A cheap language check: enough common English function words among the words.
    static func readsAsEnglish(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" }
        guard words.count >= 6 else { return true }
        let common: Set<Substring> = ["the", "a", "an", "to", "you", "your", "and", "of", "is", "in", "for", "it", "we", "can",
                                       "on", "with", "this", "that", "be", "please", "if", "our", "will", "have", "thanks"]
        let hits = words.filter { common.contains($0) }.count
        return Double(hits) / Double(words.count) >= 0.08
    }

    private static let citationPattern = pattern("\\[(kb-[A-Za-z0-9_.-]+)\\]")
    private static let phonePattern = pattern("\\+?\\(?\\d[\\d ().-]{6,}\\d")
    private static let placeholderPattern = pattern("\\[(?:EMAIL|PHONE|CARD|IBAN|ADDRESS|NAME)_\\d+\\]")

    private static func pattern(_ p: String) -> NSRegularExpression {
        guard let re = try? NSRegularExpression(pattern: p) else { preconditionFailure("bad pattern \(p)") }
        return re
    }
}
