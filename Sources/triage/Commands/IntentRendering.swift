import Foundation
import TriageKit

/// JSON rendering for the intent commands (sorted keys, fixed precision).
enum IntentRendering {
    static func number(_ x: Double) -> String { String(format: "%.6f", x) }

    static func jsonString(_ s: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        let text = String(decoding: data, as: UTF8.self)
        return String(text.dropFirst().dropLast())
    }

    /// One output line for one input line: the prediction, or `{"error": …, "line": n}`.
    static func classifyLine(_ line: String, number lineNumber: Int, classifier: IntentClassifier, top: Int, explain: Int) -> String {
        var text = line
        var id: String? = nil
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("{") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any],
                  let t = object["text"] as? String else {
                return "{\"error\":\"not a JSON object with a text key\",\"line\":\(lineNumber)}"
            }
            text = t
            if let i = object["id"] as? String { id = i } else if let i = object["id"] as? Int { id = String(i) }
        }
        let p: IntentPrediction
        do { p = try classifier.prediction(for: text, maximumCount: top) } catch {
            return "{\"error\":\(jsonString("\(error)")),\"line\":\(lineNumber)}"
        }
        var fields: [String] = []
        fields.append("\"confidence\":\(number(p.confidence))")
        if explain > 0, let e = try? classifier.explanation(for: text, maximumCount: explain) {
            let terms = e.terms.map { "{\"contribution\":\(number($0.contribution)),\"term\":\(jsonString($0.feature))}" }
            fields.append("\"explanation\":[\(terms.joined(separator: ","))]")
        }
        let hyps = p.hypotheses.map { "{\"label\":\(jsonString($0.label)),\"probability\":\(number($0.probability))}" }
        fields.append("\"hypotheses\":[\(hyps.joined(separator: ","))]")
        if let id { fields.append("\"id\":\(jsonString(id))") }
        fields.append("\"in_scope\":\(p.isInScope)")
        fields.append("\"label\":\(jsonString(p.label))")
        fields.append("\"line\":\(lineNumber)")
        fields.append("\"margin\":\(number(p.margin))")
        return "{" + fields.joined(separator: ",") + "}"
    }
}
