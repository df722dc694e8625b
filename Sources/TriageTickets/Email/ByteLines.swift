/// A byte buffer cut into lines, each keeping its line ending (`\r\n`, `\r` or `\n`), as RFC 5322 parsers read it.
struct ByteLines: Sendable {
    /// One line: `start..<end` covers the text and its ending; `contentEnd` is where the ending begins.
    struct Line: Sendable {
        var start: Int
        var contentEnd: Int
        var end: Int
        var isBlank: Bool { contentEnd == start && end > start }
    }

    let bytes: [UInt8]
    let lines: [Line]

    /// - Complexity: O(*n*) for *n* bytes.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 40 + 1)
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                lines.append(Line(start: start, contentEnd: index, end: index + 1))
                index += 1
                start = index
            } else if byte == 0x0D {
                let end = (index + 1 < count && bytes[index + 1] == 0x0A) ? index + 2 : index + 1
                lines.append(Line(start: start, contentEnd: index, end: end))
                index = end
                start = index
            } else {
                index += 1
            }
        }
        if start < count {
            lines.append(Line(start: start, contentEnd: count, end: count))
        }
        self.lines = lines
    }

    /// The line's text without its ending.
    func content(_ line: Line) -> ArraySlice<UInt8> { bytes[line.start..<line.contentEnd] }
}

extension Array where Element == UInt8 {
    /// Removes one trailing line ending (`\r\n`, `\r` or `\n`), if any.
    mutating func removeTrailingLineEnding() {
        if last == 0x0A {
            removeLast()
            if last == 0x0D { removeLast() }
        } else if last == 0x0D {
            removeLast()
        }
    }
}
