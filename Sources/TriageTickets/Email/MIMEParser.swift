/// Parses RFC 5322 / MIME bytes into a ``MIMEPart`` tree, line by line, the way CPython's `email.feedparser` does.
///
/// Best effort, never a crash: a missing header/body separator, a multipart without a boundary, a boundary
/// that never appears, or a missing closing boundary are each recorded as an ``EmailDefect`` and the text is
/// kept (as the part's body, or as the parts read so far). Boundaries of enclosing multiparts end inner parts,
/// so a truncated inner part never swallows its parent. Nesting deeper than ``maximumDepth`` is kept as an opaque leaf.
struct MIMEParser {
    /// Deepest nesting of containers parsed; deeper parts are kept unparsed.
    static let maximumDepth = 64

    private enum EndMatcher {
        case boundary([UInt8])
        case blankLine
    }

    private struct Node {
        var headers = EmailHeaders()
        var defaultType = "text/plain"
        var contentType = "text/plain"
        var parameters: [String: String] = [:]
        var children: [Int] = []
        var payload: Range<Int> = 0..<0
        var defects: [EmailDefect] = []
        var path = ""
    }

    private let source: ByteLines
    private var index = 0
    private var endStack: [EndMatcher] = []
    private var nodes: [Node] = []
    private var stack: [Int] = []
    private var last = 0

    init(bytes: [UInt8]) {
        source = ByteLines(bytes)
    }

    /// Parses the whole input; the root is the message.
    mutating func parse() -> MIMEPart {
        parseEntity()
        if nodes[0].contentType.hasPrefix("multipart/"), nodes[0].children.isEmpty {
            nodes[0].defects.append(EmailDefect(.multipartInvariantViolation, part: ""))
        }
        return build(0)
    }

    private func build(_ id: Int) -> MIMEPart {
        let node = nodes[id]
        let disposition = node.headers["content-disposition"].map { MIMEParameters(parsing: $0) }
        let body = node.children.isEmpty ? Array(source.bytes[node.payload]) : []
        return MIMEPart(
            path: node.path, headers: node.headers, contentType: node.contentType, parameters: node.parameters,
            disposition: disposition.map(\.value), dispositionParameters: disposition?.parameters ?? [:],
            children: node.children.map(build), rawBody: body, defects: node.defects)
    }

    // MARK: Line input with end matchers

    private mutating func readLine() -> ByteLines.Line? {
        guard index < source.lines.count else { return nil }
        let line = source.lines[index]
        for matcher in endStack.reversed() where matches(matcher, line) {
            return nil
        }
        index += 1
        return line
    }

    private mutating func unreadLine() { index -= 1 }

    private func matches(_ matcher: EndMatcher, _ line: ByteLines.Line) -> Bool {
        switch matcher {
        case .blankLine: return line.isBlank
        case .boundary(let separator): return boundaryMatch(separator, line) != nil
        }
    }

    /// `nil` when the line is not `separator` followed by optional `--`, blanks and the line ending;
    /// otherwise whether it is the closing form (`--boundary--`).
    private func boundaryMatch(_ separator: [UInt8], _ line: ByteLines.Line) -> Bool? {
        let bytes = source.bytes
        guard line.contentEnd - line.start >= separator.count else { return nil }
        var position = line.start
        for byte in separator {
            guard bytes[position] == byte else { return nil }
            position += 1
        }
        var closing = false
        if position + 1 < line.contentEnd, bytes[position] == 0x2D, bytes[position + 1] == 0x2D {
            closing = true
            position += 2
        }
        while position < line.contentEnd {
            guard bytes[position] == 0x20 || bytes[position] == 0x09 else { return nil }
            position += 1
        }
        return closing
    }

    private static func isHeaderLine(_ bytes: [UInt8], _ line: ByteLines.Line) -> Bool {
        guard line.start < line.end else { return false }
        let first = bytes[line.start]
        if first == 0x20 || first == 0x09 { return true }
        var position = line.start
        if line.contentEnd - line.start >= 5, Array(bytes[position..<position + 5]) == Array("From ".utf8) { return true }
        while position < line.contentEnd {
            let byte = bytes[position]
            if byte == 0x3A { return true }
            guard (0x21...0x7E).contains(byte) else { return false }
            position += 1
        }
        return false
    }

    // MARK: Entities

    private mutating func newNode() -> Int {
        var node = Node()
        if let parent = stack.last {
            if nodes[parent].contentType == "multipart/digest" { node.defaultType = "message/rfc822" }
            let ordinal = nodes[parent].children.count + 1
            node.path = nodes[parent].path.isEmpty ? "\(ordinal)" : "\(nodes[parent].path).\(ordinal)"
        }
        let id = nodes.count
        nodes.append(node)
        if let parent = stack.last { nodes[parent].children.append(id) }
        stack.append(id)
        last = id
        return id
    }

