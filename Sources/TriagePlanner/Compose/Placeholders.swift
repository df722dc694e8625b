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
        // `{{` and `}}` are found on the UTF-8 bytes (both ASCII, so every offset is a character boundary).
        var spans: [(open: Int, close: Int, name: String)] = []
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
                if let name = name(UnsafeBufferPointer(rebasing: bytes[(open + 2)..<close])) {
                    spans.append((open, close, name))
                    searchStart = close + 2
                } else {
                    searchStart = open + 2
                }
            }
        }
        let utf8 = text.utf8
        return spans.map { span in
            Occurrence(name: span.name, range: utf8.index(utf8.startIndex, offsetBy: span.open)
                                               ..< utf8.index(utf8.startIndex, offsetBy: span.close + 2))
        }
    }

    /// The placeholder name between the braces: trimmed of white space, then letters, digits and `_` only;
    /// `nil` when it is empty or has another character.
    private static func name(_ inner: UnsafeBufferPointer<UInt8>) -> String? {
        var lo = 0
        var hi = inner.count
        if inner.contains(where: { $0 >= 0x80 }) {
            // Non-ASCII text may hold Unicode white space to trim (Foundation's `.whitespaces`); the name itself
            // must still be ASCII.
            let trimmed = String(decoding: inner, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            return trimmed.utf8.allSatisfy({ TextBytes.isAlnum($0) || $0 == 0x5F }) && !trimmed.isEmpty ? trimmed : nil
        }
        while lo < hi && (inner[lo] == 0x20 || inner[lo] == 0x09) { lo += 1 }
        while hi > lo && (inner[hi - 1] == 0x20 || inner[hi - 1] == 0x09) { hi -= 1 }
        guard hi > lo, inner[lo..<hi].allSatisfy({ TextBytes.isAlnum($0) || $0 == 0x5F }) else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: inner[lo..<hi]), as: UTF8.self)
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
