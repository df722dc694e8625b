/// E-mail addresses: `local@domain.tld`; the value is lower-cased.
///
/// Valid when the local part is 1–64 characters, the domain has at least two labels, no label starts or ends
/// with `-`, and the top-level label is 2+ letters.
public struct EmailExtractor: FieldExtractor {
    public var type: FieldType { .email }
    public init() {}

    public func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        var i = 0
        while i < text.count {
            guard text[i] == 0x40 else { i += 1; continue }   // '@'
            var start = i
            while start > 0, Self.isLocal(text[start - 1]) { start -= 1 }
            while start < i, text[start] == 0x2E { start += 1 }   // no leading dot
            var end = i + 1
            while end < text.count, Self.isDomain(text[end]) { end += 1 }
            while end > i + 1, text[end - 1] == 0x2E || text[end - 1] == 0x2D { end -= 1 }   // trailing punctuation
            if start < i, end > i + 1 {
                let local = text.string(start..<i)
                let domain = text.string((i + 1)..<end).lowercased()
                let problem = Self.problem(local: local, domain: domain)
                out.append(FieldCandidate(type: .email, value: local.lowercased() + "@" + domain, utf8Range: start..<end,
                                          valid: problem == nil, problem: problem))
            }
            i = end
        }
        return out
    }

    static func isLocal(_ b: UInt8) -> Bool {
        TextBytes.isAlnum(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
    }

    static func isDomain(_ b: UInt8) -> Bool { TextBytes.isAlnum(b) || b == 0x2E || b == 0x2D }

    static func problem(local: String, domain: String) -> String? {
        if local.count > 64 || local.contains("..") { return "doesn't look like a valid e-mail address" }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }) else {
            return "is missing its domain (the part after @ should look like example.com)"
        }
        guard let tld = labels.last, tld.count >= 2, tld.allSatisfy({ $0.isLetter }) else {
            return "doesn't end in a valid domain"
        }
        return nil
    }
}
