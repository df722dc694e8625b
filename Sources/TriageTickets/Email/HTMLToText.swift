/// Converts an HTML mail body to plain text.
///
/// Tags are removed; `<script>`, `<style>`, `<head>` and comments are dropped with their content; block elements
/// (`p`, `div`, `br`, `li`, `tr`, headings…) become line breaks; `<li>` items start with `- `; `<blockquote>`
/// lines are prefixed with `> ` so that reply separation finds them; runs of blanks collapse to one space;
/// character references (`&amp;`, `&#233;`, `&#xE9;` and the common named ones) are decoded.
public enum HTMLToText {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "hr", "section", "article", "header", "footer", "dl", "dt", "dd", "address", "body",
    ]
    private static let droppedTags: Set<String> = ["script", "style", "head", "title"]

    /// The text of `html`.
    /// - Complexity: O(*n*); the scan works on UTF-8 bytes (tags and references are ASCII).
    public static func convert(_ html: String) -> String {
        let bytes = Array(html.replacingLineBreaks().utf8)
        var lines: [String] = []
        var line: [UInt8] = []
        var quoteDepth = 0
        var pendingSpace = false
        var preDepth = 0
        func breakLine() {
            var end = line.count
            while end > 0, line[end - 1] == 0x20 { end -= 1 }
            let prefix = String(repeating: "> ", count: quoteDepth)
            lines.append(prefix + String(decoding: line[..<end], as: UTF8.self))
            line.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        func appendText(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            var run = Array(bytes[range])
            if run.contains(0x26) {
                run = Array(CharacterReferences.decode(String(decoding: run, as: UTF8.self)).utf8)
            }
            if preDepth > 0 {
                for byte in run {
                    if byte == 0x0A { breakLine() } else { line.append(byte) }
                }
                return
            }
            for byte in run {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C {
                    pendingSpace = true
                } else {
                    if pendingSpace, !line.isEmpty, line.last != 0x20 { line.append(0x20) }
                    pendingSpace = false
                    line.append(byte)
                }
            }
        }
        var index = 0
        var textStart = 0
        while index < bytes.count {
            guard bytes[index] == 0x3C else {
                index += 1
                continue
            }
            appendText(textStart..<index)
            if hasPrefix(bytes, index, "<!--") {
                index = find(bytes, from: index + 4, "-->").map { $0 + 3 } ?? bytes.count
                textStart = index
                continue
            }
            let close = find(bytes, from: index + 1, ">") ?? bytes.count
            let inside = bytes[min(index + 1, close)..<close]
            index = min(close + 1, bytes.count)
            textStart = index
            let isEnd = inside.first == 0x2F
            let name = String(decoding: inside.drop { $0 == 0x2F }.prefix { isAlphanumeric($0) }, as: UTF8.self).lowercased()
            if droppedTags.contains(name), !isEnd {
                index = find(bytes, from: index, "</\(name)", caseInsensitive: true)
                    .flatMap { find(bytes, from: $0, ">") }.map { $0 + 1 } ?? bytes.count
                textStart = index
                continue
            }
            if name == "pre" { preDepth = max(0, preDepth + (isEnd ? -1 : 1)) }
            if name == "blockquote" {
                if !line.isEmpty { breakLine() }
                quoteDepth = max(0, quoteDepth + (isEnd ? -1 : 1))
                continue
            }
            if blockTags.contains(name) {
                if name == "br" || !line.isEmpty { breakLine() }
                if name == "p" && !isEnd, lines.last?.isEmpty == false { lines.append("") }
                if name == "li", !isEnd { line = Array("- ".utf8) }
            } else if name == "td" || name == "th", isEnd {
                pendingSpace = true
            }
        }
        appendText(textStart..<bytes.count)
        if !line.isEmpty { breakLine() }
        // Collapse runs of blank lines and trim.
        var result: [String] = []
        for candidate in lines {
            let blank = candidate.utf8.allSatisfy { $0 == 0x3E || $0 == 0x20 }
            if blank, result.last?.isEmpty ?? true { continue }
            result.append(blank ? "" : candidate)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n")
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func hasPrefix(_ bytes: [UInt8], _ index: Int, _ prefix: String) -> Bool {
        let pattern = Array(prefix.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        return bytes[index..<index + pattern.count].elementsEqual(pattern)
    }

    private static func find(_ bytes: [UInt8], from start: Int, _ needle: String, caseInsensitive: Bool = false) -> Int? {
        let pattern = Array((caseInsensitive ? needle.lowercased() : needle).utf8)
        guard let head = pattern.first, start < bytes.count else { return nil }
        var position = start
        while position + pattern.count <= bytes.count {
            if lower(bytes[position], caseInsensitive) == head {
                var matched = true
                var offset = 1
                while offset < pattern.count {
                    if lower(bytes[position + offset], caseInsensitive) != pattern[offset] { matched = false; break }
                    offset += 1
                }
                if matched { return position }
            }
            position += 1
        }
        return nil
    }

    private static func lower(_ byte: UInt8, _ enabled: Bool) -> UInt8 {
        enabled && (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}

/// HTML character references: numeric (`&#233;`, `&#xE9;`) and the named ones mail commonly uses.
enum CharacterReferences {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
        "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "laquo": "«", "raquo": "»", "bull": "•", "middot": "·", "deg": "°", "sect": "§", "para": "¶",
        "times": "×", "divide": "÷", "plusmn": "±", "frac12": "½", "iexcl": "¡", "iquest": "¿",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ",
        "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í",
        "icirc": "î", "iuml": "ï", "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ",
        "ouml": "ö", "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý",
        "szlig": "ß", "Agrave": "À", "Aacute": "Á", "Auml": "Ä", "Ccedil": "Ç", "Eacute": "É", "Egrave": "È",
        "Ntilde": "Ñ", "Ouml": "Ö", "Uuml": "Ü", "Oslash": "Ø", "Aring": "Å", "zwnj": "", "zwj": "", "shy": "",
    ]

    /// `text` with every recognised reference replaced; unrecognised ones are kept as written.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let body = after.prefix { $0 != ";" && $0 != "&" && $0 != " " && $0 != "<" }.prefix(12)
            let hasSemicolon = after.dropFirst(body.count).first == ";"
            if hasSemicolon, let replacement = resolve(String(body)) {
                output += replacement
                rest = after.dropFirst(body.count + 1)
            } else {
                output += "&"
                rest = after
            }
        }
        return output + rest
    }

    private static func resolve(_ body: String) -> String? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[body] ?? named[body.lowercased()]
    }
}
