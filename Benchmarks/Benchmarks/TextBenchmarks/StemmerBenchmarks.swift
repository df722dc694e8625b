import Benchmark
import BenchSupport
import Foundation
import TriageKit

/// Snowball English stemmer: the whole Snowball vocabulary per iteration, without and with a cache.
func stemmerBenchmarks() {
    guard let voc = Timing.dataDirectory()?.appendingPathComponent("snowball-english/voc.txt"),
          let text = try? String(contentsOf: voc, encoding: .utf8) else { return }
    let words = text.split(separator: "\n").map(String.init)
    let stemmer = EnglishStemmer()
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(3))

    Benchmark("EnglishStemmer.stem vocabulary (42,649 words)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            for word in words { blackHole(stemmer.stem(word)) }
        }
    }

    Benchmark("StemCache.stem vocabulary, warm (42,649 words)", configuration: configuration) { benchmark in
        var cache = StemCache(capacity: 1 << 16)
        for word in words { blackHole(cache.stem(word)) }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for word in words { blackHole(cache.stem(word)) }
        }
    }
}
