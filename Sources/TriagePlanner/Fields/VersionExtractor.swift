/// Software versions: `v2.3.1`, `4.2`, `2.14.0-beta.2`; the value has no leading `v`.
///
/// Three or more numeric parts are taken anywhere (except IPv4-like and dotted dates); two parts need a `v`
/// or a keyword just before ("version", "app", "release", "build", "ios", "android", "v").
public struct VersionExtractor: FieldExtractor {
    public var type: FieldType { .version }
    public init() {}

    static let keywords: Set<String> = ["version", "ver", "app", "release", "build", "ios", "android", "v", "macos",
                                        "windows", "firmware", "sdk", "api", "client", "plugin", "extension"]

    public func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        var i = 0
        while i < text.count {
            // A version starts with a digit or with `v` before one: jump to the byte before the next digit.
            let digit = text.nextDigit(from: i)
            if digit > i + 1 { i = digit - 1 }
            var start = i
            var prefixV = false
            if (text[i] == 0x76 || text[i] == 0x56) && TextBytes.isDigit(text[i + 1]) && text.wordStart(i) {
                prefixV = true
                start = i + 1
            }
            guard TextBytes.isDigit(text[start]), prefixV || (i == 0 || !TextBytes.isAlnum(text[i - 1]) && text[i - 1] != 0x2E && text[i - 1] != 0x2C)
            else { i += 1; continue }
            var parts: [Int] = []
            var end = start
            var current = 0
            var digitsInPart = 0
            while end < text.count {
                let b = text[end]
                if TextBytes.isDigit(b) {
                    current = current &* 10 &+ Int(b - 0x30)
                    digitsInPart += 1
                    end += 1
                } else if b == 0x2E && TextBytes.isDigit(text[end + 1]) && digitsInPart > 0 {
                    parts.append(current)
                    current = 0
                    digitsInPart = 0
                    end += 1
                } else {
                    break
                }
            }
            parts.append(current)
            var stop = end
            if text[stop] == 0x2D && TextBytes.isAlnum(text[stop + 1]) {   // pre-release suffix
                stop += 1
                while stop < text.count, TextBytes.isAlnum(text[stop]) || (text[stop] == 0x2E && TextBytes.isAlnum(text[stop + 1])) { stop += 1 }
            }
            defer { i = max(stop, i + 1) }
            guard !TextBytes.isAlpha(text[stop]) || stop > end else { continue }
            let raw = text.string(start..<stop)
            let keyword = prefixV || text.hasWordBefore(i, limit: 2, in: Self.keywords)
            let looksLikeIP = parts.count == 4 && parts.allSatisfy { $0 <= 255 } && !keyword
            let looksLikeDate = parts.count == 3 && (raw.split(separator: ".").last?.count == 4) && !keyword
            guard parts.count >= 2, parts.count <= 4, !looksLikeIP, !looksLikeDate, parts.count >= 3 || keyword else { continue }
            out.append(FieldCandidate(type: .version, value: raw, utf8Range: i..<stop, labelled: keyword))
        }
        return out
    }
}

import Foundation
