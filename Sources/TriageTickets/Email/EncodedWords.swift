import Foundation

/// RFC 2047 encoded words in header text: `=?charset?B?base64?=` and `=?charset?Q?quoted?=`.
///
/// Whitespace between two adjacent encoded words is dropped (RFC 2047 §6.2); other text is kept as written.
/// A malformed encoded word is left as literal text. The optional RFC 2231 language suffix (`utf-8*en`) is ignored.
public enum EncodedWords {
    /// Decodes every encoded word in `text`.
    ///
    /// - Complexity: O(*n*).
    public static func decode(_ text: String) -> String {
        guard text.contains("=?") else { return text }
        var output = ""
        var pendingWhitespace = ""
        var previousWasEncoded = false
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix("=?"), let (decoded, after) = decodeWord(rest) {
                if !previousWasEncoded { output += pendingWhitespace }
                pendingWhitespace = ""
                output += decoded
                previousWasEncoded = true
                rest = after
                continue
            }
            guard let character = rest.first else { break }
            if character == " " || character == "\t" {
                pendingWhitespace.append(character)
            } else {
                output += pendingWhitespace
                pendingWhitespace = ""
                output.append(character)
                previousWasEncoded = false
            }
            rest = rest.dropFirst()
        }
        return output + pendingWhitespace
    }

    /// Decodes one encoded word at the start of `text`; `nil` when it is not a well-formed one.
    private static func decodeWord(_ text: Substring) -> (String, Substring)? {
        let body = text.dropFirst(2)
        guard let charsetEnd = body.firstIndex(of: "?") else { return nil }
        let charsetLabel = body[..<charsetEnd].split(separator: "*").first.map(String.init) ?? ""
        let afterCharset = body[body.index(after: charsetEnd)...]
        guard let encoding = afterCharset.first, afterCharset.dropFirst().first == "?" else { return nil }
        let payloadStart = afterCharset.dropFirst(2)
        guard let close = payloadStart.range(of: "?=") else { return nil }
        let payload = payloadStart[..<close.lowerBound]
        guard !payload.contains(" "), !charsetLabel.isEmpty else { return nil }
        let bytes: [UInt8]
        switch encoding {
        case "B", "b":
            bytes = TransferDecoding.base64(Array(payload.utf8)).0
        case "Q", "q":
            bytes = decodeQ(Array(payload.utf8))
        default:
            return nil
        }
        let charset = Charset(name: charsetLabel) ?? .usASCII
        return (CharsetDecoder.decode(bytes, charset: charset).text, payloadStart[close.upperBound...])
    }

    /// The "Q" encoding: quoted-printable where `_` stands for a space.
    private static func decodeQ(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == 0x5F {
                output.append(0x20)
                index += 1
            } else if byte == 0x3D, index + 2 < input.count,
                      let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }
}
