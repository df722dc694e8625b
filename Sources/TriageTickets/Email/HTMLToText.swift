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
    /// - Complexity: O(*n*).
    public static func convert(_ html: String) -> String {
        var lines: [String] = []
        var line = ""
        var quoteDepth = 0
        var pendingSpace = false
        var preDepth = 0
        func breakLine() {
            lines.append(String(repeating: "> ", count: quoteDepth) + line.trimmed)
            line = ""
            pendingSpace = false
        }
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var text = String.UnicodeScalarView()
        func flushText() {
            let decoded = CharacterReferences.decode(String(text))
            text = String.UnicodeScalarView()
            for character in decoded {
                if preDepth == 0, character == " " || character == "\t" || character == "\n" || character == "\r" {
                    pendingSpace = true
                } else if character == "\n" {
                    breakLine()
                } else {
                    if pendingSpace, !line.isEmpty { line.append(" ") }
                    pendingSpace = false
                    line.append(character == "\u{00A0}" ? " " : character)
                }
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "<" else {
                text.append(scalar)
                index += 1
                continue
            }
            flushText()
            if hasPrefix(scalars, index, "<!--") {
                index = find(scalars, from: index + 4, "-->").map { $0 + 3 } ?? scalars.count
                continue
            }
            let close = find(scalars, from: index + 1, ">") ?? scalars.count
            let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<min(close, scalars.count)]))
            index = min(close + 1, scalars.count)
            let isEnd = inside.hasPrefix("/")
            let name = inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if droppedTags.contains(name), !isEnd {
                index = find(scalars, from: index, "</\(name)", caseInsensitive: true)
                    .flatMap { find(scalars, from: $0, ">") }.map { $0 + 1 } ?? scalars.count
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
                if name == "li", !isEnd { line = "- " }
            } else if name == "td" || name == "th", isEnd {
                pendingSpace = true
            }
        }
        flushText()
        if !line.isEmpty { breakLine() }
        // Collapse runs of blank lines and trim.
        var result: [String] = []
        for candidate in lines {
            let blank = candidate.trimmed.isEmpty || candidate.trimmed.allSatisfy { $0 == ">" || $0 == " " }
            if blank, result.last?.isEmpty ?? true { continue }
            result.append(blank ? "" : candidate)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n")
    }

    private static func hasPrefix(_ scalars: [Unicode.Scalar], _ index: Int, _ prefix: String) -> Bool {
        var position = index
        for scalar in prefix.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    private static func find(
        _ scalars: [Unicode.Scalar], from start: Int, _ needle: String, caseInsensitive: Bool = false
    ) -> Int? {
        let pattern = Array((caseInsensitive ? needle.lowercased() : needle).unicodeScalars)
        guard let head = pattern.first, start < scalars.count else { return nil }
        var position = start
        while position + pattern.count <= scalars.count {
            let candidate = caseInsensitive ? lower(scalars[position]) : scalars[position]
            if candidate == head {
                var matched = true
                for offset in 1..<max(pattern.count, 1) where offset < pattern.count {
                    let other = caseInsensitive ? lower(scalars[position + offset]) : scalars[position + offset]
                    if other != pattern[offset] { matched = false; break }
                }
                if matched { return position }
            }
            position += 1
        }
        return nil
    }

    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
}

/// HTML character references: numeric (`&#233;`, `&#xE9;`) and the named ones mail commonly uses.
enum CharacterReferences {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
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
