import Foundation

extension DecodingError {
    /// The failing field as a path (`messages[2].author`), or `nil` for the top level.
    var fieldPath: String? {
        let path: [any CodingKey]
        switch self {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default: path = []
        }
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? nil : text
    }

    /// A short reason without any of the record's values.
    var reasonText: String {
        switch self {
        case .keyNotFound: return "required field is missing"
        case .typeMismatch(let type, _): return "expected \(Self.describe(type))"
        case .valueNotFound(let type, _): return "expected \(Self.describe(type)), found null"
        case .dataCorrupted(let context): return context.debugDescription
        @unknown default: return "invalid value"
        }
    }

    /// `true` when the bytes were not JSON at all (as opposed to JSON of the wrong shape).
    var isSyntaxError: Bool {
        if case .dataCorrupted(let context) = self, context.codingPath.isEmpty, context.underlyingError != nil {
            return true
        }
        return false
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Double.Type, is Int.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return name
        }
    }
}

extension IntakeError {
    /// Maps a decoding failure of one record to an intake error.
    /// - Parameter data: The record's bytes, to tell text that is not JSON at all from JSON of the wrong shape.
    static func decoding(_ error: any Error, file: String, line: Int?, record: Int? = nil, data: Data? = nil) -> IntakeError {
        if let data, (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil {
            return IntakeError(file: file, line: line, record: record, reason: .invalidJSON("syntax error"))
        }
        guard let decoding = error as? DecodingError else {
            return IntakeError(file: file, line: line, record: record, reason: .invalidJSON(String(describing: type(of: error))))
        }
        if decoding.isSyntaxError {
            return IntakeError(file: file, line: line, record: record, reason: .invalidJSON("syntax error"))
        }
        var field = decoding.fieldPath
        // Inside an array the path starts with the element's index, which `record` already gives.
        if record != nil, let path = field, path.hasPrefix("["), let close = path.firstIndex(of: "]") {
            let rest = path[path.index(after: close)...].drop { $0 == "." }
            field = rest.isEmpty ? nil : String(rest)
        }
        return IntakeError(file: file, line: line, record: record, field: field, reason: .invalidField(decoding.reasonText))
    }
}
