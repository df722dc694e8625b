import BenchSupport
import Foundation
import TriageSearch

// SearchBench: timings of TriageSearch for Benchmarks/scripts/search.sh, one JSON object per command.
//   SearchBench generate --docs N --queries Q --seed S --out DIR   writes DIR/docs.txt and DIR/queries.txt
//   SearchBench synthetic --dir DIR [--threads T] [--k 10]          build time, peak RSS, top-k q/s
//   SearchBench beir --dir DATA/cranfield [--k 10] [--runs 5]                 build time, q/s (with and without feedback)
//   SearchBench quality --dir DATA/SET                               the `triage eval retrieval` report (defaults)

func arg(_ name: String, _ fallback: String) -> String {
    let a = CommandLine.arguments
    if let i = a.firstIndex(of: name), i + 1 < a.count { return a[i + 1] }
    return fallback
}

func peakRSSMiB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return kb / 1024
    }
    return 0
}

/// Wall-clock seconds, or process CPU seconds with `--cpu 1` (steadier on a shared machine).
let useCPUTime = arg("--cpu", "0") == "1"
func now() -> Double { useCPUTime ? Timing.processCPUSeconds() : Timing.now() }

func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    try Timing.median(runs: runs, clock: now, body)
}

func currentRSSMiB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
    }
    return 0
}

/// The lines of a file, read 8 MiB at a time (so the raw bytes are never held twice).
func lines(_ path: String, limit: Int = Int.max) throws -> [String] {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileNoSuchFile) }
    defer { try? handle.close() }
    var out: [String] = []
    var carry: [UInt8] = []
    while out.count < limit, let chunk = try handle.read(upToCount: 8 << 20), !chunk.isEmpty {
        carry.append(contentsOf: chunk)
        var start = 0
        carry.withUnsafeBufferPointer { b in
            for i in 0..<b.count where b[i] == 0x0A && out.count < limit {
                out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
                start = i + 1
            }
        }
        carry.removeFirst(start)
    }
    if !carry.isEmpty && out.count < limit { out.append(String(decoding: carry, as: UTF8.self)) }
    return out
}

func json(_ pairs: [(String, Any)]) -> String {
    "{" + pairs.sorted { $0.0 < $1.0 }.map { k, v in
        if let d = v as? Double { return "\"\(k)\": \(String(format: "%.4f", d))" }
        return "\"\(k)\": \(v)"
    }.joined(separator: ", ") + "}"
}

let command = CommandLine.arguments.dropFirst().first ?? ""
switch command {
case "generate":
    let docs = Int(arg("--docs", "1000000")) ?? 1_000_000
    let queries = Int(arg("--queries", "1000")) ?? 1000
    var gen = SyntheticCorpus(seed: UInt64(arg("--seed", "42")) ?? 42)
    let dir = URL(fileURLWithPath: arg("--out", "Benchmarks/out/synthetic"))
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var text = ""
    text.reserveCapacity(docs * 250)
    for _ in 0..<docs { text += gen.document(); text += "\n" }
    try text.write(to: dir.appendingPathComponent("docs.txt"), atomically: true, encoding: .utf8)
    let qs = (0..<queries).map { _ in gen.query() }.joined(separator: "\n") + "\n"
    try qs.write(to: dir.appendingPathComponent("queries.txt"), atomically: true, encoding: .utf8)
    print(json([("documents", docs), ("queries", queries), ("bytes", text.utf8.count)]))

case "synthetic":
    let dir = arg("--dir", "Benchmarks/out/synthetic")
    let k = Int(arg("--k", "10")) ?? 10
    let texts = try lines(dir + "/docs.txt", limit: Int(arg("--limit", "")) ?? Int.max)
    let queries = try lines(dir + "/queries.txt")
    let rawBytes = texts.reduce(0) { $0 + $1.utf8.count }
    let baseline = currentRSSMiB()
    var options = IndexOptions()
    options.fields = [FieldSpec("body")]
    options.buildThreads = Int(arg("--threads", "0")) ?? 0
    options.termVectors = arg("--term-vectors", "0") == "1"
    options.feedback = nil
    let batch = DocumentBatch(ids: (0..<texts.count).map { "d\($0)" }, fields: ["body": texts])
    let t0 = now()
    let c0 = clock()
    let index = SearchIndex(batch: batch, options: options)
    let build = now() - t0
    let buildCPU = Double(clock() - c0) / Double(CLOCKS_PER_SEC)
    let peak = peakRSSMiB()
    var hits = 0
    let seconds = try median(5) {
        hits = 0
        for q in queries { hits += try index.search(SearchQuery(q, limit: k)).count }
    }
    print(json([("documents", texts.count), ("build_seconds", build), ("build_cpu_seconds", buildCPU), ("raw_text_mib", Double(rawBytes) / 1_048_576),
                ("rss_before_build_mib", baseline), ("peak_rss_mib", peak), ("peak_over_raw_text_mib", peak - Double(rawBytes) / 1_048_576),
                ("peak_over_rss_before_build_mib", peak - baseline), ("queries_per_second", Double(queries.count) / seconds),
                ("hits", hits), ("postings_mib", Double(index.segments.first?.postingsByteCount ?? 0) / 1_048_576),
                ("terms", index.segments.first?.termCount ?? 0)]))

case "beir":
    let dir = URL(fileURLWithPath: arg("--dir", "../shared/data/cranfield"))
    let k = Int(arg("--k", "10")) ?? 10
    let docs = try BEIRLoader.corpus(dir.appendingPathComponent("corpus.jsonl"))
    let queries = try BEIRLoader.queries(dir.appendingPathComponent("queries.jsonl")).map(\.text)
    let runs = Int(arg("--runs", "5")) ?? 5
    var index = SearchIndex(documents: docs)
    let build = try median(5) { index = SearchIndex(documents: docs) }
    let withFeedback = try median(runs) { for q in queries { _ = try index.search(SearchQuery(q, limit: k)) } }
    let plain = try median(runs) {
        for q in queries {
            var query = SearchQuery(q, limit: k)
            query.feedback = false
            _ = try index.search(query)
        }
    }
    print(json([("documents", docs.count), ("index_seconds", build), ("queries_per_second", Double(queries.count) / withFeedback),
                ("queries_per_second_no_feedback", Double(queries.count) / plain)]))

case "quality":
    let dir = URL(fileURLWithPath: arg("--dir", "../shared/data/cranfield"))
    let report = try RetrievalEvaluation.run(corpus: dir.appendingPathComponent("corpus.jsonl"),
                                             queries: dir.appendingPathComponent("queries.jsonl"),
                                             qrels: dir.appendingPathComponent("qrels/test.tsv"))
    print(report.json)

default:
    FileHandle.standardError.write(Data("usage: SearchBench generate|synthetic|beir [options]\n".utf8))
    exit(2)
}
