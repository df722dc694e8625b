/// Free-text fields given as `label: value` on one line ("Company name: Acme GmbH"), for requirements of
/// type `text`. The label matches the requirement name with `_` read as a space, ignoring case.
public struct LabelledTextExtractor: FieldExtractor {
    public var type: FieldType { .text }
    /// Requirement names to look for.
    public var labels: [String]

    public init(labels: [String]) {
        self.labels = labels
    }

    public func candidates(in text: TextBytes, context: FieldContext) -> [FieldCandidate] {
        var out: [FieldCandidate] = []
        for label in labels {
            let spoken = Array(label.replacingOccurrences(of: "_", with: " ").lowercased().utf8)
            var i = 0
            while i < text.count {
                guard text.matches(spoken, at: i), text.wordStart(i) else { i += 1; continue }
                var j = i + spoken.count
                while text[j] == 0x20 { j += 1 }
                guard text[j] == 0x3A else { i += 1; continue }
                j += 1
                while text[j] == 0x20 || text[j] == 0x09 { j += 1 }
                var end = j
                while end < text.count, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
                var stop = end
                while stop > j, text[stop - 1] == 0x20 { stop -= 1 }
                if stop > j {
                    out.append(FieldCandidate(type: .text, value: text.string(j..<stop), utf8Range: j..<stop, labelled: true))
                }
                i = end
            }
        }
        return out
    }

    public func validate(_ value: String, context: FieldContext) -> FieldCandidate {
        let trimmed = value.trimmedWhitespace
        return FieldCandidate(type: .text, value: trimmed, utf8Range: 0..<trimmed.utf8.count, valid: !trimmed.isEmpty,
                              problem: trimmed.isEmpty ? "is empty" : nil, labelled: true)
    }
}

import Foundation
