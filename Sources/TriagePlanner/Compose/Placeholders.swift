/// `{{name}}` placeholders in article answers (names of letters, digits and `_`; spaces inside the braces allowed).
public enum Placeholders {
    /// A placeholder occurrence.
    public struct Occurrence: Sendable, Hashable {
        /// The placeholder name (`order_id`).
        public var name: String
        /// The range of `{{…}}` in the text.
        public var range: Range<String.Index>
    }

    /// Every placeholder in `text`, in order.
    public static func occurrences(in text: String) -> [Occurrence] {
        // `{{` and `}}` are found on the UTF-8 bytes; an ASCII name is checked there too, anything else (a name
        // with non-ASCII characters, which may be trimmable white space) goes through the character check.
        var spans: [(open: Int, close: Int, name: String?)] = []
        text.withUTF8Bytes { bytes in
            let n = bytes.count
            func pair(_ byte: UInt8, from start: Int) -> Int? {
                var i = start
                while i + 1 < n {
                    if bytes[i] == byte && bytes[i + 1] == byte { return i }
                    i += 1
                }
                return nil
            }
            var searchStart = 0
            while let open = pair(0x7B, from: searchStart) {
                guard let close = pair(0x7D, from: open + 2) else { break }
                var lo = open + 2
                var hi = close
                var ascii = true
                for k in lo..<hi where bytes[k] >= 0x80 { ascii = false; break }
                if ascii {
                    while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
                    while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
                    var valid = hi > lo
                    for k in lo..<hi where !(TextBytes.isAlnum(bytes[k]) || bytes[k] == 0x5F) { valid = false; break }
                    if valid {
                        spans.append((open, close, String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)))
                        searchStart = close + 2
                    } else {
                        searchStart = open + 2
                    }
                } else {
                    spans.append((open, close, nil))
                    searchStart = close + 2   // provisional: corrected below when the name is invalid
                }
            }
        }
        if spans.allSatisfy({ $0.name != nil }) {
            let utf8 = text.utf8
            return spans.map { span in
                let lower = utf8.index(utf8.startIndex, offsetBy: span.open)
                let upper = utf8.index(utf8.startIndex, offsetBy: span.close + 2)
                return Occurrence(name: span.name ?? "", range: lower..<upper)
            }
        }
        return characterOccurrences(in: text)
    }

    /// The character-level scan (names with non-ASCII characters, trimmed of any Unicode white space).
    private static func characterOccurrences(in text: String) -> [Occurrence] {
        var out: [Occurrence] = []
        var searchStart = text.startIndex
        while let open = pair(0x7B, in: text, from: searchStart) {
            guard let close = pair(0x7D, in: text, from: open.upperBound) else { break }
            let inner = text[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !inner.isEmpty, inner.unicodeScalars.allSatisfy({ ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) || $0 == "_" }) {
                out.append(Occurrence(name: inner, range: open.lowerBound..<close.upperBound))
                searchStart = close.upperBound
            } else {
                searchStart = open.upperBound
            }
        }
        return out
    }

    /// The first `{{` (or `}}`) at or after `start`: two equal ASCII bytes, found on the UTF-8 view.
    private static func pair(_ byte: UInt8, in text: String, from start: String.Index) -> Range<String.Index>? {
        let utf8 = text.utf8
        var i = start
        while i < utf8.endIndex {
            if utf8[i] == byte {
                let next = utf8.index(after: i)
                if next < utf8.endIndex, utf8[next] == byte { return i..<utf8.index(after: next) }
            }
            i = utf8.index(after: i)
        }
        return nil
    }

    /// Distinct placeholder names in order of first use.
    public static func names(in text: String) -> [String] {
        var seen = Set<String>()
        return occurrences(in: text).map(\.name).filter { seen.insert($0).inserted }
    }

    /// `text` with each placeholder replaced by `values[name]`; names without a value are returned as unresolved.
    public static func fill(_ text: String, values: [String: String]) -> (text: String, unresolved: [String]) {
        var result = ""
        var unresolved: [String] = []
        var cursor = text.startIndex
        for occurrence in occurrences(in: text) {
            result += text[cursor..<occurrence.range.lowerBound]
            if let value = values[occurrence.name] {
                result += value
            } else {
                result += text[occurrence.range]
                if !unresolved.contains(occurrence.name) { unresolved.append(occurrence.name) }
            }
            cursor = occurrence.range.upperBound
        }
        result += text[cursor...]
        return (result, unresolved)
    }
}

import Foundation
