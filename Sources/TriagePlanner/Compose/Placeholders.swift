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
