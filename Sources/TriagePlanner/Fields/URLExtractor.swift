/// Web links: `http://`, `https://` or `www.` up to whitespace; trailing punctuation is not part of the link.
///
/// Valid when the host has a dot-separated name with letters in its last label, or is `localhost`/an IPv4 address.
public struct URLExtractor: FieldExtractor {
    public var type: FieldType { .url }
    public init() {}

    private static let http = Array("http://".utf8)
    private static let https = Array("https://".utf8)
    private static let www = Array("www.".utf8)

    public func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        var i = 0
        while i < text.count {
            // Every form starts with "h" or "w" (any case): other bytes are passed at once.
            let first = TextBytes.lower(text[i])
            guard first == 0x68 || first == 0x77 else { i += 1; continue }
            let scheme = text.matches(Self.https, at: i) ? Self.https.count : text.matches(Self.http, at: i) ? Self.http.count
                : (text.matches(Self.www, at: i) && text.wordStart(i)) ? 0 : -1
            guard scheme >= 0, text.wordStart(i) else { i += 1; continue }
            var end = i + scheme
            while end < text.count, text[end] > 0x20, text[end] != 0x3C, text[end] != 0x3E, text[end] != 0x22 { end += 1 }
            while end > i + scheme, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x29, 0x5D].contains(text[end - 1]) {
                if text[end - 1] == 0x29, text.string(i..<end).contains("(") { break }
                end -= 1
            }
            guard end > i + scheme else { i += 1; continue }
            var value = text.string(i..<end)
            if scheme == 0 { value = "https://" + value }
            let host = Self.host(of: value)
            let valid = Self.isValidHost(host)
            out.append(FieldCandidate(type: .url, value: value, utf8Range: i..<end, valid: valid,
                                      problem: valid ? nil : "doesn't look like a complete web address"))
            i = end
        }
        return out
    }

    static func host(of url: String) -> String {
        var rest = Substring(url)
        if let range = rest.range(of: "://") { rest = rest[range.upperBound...] }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last ?? authority
        return String(hostPort.prefix { $0 != ":" }).lowercased()
    }

    static func isValidHost(_ host: String) -> Bool {
        if host == "localhost" { return true }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } })
        else { return false }
        if labels.count == 4, labels.allSatisfy({ Int($0).map { (0...255).contains($0) } ?? false }) { return true }
        return labels.last.map { $0.count >= 2 && $0.allSatisfy(\.isLetter) } ?? false
    }
}