    private mutating func parseEntity() {
        let id = newNode()
        defer { stack.removeLast() }
        var headerLines: [ArraySlice<UInt8>] = []
        while let line = readLine() {
            if !Self.isHeaderLine(source.bytes, line) {
                if !line.isBlank {
                    nodes[id].defects.append(EmailDefect(.missingHeaderBodySeparator, part: nodes[id].path))
                    unreadLine()
                }
                break
            }
            headerLines.append(source.bytes[line.start..<line.end])
        }
        var defects = nodes[id].defects
        let (headers, _) = HeaderParser.parse(headerLines, part: nodes[id].path, defects: &defects)
        nodes[id].defects = defects
        nodes[id].headers = headers
        if let declared = headers["content-type"] {
            let parsed = MIMEParameters(parsing: declared)
            nodes[id].contentType = parsed.value.filter { $0 == "/" }.count == 1 ? parsed.value : "text/plain"
            nodes[id].parameters = parsed.parameters
        } else {
            nodes[id].contentType = nodes[id].defaultType
        }
        let type = nodes[id].contentType
        guard stack.count <= Self.maximumDepth else {
            readLeafBody(id)
            return
        }
        if type == "message/delivery-status" {
            readDeliveryStatus()
        } else if type.hasPrefix("message/") {
            parseEntity()
        } else if type.hasPrefix("multipart/") {
            readMultipart(id)
        } else {
            readLeafBody(id)
        }
    }

    /// Everything up to the end (or the enclosing boundary) is the body.
    private mutating func readLeafBody(_ id: Int) {
        nodes[id].payload = readRest()
    }

    private mutating func readRest() -> Range<Int> {
        let start = index < source.lines.count ? source.lines[index].start : source.bytes.count
        var end = start
        while let line = readLine() { end = line.end }
        return start..<end
    }

    /// `message/delivery-status` (RFC 3464): blocks of header fields separated by blank lines, one entity each.
    private mutating func readDeliveryStatus() {
        while true {
            endStack.append(.blankLine)
            parseEntity()
            endStack.removeLast()
            _ = readLine()
            guard readLine() != nil else { break }
            unreadLine()
        }
    }

    private mutating func readMultipart(_ id: Int) {
        guard let rawBoundary = nodes[id].parameters["boundary"] else {
            nodes[id].defects.append(EmailDefect(.noBoundaryInMultipart, part: nodes[id].path))
            nodes[id].payload = readRest()
            return
        }
        if let encoding = nodes[id].headers["content-transfer-encoding"]?.trimmed.lowercased(),
           !["7bit", "8bit", "binary"].contains(encoding) {
            nodes[id].defects.append(EmailDefect(.invalidMultipartContentTransferEncoding, part: nodes[id].path))
        }
        var boundary = rawBoundary
        while let tail = boundary.last, tail == " " || tail == "\t" { boundary.removeLast() }
        let separator = Array("--\(boundary)".utf8)
        var capturingPreamble = true
        var preambleStart: Int?
        var preambleEnd = 0
        var closeSeen = false
        while let line = readLine() {
            guard let closing = boundaryMatch(separator, line) else {
                if preambleStart == nil { preambleStart = line.start }
                preambleEnd = line.end
                continue
            }
            if closing {
                closeSeen = true
                break
            }
            if capturingPreamble {
                capturingPreamble = false
                unreadLine()
                continue
            }
            // Consecutive boundary lines delimit no part.
            while let next = readLine() {
                if boundaryMatch(separator, next) == nil {
                    unreadLine()
                    break
                }
            }
            endStack.append(.boundary(separator))
            parseEntity()
            // RFC 2046 §5.1.1: the line break before a boundary belongs to the boundary.
            if !nodes[last].contentType.hasPrefix("multipart/"), nodes[last].children.isEmpty {
                nodes[last].payload = Self.droppingLineEnding(nodes[last].payload, in: source.bytes)
            }
            endStack.removeLast()
            last = id
        }
        if capturingPreamble {
            nodes[id].defects.append(EmailDefect(.startBoundaryNotFound, part: nodes[id].path))
            if let start = preambleStart { nodes[id].payload = start..<preambleEnd }
            _ = readRest()
            return
        }
        if !closeSeen {
            nodes[id].defects.append(EmailDefect(.closeBoundaryNotFound, part: nodes[id].path))
            return
        }
        _ = readRest()
    }

    private static func droppingLineEnding(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var end = range.upperBound
        guard end > range.lowerBound else { return range }
        if bytes[end - 1] == 0x0A {
            end -= 1
            if end > range.lowerBound, bytes[end - 1] == 0x0D { end -= 1 }
        } else if bytes[end - 1] == 0x0D {
            end -= 1
        }
        return range.lowerBound..<end
    }
}
