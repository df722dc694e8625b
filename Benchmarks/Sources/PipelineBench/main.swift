import BenchSupport
import Foundation
import TriageKit

// One ticket through the whole pipeline (intake'd ticket → classifier, searches, summarizer, planner → Decision
// → canonical JSON line) with the default workspace, on one core. Prints one JSON object.
//
//   swift run -c release --package-path Benchmarks PipelineBench [--workspace DIR] [--tickets F.jsonl] [--passes N]
//                                                                [--per-ticket OUT.tsv]   (set, id, µs, action per sample)
//
// Tickets: the workspace's gold tickets (what support really sends, all three actions) and, with --tickets, up
// to 20,000 lines of a generated backlog (Benchmarks/scripts/gen_tickets.py). Each pass times every ticket
// once; the figure is the median over all (ticket, pass) samples, after a warm-up pass. Times are the thread's CPU
// time (so other work on the machine does not inflate them); `wall_median_ms` is the wall-clock median beside it.
// `median_ms` covers decide + JSON line; `decide_median_ms` the decision alone; `best_pass_median_ms` is the median
// over tickets of each ticket's fastest pass (decide + JSON), which a busy machine hardly moves.

struct Arguments {
    var workspace: URL?
    var tickets: URL?
    var passes = 5
    var perTicket: URL?
    init() {
        var it = CommandLine.arguments.dropFirst().makeIterator()
        while let a = it.next() {
            switch a {
            case "--workspace": workspace = it.next().map { URL(fileURLWithPath: $0) }
            case "--tickets": tickets = it.next().map { URL(fileURLWithPath: $0) }
            case "--passes": passes = it.next().flatMap(Int.init) ?? passes
            case "--per-ticket": perTicket = it.next().map { URL(fileURLWithPath: $0) }
            default: FileHandle.standardError.write(Data("unknown argument \(a)\n".utf8)); exit(2)
            }
        }
    }
}

/// The default workspace: `Corpus/` in the package root above the current directory.
func defaultWorkspace() -> URL? {
    var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    for _ in 0..<4 {
        let c = dir.appendingPathComponent("Corpus")
        if FileManager.default.fileExists(atPath: c.appendingPathComponent("triage.yml").path) { return c }
        dir = dir.deletingLastPathComponent()
    }
    return nil
}


func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p + 0.5))]
}

let args = Arguments()
guard let wsURL = args.workspace ?? defaultWorkspace() else {
    FileHandle.standardError.write(Data("no workspace: pass --workspace\n".utf8)); exit(2)
}
let loadStart = Timing.now()
let ws = try Workspace.load(from: wsURL, options: .init(examples: true, priorTickets: true, gold: true))
let engine = try TriageEngine(loaded: ws, options: EngineOptions())
let loadSeconds = Timing.now() - loadStart

var sets: [(name: String, tickets: [Ticket])] = [("gold", ws.gold.map(\.intakeTicket))]
if let url = args.tickets {
    var list: [Ticket] = []
    JSONLIntake.read(url) { result in
        if list.count < 20_000, case .success(let t) = result { list.append(t) }
    }
    sets.append(("backlog", list))
}

var report: [String: Any] = ["workspace": wsURL.lastPathComponent, "load_seconds": loadSeconds, "passes": args.passes]
var bytes = 0
var perTicketLines: [String] = []
for (name, tickets) in sets {
    for t in tickets { bytes += (try? engine.triage(t).jsonBytes())?.count ?? 0 }   // warm-up
    var samples: [Double] = [], decideSamples: [Double] = [], wallSamples: [Double] = []
    samples.reserveCapacity(tickets.count * args.passes)
    // Each ticket's fastest pass: a figure that other work on a shared machine hardly moves.
    var bestPerTicket = [Double](repeating: .infinity, count: tickets.count)
    for _ in 0..<args.passes {
        for (index, t) in tickets.enumerated() {
            let w0 = Timing.now()
            let t0 = Timing.threadCPUSeconds()
            let decision = engine.triage(t)
            let t1 = Timing.threadCPUSeconds()
            let line = try decision.jsonBytes()
            let t2 = Timing.threadCPUSeconds()
            wallSamples.append(Timing.now() - w0)
            samples.append(t2 - t0)
            bestPerTicket[index] = min(bestPerTicket[index], t2 - t0)
            decideSamples.append(t1 - t0)
            bytes &+= line.count
            if args.perTicket != nil { perTicketLines.append("\(name)\t\(t.id)\t\(Int((t2 - t0) * 1e6))\t\(decision.action.rawValue)") }
        }
    }
    samples.sort()
    decideSamples.sort()
    bestPerTicket.sort()
    wallSamples.sort()
    let total = samples.reduce(0, +)
    report[name] = [
        "tickets": tickets.count,
        "median_ms": percentile(samples, 0.5) * 1000,
        "p90_ms": percentile(samples, 0.9) * 1000,
        "p99_ms": percentile(samples, 0.99) * 1000,
        "mean_ms": total / Double(samples.count) * 1000,
        "decide_median_ms": percentile(decideSamples, 0.5) * 1000,
        "best_pass_median_ms": percentile(bestPerTicket, 0.5) * 1000,
        "wall_median_ms": percentile(wallSamples, 0.5) * 1000,
        "tickets_per_second_one_core": Double(samples.count) / total,
    ]
}
report["checksum_bytes"] = bytes
if let url = args.perTicket {
    try perTicketLines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
}
let data = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
