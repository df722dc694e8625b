import Foundation

/// Errors of ``SummaryEvaluation``.
public enum SummaryEvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The data file cannot be read. Check the path.
    case unreadable(path: String)
    /// A line is not a JSON object.
    case invalidLine(path: String, line: Int)
    /// A record lacks a field, or it is not a string. Check `--text-field` / `--reference-field`.
    case missingField(path: String, line: Int, field: String)
    /// No reference field was given.
    case noReferenceField

    public var description: String {
        switch self {
        case let .unreadable(path): return "\(path): cannot be read"
        case let .invalidLine(path, line): return "\(path):\(line): not a JSON object"
        case let .missingField(path, line, field): return "\(path):\(line): field `\(field)` is missing or not a string"
        case .noReferenceField: return "at least one reference field is required"
        }
    }
}

/// Mean ROUGE of extractive summaries over a JSONL data set (one record per line).
public struct SummaryEvaluationResult: Sendable, Hashable, Codable {
    /// Mean ROUGE-1 F1 × 100 (averaged over references, then records).
    public var rouge1: Double
    /// Mean ROUGE-2 F1 × 100.
    public var rouge2: Double
    /// Mean ROUGE-L F1 × 100 (sentence-level LCS).
    public var rougeL: Double
    /// Mean wall-clock milliseconds to read and summarise one text (ROUGE excluded).
    public var msPerText: Double
    /// Mean CPU milliseconds of the summarising thread per text (less sensitive to other load).
    public var cpuMsPerText: Double
    /// Number of records.
    public var count: Int

    private enum CodingKeys: String, CodingKey {
        case rouge1, rouge2, rougeL, msPerText = "ms_per_text", cpuMsPerText = "cpu_ms_per_text", count
    }
}

/// The units selected for one record (written by `triage eval summary --out`).
public struct SummaryEvaluationRecord: Sendable, Hashable, Codable {
    /// Unit as cited.
    public struct Unit: Sendable, Hashable, Codable {
        /// The message (turn) id.
        public var messageID: String
        /// The speaker label, if any.
        public var speaker: String?
        /// The text, verbatim.
        public var text: String

        private enum CodingKeys: String, CodingKey { case messageID = "message_id", speaker, text }
    }

    /// The record's `id` (or `fname`), else its 1-based line number.
    public var id: String
    /// The selected units joined by newlines.
    public var summary: String
    /// The selected units.
    public var units: [Unit]
}

/// Runs the summarizer over a JSONL file and scores it with ``Rouge``.
public enum SummaryEvaluation {
    /// Evaluates `summarizer` on the records of `path`.
    ///
    /// Each record's `textField` is read as a DialogSum dialogue when its lines carry `#Name#:` tags, else
    /// as one plain message. ROUGE is averaged over the `referenceFields` of a record, then over records.
    ///
    /// - Parameters:
    ///   - path: A JSONL file.
    ///   - textField: The field with the text to summarise.
    ///   - referenceFields: Fields with reference summaries (at least one).
    ///   - summarizer: The summarizer, with its options (units per summary, granularity…).
    ///   - predictionField: When given, this field is scored as the candidate instead of a summary
    ///     (to check ROUGE itself against another implementation on the same selections).
    /// - Returns: The scores and the selections per record.
    /// - Throws: ``SummaryEvaluationError`` naming the file, line and field.
    /// - Complexity: linear in the data, plus O(*c*·*r*) LCS per candidate/reference pair.
    public static func run(path: String, textField: String, referenceFields: [String], summarizer: Summarizer,
                           predictionField: String? = nil)
        throws -> (result: SummaryEvaluationResult, records: [SummaryEvaluationRecord])
    {
        guard !referenceFields.isEmpty else { throw SummaryEvaluationError.noReferenceField }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SummaryEvaluationError.unreadable(path: path)
        }
        var texts: [(id: String, text: String, references: [String], prediction: String?)] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw SummaryEvaluationError.invalidLine(path: path, line: number + 1)
            }
            guard let text = object[textField] as? String else {
                throw SummaryEvaluationError.missingField(path: path, line: number + 1, field: textField)
            }
            var references: [String] = []
            for field in referenceFields {
                guard let r = object[field] as? String else {
                    throw SummaryEvaluationError.missingField(path: path, line: number + 1, field: field)
                }
                references.append(r)
            }
            var prediction: String?
            if let predictionField {
                guard let p = object[predictionField] as? String else {
                    throw SummaryEvaluationError.missingField(path: path, line: number + 1, field: predictionField)
                }
                prediction = p
            }
            let id = (object["id"] as? String) ?? (object["fname"] as? String) ?? String(number + 1)
            texts.append((id, text, references, prediction))
        }
        func summarize(_ text: String) -> Summary {
            let messages = ThreadReader.dialogue(text) ?? [SummaryMessage(id: "1", role: .customer, text: text)]
            return summarizer.summarize(messages)
        }
        for item in texts.prefix(20) { _ = summarize(item.text) }  // warm-up
        let clock = ContinuousClock()
        var summaries: [Summary] = []
        summaries.reserveCapacity(texts.count)
        let cpuStart = threadCPUSeconds()
        let elapsed = clock.measure {
            for item in texts { summaries.append(summarize(item.text)) }
        }
        let cpuSeconds = threadCPUSeconds() - cpuStart
        let rouge = Rouge()
        var sums = (0.0, 0.0, 0.0)
        var records: [SummaryEvaluationRecord] = []
        for (item, summary) in zip(texts, summaries) {
            let s = rouge.meanF1(candidate: item.prediction ?? summary.text, references: item.references)
            sums.0 += s.rouge1
            sums.1 += s.rouge2
            sums.2 += s.rougeL
            records.append(SummaryEvaluationRecord(
                id: item.id, summary: summary.text,
                units: summary.lines.map { .init(messageID: $0.unit.messageID, speaker: $0.unit.speaker, text: $0.unit.text) }))
        }
        let n = Double(max(1, texts.count))
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let result = SummaryEvaluationResult(
            rouge1: 100 * sums.0 / n, rouge2: 100 * sums.1 / n, rougeL: 100 * sums.2 / n,
            msPerText: 1000 * seconds / n, cpuMsPerText: 1000 * cpuSeconds / n, count: texts.count)
        return (result, records)
    }
}

/// CPU time of the calling thread in seconds.
private func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
