import Foundation
import TriageSummarizer

// Handoff thread context (support layout + bug-report draft) over tickets, for callgrind:
//   SummaryBench MODE FILE.jsonl [--repeat N]
// MODE: load (parse only), dump (outputs as JSON lines), separate (supportSummary then bugReport, as TriageEngine.threadContext did),
// shared (Summarizer.handoffContext), check (both, prints mismatches). FILE: gold (`{"ticket": {...}}`
// lines, Corpus/eval/gold.jsonl) or tickets (`gen_tickets.py` lines; short `{"text": …}` form too).
// Instruction counts: valgrind --tool=callgrind --toggle-collect='*benchSeparate*' (or '*benchShared*')
// on a `strip -g` copy; divide by tickets × repeats.

/// Messages as TriageEngine.summaryMessages maps them (ids are message positions).
func messages(_ object: [String: Any]) -> [SummaryMessage] {
    let ticket = object["ticket"] as? [String: Any] ?? object
    guard let list = ticket["messages"] as? [[String: Any]] else {
        guard let text = ticket["text"] as? String else { return [] }
        return [SummaryMessage(id: "0", role: .customer, text: text)]
    }
    return list.enumerated().map { i, m in
        SummaryMessage(id: String(i), role: SpeakerRole(label: m["author"] as? String ?? "customer"),
                       text: m["text"] as? String ?? "", quotedText: m["quoted"] as? String,
                       signatureText: m["signature"] as? String)
    }
}

@inline(never)
func benchSeparate(_ s: Summarizer, _ threads: [[SummaryMessage]]) -> Int {
    var sink = 0
    for t in threads where !t.isEmpty {
        let a = s.supportSummary(t)
        let b = s.bugReport(t)
        sink &+= a.issue.count &+ a.status.count &+ b.symptom.count &+ (b.isLikelyBug ? 1 : 0)
    }
    return sink
}

@inline(never)
func benchShared(_ s: Summarizer, _ threads: [[SummaryMessage]]) -> Int {
    var sink = 0
    for t in threads where !t.isEmpty {
        let c = s.handoffContext(t)
        sink &+= c.supportSummary.issue.count &+ c.supportSummary.status.count &+ c.bugReport.symptom.count
            &+ (c.bugReport.isLikelyBug ? 1 : 0)
    }
    return sink
}

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(Data("usage: SummaryBench load|separate|shared|check FILE.jsonl [--repeat N]\n".utf8))
    exit(2)
}
let mode = args[1]
let repeats = args.firstIndex(of: "--repeat").flatMap { Int(args[$0 + 1]) } ?? 1
guard let text = try? String(contentsOfFile: args[2], encoding: .utf8) else {
    FileHandle.standardError.write(Data("cannot read \(args[2])\n".utf8))
    exit(1)
}
let threads: [[SummaryMessage]] = text.split(separator: "\n").compactMap { line in
    (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
}.map(messages)
let summarizer = Summarizer()
// Warm the token memo as a long-running engine would have it (outside the measured functions).
for t in threads where !t.isEmpty {
    _ = summarizer.supportSummary(t)
    _ = summarizer.bugReport(t)
}
var sink = 0
let t0 = Date()
for _ in 0..<repeats {
    switch mode {
    case "separate": sink &+= benchSeparate(summarizer, threads)
    case "dump":
        // One line per thread: the support layout and the bug draft as sorted-key JSON (compare runs with diff).
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for t in threads where !t.isEmpty {
            let a = (try? encoder.encode(summarizer.supportSummary(t))) ?? Data()
            let b = (try? encoder.encode(summarizer.bugReport(t))) ?? Data()
            print(String(decoding: a, as: UTF8.self) + "\t" + String(decoding: b, as: UTF8.self))
        }
    case "shared": sink &+= benchShared(summarizer, threads)
    case "check":
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var bad = 0
        for t in threads where !t.isEmpty {
            let c = summarizer.handoffContext(t)
            let a = summarizer.supportSummary(t)
            let b = summarizer.bugReport(t)
            if c.supportSummary != a || c.bugReport != b || (try? encoder.encode(a)) != (try? encoder.encode(c.supportSummary))
                || (try? encoder.encode(b)) != (try? encoder.encode(c.bugReport)) {
                bad += 1
            }
        }
        print("{\"mismatches\": \(bad)}")
    default: break
    }
}
let seconds = Date().timeIntervalSince(t0)
let count = threads.filter { !$0.isEmpty }.count
print("{\"mode\": \"\(mode)\", \"threads\": \(count), \"repeats\": \(repeats), \"us_per_thread\": \(seconds / Double(max(1, count * repeats)) * 1e6), \"sink\": \(sink)}")
