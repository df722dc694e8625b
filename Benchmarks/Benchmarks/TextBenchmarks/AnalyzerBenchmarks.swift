import Benchmark
import BenchSupport
import Foundation
import TriageKit

/// Tokenizer and analyzer throughput over the Banking77 training utterances (one iteration = the whole
/// corpus, about 595 KB; MB/s = 0.595 × iterations/s). `Benchmarks/Sources/TextBench` prints MB/s directly.
func analyzerBenchmarks() {
    guard let url = Timing.dataDirectory()?.appendingPathComponent("banking77/train.csv"),
          let csv = try? String(contentsOf: url, encoding: .utf8) else { return }
    let texts: [String] = csv.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
        line.lastIndex(of: ",").map { String(line[..<$0]) }
    }
    let tokenizer = Tokenizer()
    let analyzer = Analyzer()
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(3))

    Benchmark("Tokenizer.forEachToken banking77 train", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            for text in texts {
                tokenizer.forEachToken(in: text) { _, range in blackHole(range) }
            }
        }
    }
    Benchmark("Analyzer.forEachTerm banking77 train", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            for text in texts {
                analyzer.forEachTerm(in: text) { blackHole($0.utf8.count) }
            }
        }
    }
    Benchmark("Analyzer.analyze banking77 train", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            for text in texts { blackHole(analyzer.analyze(text)) }
        }
    }
}
