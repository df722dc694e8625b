// Tokenizer and analyzer throughput on real support text, as JSON (medians of 5 runs after a warm-up).
//
//   swift run -c release --package-path Benchmarks TextBench
//
// Corpora: Banking77 train utterances (short customer messages) and DialogSum dev dialogues (multi-turn
// chats), read in place from the shared data directory. Throughput counts UTF-8 input bytes.
import BenchSupport
import Foundation
import TriageKit

struct Corpus {
    var name: String
    var texts: [String]
    var bytes: Int { texts.reduce(0) { $0 + $1.utf8.count } }
}

/// The `text` column of a `text,category` CSV (the category never holds a comma; quoted texts are unescaped).
func banking77Texts(_ url: URL) throws -> [String] {
    let csv = try String(contentsOf: url, encoding: .utf8)
    var texts: [String] = []
    for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
        guard let comma = line.lastIndex(of: ",") else { continue }
        var text = String(line[..<comma])
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 {
            text = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        }
        texts.append(text)
    }
    return texts
}

func dialogSumDialogues(_ url: URL) throws -> [String] {
    var out: [String] = []
    for line in try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline) {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        if let dialogue = object?["dialogue"] as? String { out.append(dialogue) }
    }
    return out
}


/// Wall-clock median (``Timing/median(runs:_:)``) and the median of thread CPU time over 5 more runs.
func measure(_ corpus: Corpus, _ body: (String) -> Int) -> [String: Double] {
    var sink = 0
    let wall = Timing.median(runs: 5) { for text in corpus.texts { sink &+= body(text) } }
    var cpu: [Double] = []
    for _ in 0..<5 {
        let t0 = Timing.threadCPUSeconds()
        for text in corpus.texts { sink &+= body(text) }
        cpu.append(Timing.threadCPUSeconds() - t0)
    }
    let cpuMedian = cpu.sorted()[2]
    precondition(sink != 42, "keeps the work observable")
    func round(_ x: Double, _ digits: Double) -> Double { (x * digits).rounded() / digits }
    return [
        "mb_per_s": round(Double(corpus.bytes) / wall / 1e6, 10),
        "texts_per_s": (Double(corpus.texts.count) / wall).rounded(),
        "us_per_text": round(wall / Double(corpus.texts.count) * 1e6, 100),
        "cpu_mb_per_s": round(Double(corpus.bytes) / cpuMedian / 1e6, 10),
        "cpu_us_per_text": round(cpuMedian / Double(corpus.texts.count) * 1e6, 100),
    ]
}

guard let data = Timing.dataDirectory() else {
    FileHandle.standardError.write(Data("TextBench: shared data directory not found (set TRIAGE_DATA)\n".utf8))
    exit(2)
}
let corpora = [
    Corpus(name: "banking77_train", texts: try banking77Texts(data.appendingPathComponent("banking77/train.csv"))),
    Corpus(name: "dialogsum_dev", texts: try dialogSumDialogues(data.appendingPathComponent("dialogsum/dev.jsonl"))),
]
let tokenizer = Tokenizer()
let analyzer = Analyzer()
var report: [String: [String: [String: Double]]] = [:]
for corpus in corpora {
    var rows: [String: [String: Double]] = [:]
    rows["tokenizer_forEachToken"] = measure(corpus) { text in
        var count = 0
        tokenizer.forEachToken(in: text) { _, range in count &+= range.count }
        return count
    }
    rows["tokenizer_tokenize"] = measure(corpus) { tokenizer.tokenize($0).count }
    rows["analyzer_forEachTerm"] = measure(corpus) { text in
        var count = 0
        analyzer.forEachTerm(in: text) { count &+= $0.utf8.count }
        return count
    }
    rows["analyzer_terms"] = measure(corpus) { analyzer.terms($0).count }
    rows["analyzer_analyze"] = measure(corpus) { analyzer.analyze($0).count }
    rows["corpus"] = ["texts": Double(corpus.texts.count), "bytes": Double(corpus.bytes)]
    report[corpus.name] = rows
}
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
print(String(decoding: try encoder.encode(report), as: UTF8.self))
