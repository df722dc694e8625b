import Foundation
import Testing
import TriageSummarizer
import TriageText

@Suite struct DialogSumTests {
    /// DialogSum dev, one unit per turn, 2 units per summary: beats LEAD-2 on ROUGE-1/2/L.
    @Test func beatsLeadTwoOnDialogSumDev() throws {
        guard let url = SharedData.url("dialogsum/dev.jsonl") else { return }
        var options = SummarizerOptions()
        options.maxUnits = 2
        options.granularity = .turns
        let outcome = try SummaryEvaluation.run(path: url.path, textField: "dialogue", referenceFields: ["summary"],
                                                summarizer: Summarizer(options: options))
        #expect(outcome.result.count == 500)
        // LEAD-2 with the same ROUGE.
        let rouge = Rouge()
        var lead = (0.0, 0.0, 0.0)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let dialogue = try #require(object["dialogue"] as? String)
            let reference = try #require(object["summary"] as? String)
            let turns = dialogue.split(separator: "\n").prefix(2).joined(separator: "\n")
            let s = rouge.meanF1(candidate: turns, references: [reference])
            lead.0 += s.rouge1; lead.1 += s.rouge2; lead.2 += s.rougeL
        }
        let n = Double(lines.count)
        let r = outcome.result
        #expect(r.rouge1 > 100 * lead.0 / n + 0.5)
        #expect(r.rouge2 > 100 * lead.1 / n + 0.5)
        #expect(r.rougeL > 100 * lead.2 / n + 0.3)
        // Every selection is two verbatim turns of its dialogue, tags included, in order.
        for record in outcome.records.prefix(50) {
            #expect(record.units.count == 2)
            #expect(record.units.allSatisfy { $0.text.hasPrefix("#Person") })
        }
    }

    /// The memoised token analysis gives exactly the shared analyzer's terms on real text.
    @Test func memoisedAnalysisEqualsTheAnalyzer() throws {
        guard let url = SharedData.url("dialogsum/dev.jsonl") else { return }
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").prefix(100)
        let memo = TermMemo()
        let analyzer = Analyzer()
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let dialogue = try #require(object["dialogue"] as? String)
            for turn in dialogue.split(separator: "\n").map(String.init) {
                #expect(memo.terms(turn, analyzer: analyzer) == analyzer.terms(turn), "\(turn)")
            }
        }
    }
}
