// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in their own package so that `swift build` / `swift test` at the root never build them.
// Run one suite:   cd Benchmarks && swift package benchmark --target TextBenchmarks
// Peer comparisons (Python peers in a virtualenv, ratios in the same run): Benchmarks/scripts/*.sh
let package = Package(
    name: "TriageBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "TriageKit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Shared helpers for the benchmark suites and the comparison tools (data location, timing, medians).
        .target(name: "BenchSupport"),
        // ordo-one/benchmark suites: sources in Benchmarks/<Target>/.
        .executableTarget(
            name: "TextBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "TriageKit", package: "TriageKit"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/TextBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Stemmer words/s as JSON for Benchmarks/scripts/stemmer.sh (compared with PyStemmer in the same run).
        .executableTarget(
            name: "StemBench",
            dependencies: ["BenchSupport", .product(name: "TriageText", package: "TriageKit")],
            path: "Sources/StemBench"
        ),
        // Tokenizer/analyzer MB/s on Banking77 and DialogSum as JSON: swift run -c release TextBench
        .executableTarget(
            name: "TextBench",
            dependencies: ["BenchSupport", .product(name: "TriageKit", package: "TriageKit")],
            path: "Sources/TextBench"
        ),
        // Intent classifier training seconds and predictions/s on Banking77 as JSON (TriageClassifier only):
        // swift run -c release ClassifierBench [--dump FILE]
        .executableTarget(
            name: "ClassifierBench",
            dependencies: ["BenchSupport", .product(name: "TriageClassifier", package: "TriageKit")],
            path: "Sources/ClassifierBench"
        ),
        // One ticket through the whole pipeline with the default workspace, median ms on one core:
        // swift run -c release PipelineBench [--tickets F.jsonl]
        .executableTarget(
            name: "PipelineBench",
            dependencies: ["BenchSupport", .product(name: "TriageKit", package: "TriageKit")],
            path: "Sources/PipelineBench"
        ),
        // BM25 search timings as JSON for scripts/search.sh (TriageSearch only): swift run -c release SearchBench beir|synthetic|generate
        .executableTarget(
            name: "SearchBench",
            dependencies: ["BenchSupport", .product(name: "TriageSearch", package: "TriageKit")],
            path: "Sources/SearchBench"
        ),
        // Handoff thread context (support summary + bug draft) per ticket, for callgrind instruction counts
        // (TriageSummarizer only): swift build -c release --product SummaryBench; SummaryBench MODE FILE.jsonl
        .executableTarget(
            name: "SummaryBench",
            dependencies: [.product(name: "TriageSummarizer", package: "TriageKit")],
            path: "Sources/SummaryBench"
        ),
    ]
)
