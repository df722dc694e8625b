import Benchmark
import BenchSupport
import Foundation
import TriageKit

let benchmarks: @Sendable () -> Void = {
    stemmerBenchmarks()
    analyzerBenchmarks()
    let sample = String(repeating: "Hi, I was charged twice for order A-55812 ($49.99) after upgrading to 2.3.1. Error E1234 appears. ", count: 100)

    Benchmark("Analyzer.analyze 10 KB", configuration: .init(metrics: [.wallClock, .throughput], maxDuration: .seconds(3))) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Analyzer().analyze(sample))
        }
    }
}
