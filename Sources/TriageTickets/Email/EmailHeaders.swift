/// The header fields of a message or MIME part, in order, with folding removed.
///
/// Lookup is case-insensitive and returns the first field of a name, as RFC 5322 readers do.
public struct EmailHeaders: Sendable, Hashable, Codable {
    /// One header field: its name as written and its unfolded raw value (encoded words not yet decoded).
    public struct Field: Sendable, Hashable, Codable {
        public var name: String
        public var value: String
    }

    /// Every field, in message order.
    public var fields: [Field]

    public init(fields: [Field] = []) { self.fields = fields }

    /// The unfolded raw value of the first field named `name` (case-insensitive), or `nil`.
    public subscript(name: String) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }?.value
    }

    /// The values of every field named `name`, in order.
    public func all(_ name: String) -> [String] {
        let lowered = name.lowercased()
        return fields.filter { $0.name.lowercased() == lowered }.map(\.value)
    }
}

/// Parses collected header lines into fields (RFC 5322 §2.2, §3.2.2: unfolding).
enum HeaderParser {
    /// Parses header lines (each with its line ending).
    ///
    /// The value keeps the text after the colon with leading blanks removed; folding line breaks are
    /// deleted and the folding whitespace kept, so `Subject: a\r\n\tb` reads `a\tb`.
    static func parse(_ lines: [ArraySlice<UInt8>], part: String, defects: inout [EmailDefect]) -> (EmailHeaders, String?) {
        var fields: [EmailHeaders.Field] = []
        var unixFrom: String?
        var current: (name: String, value: [UInt8])?
        func flush() {
            if let current {
                fields.append(.init(name: current.name, value: HeaderText.decode(current.value)))
            }
            current = nil
        }
        for (number, line) in lines.enumerated() {
            guard let first = line.first else { continue }
            if first == 0x20 || first == 0x09 {
                if current == nil {
                    defects.append(EmailDefect(.firstHeaderLineIsContinuation, part: part))
                    continue
                }
                current?.value.append(contentsOf: line.filter { $0 != 0x0D && $0 != 0x0A })
                continue
            }
            if line.starts(with: Array("From ".utf8)) {
                flush()
                if number == 0 {
                    unixFrom = HeaderText.decode(Array(line.filter { $0 != 0x0D && $0 != 0x0A }))
                } else {
                    defects.append(EmailDefect(.misplacedEnvelopeHeader, part: part))
                }
                continue
            }
            guard let colon = line.firstIndex(of: 0x3A), colon > line.startIndex else {
                defects.append(EmailDefect(.invalidHeader, part: part))
                continue
            }
            flush()
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
            var valueStart = line.index(after: colon)
            while valueStart < line.endIndex, line[valueStart] == 0x20 || line[valueStart] == 0x09 {
                valueStart += 1
            }
            current = (name, line[valueStart...].filter { $0 != 0x0D && $0 != 0x0A })
        }
        flush()
        return (EmailHeaders(fields: fields), unixFrom)
    }
}

/// Turns raw header bytes into text: UTF-8 when valid (RFC 6532), otherwise Windows-1252 (a common mislabel).
enum HeaderText {
    static func decode<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        if let text = String(validating: Array(bytes), as: UTF8.self) {
            return text
        }
        return CharsetDecoder.decode(Array(bytes), charset: .windows1252).text
    }
}
