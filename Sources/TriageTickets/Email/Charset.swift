/// The character sets this library decodes with its own tables.
///
/// Any other label is ``unknown(_:)``: decoded as UTF-8 when the bytes are valid UTF-8, otherwise as
/// Windows-1252, and recorded as an ``EmailDefect/Kind/unknownCharset`` defect when it mattered (non-ASCII bytes).
public enum Charset: Sendable, Hashable {
    case utf8
    case usASCII
    case iso8859_1
    case iso8859_15
    case windows1252
    case unknown(String)

    /// Looks up a charset label (IANA names and common aliases, case- and punctuation-insensitive).
    /// Returns `nil` for an empty label.
    public init?(name: String) {
        let key = String(name.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init))
        guard !key.isEmpty else { return nil }
        switch key {
        case "utf8", "unicode11utf8", "utf8mb4": self = .utf8
        case "usascii", "ascii", "ansix341968", "iso646us", "us", "646", "cp367", "ibm367", "iso646irv1991":
            self = .usASCII
        case "iso88591", "latin1", "l1", "iso885911987", "cp819", "ibm819", "isoir100", "8859":
            self = .iso8859_1
        case "iso885915", "latin9", "l9", "latin0", "iso8859151998":
            self = .iso8859_15
        case "windows1252", "cp1252", "win1252", "xcp1252", "mswindows1252":
            self = .windows1252
        default:
            self = .unknown(name)
        }
    }
}

/// Decodes bytes in a ``Charset`` to text; bytes invalid in the charset become U+FFFD.
enum CharsetDecoder {
    struct Result {
        var text: String
        /// How many bytes (or byte sequences) were replaced by U+FFFD.
        var replaced: Int
    }

    static func decode(_ bytes: [UInt8], charset: Charset) -> Result {
        switch charset {
        case .utf8:
            return decodeUTF8(bytes)
        case .usASCII:
            return singleByte(bytes) { $0 < 0x80 ? Unicode.Scalar($0) : nil }
        case .iso8859_1:
            return singleByte(bytes) { Unicode.Scalar($0) }
        case .iso8859_15:
            return singleByte(bytes) { CharsetTables.iso8859_15($0) }
        case .windows1252:
            return singleByte(bytes) { CharsetTables.windows1252($0) }
        case .unknown:
            if let text = String(validating: bytes, as: UTF8.self) { return Result(text: text, replaced: 0) }
            return singleByte(bytes) { CharsetTables.windows1252($0) }
        }
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> Result {
        if let text = String(validating: bytes, as: UTF8.self) { return Result(text: text, replaced: 0) }
        let text = String(decoding: bytes, as: UTF8.self)
        let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return Result(text: text, replaced: replaced)
    }

    private static func singleByte(_ bytes: [UInt8], _ map: (UInt8) -> Unicode.Scalar?) -> Result {
        if bytes.allSatisfy({ $0 < 0x80 }) { return Result(text: String(decoding: bytes, as: UTF8.self), replaced: 0) }
        var scalars = String.UnicodeScalarView()
        var replaced = 0
        for byte in bytes {
            if let scalar = map(byte) {
                scalars.append(scalar)
            } else {
                scalars.append("\u{FFFD}")
                replaced += 1
            }
        }
        return Result(text: String(scalars), replaced: replaced)
    }
}
