import Foundation

/// A parsed structured MIME header such as `Content-Type: text/plain; charset="utf-8"` (RFC 2045 §5.1, RFC 2231).
struct MIMEParameters: Sendable, Hashable {
    /// The value before the first `;`, trimmed and lower-cased (`text/plain`, `attachment`).
    var value: String
    /// Parameters by lower-cased name, values unquoted; RFC 2231 continuations (`name*0`, `name*1`) joined
    /// and `charset''percent-encoded` values decoded.
    var parameters: [String: String]

    init(parsing header: String) {
        let pieces = Self.split(header)
        value = (pieces.first ?? "").trimmed.lowercased()
        var plain: [String: String] = [:]
        var continued: [String: [(Int, String, Bool)]] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = piece[..<equals].trimmed.lowercased()
            let raw = piece[piece.index(after: equals)...].trimmed
            var text = Self.unquote(raw)
            if let star = name.firstIndex(of: "*") {
                let base = String(name[..<star])
                let rest = name[name.index(after: star)...]
                let encoded = rest.hasSuffix("*") || rest.isEmpty
                let number = Int(rest.replacingOccurrences(of: "*", with: "")) ?? 0
                if rest.isEmpty { text = Self.unquote(raw) }
                continued[base, default: []].append((number, text, encoded))
            } else {
                plain[name] = text
            }
        }
        for (name, segments) in continued where plain[name] == nil {
            plain[name] = Self.joinRFC2231(segments.sorted { $0.0 < $1.0 })
        }
        parameters = plain
    }

    /// Splits at `;` outside double quotes (CPython's `_parseparam` rule).
    private static func split(_ header: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var inQuotes = false
        var escaped = false
        for character in header {
            if escaped {
                escaped = false
                current.append(character)
                continue
            }
            if character == "\\" && inQuotes {
                escaped = true
                current.append(character)
                continue
            }
            if character == "\"" { inQuotes.toggle() }
            if character == ";" && !inQuotes {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces
    }

    private static func unquote(_ text: String) -> String {
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
            return String(text.dropFirst().dropLast())
                .replacingOccurrences(of: "\\\\", with: "\\")
                .replacingOccurrences(of: "\\\"", with: "\"")
        }
        if text.count >= 2, text.hasPrefix("<"), text.hasSuffix(">") {
            return String(text.dropFirst().dropLast())
        }
        return text
    }

    /// Joins RFC 2231 segments; the first encoded segment names the charset (`utf-8'en'caf%C3%A9`).
    private static func joinRFC2231(_ segments: [(Int, String, Bool)]) -> String {
        var charset: Charset = .utf8
        var bytes: [UInt8] = []
        for (offset, segment) in segments.enumerated() {
            var text = Substring(segment.1)
            if segment.2 {
                if offset == 0 {
                    let parts = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                    if parts.count == 3 {
                        charset = Charset(name: String(parts[0])) ?? .utf8
                        text = parts[2]
                    }
                }
                bytes.append(contentsOf: percentDecode(text))
            } else {
                bytes.append(contentsOf: Array(text.utf8))
            }
        }
        return CharsetDecoder.decode(bytes, charset: charset).text
    }

    private static func percentDecode(_ text: Substring) -> [UInt8] {
        let utf8 = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < utf8.count {
            if utf8[index] == 0x25, index + 2 < utf8.count,
               let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2]) {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(utf8[index])
                index += 1
            }
        }
        return out
    }
}

/// The value of an ASCII hexadecimal digit, either case.
func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte - 0x30
    case 0x41...0x46: return byte - 0x41 + 10
    case 0x61...0x66: return byte - 0x61 + 10
    default: return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmed: String {
        // `isWhitespace` also covers "\r\n", which Swift keeps as one Character.
        let isBlank: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
