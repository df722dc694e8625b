// swift-tools-version:6.1
import PackageDescription

// TriageKit: one module per pipeline stage (see README.md, "Architecture").
// The pure-Swift stages (text, classifier, search, summarizer, planner) import no C;
// only TriageStore touches SQLite (through GRDB) and only TriageLLM touches libcurl.
let package = Package(
    name: "TriageKit",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "TriageKit", targets: ["TriageKit"]),
        .library(name: "TriageText", targets: ["TriageText"]),
        .library(name: "TriageTickets", targets: ["TriageTickets"]),
        .library(name: "TriageClassifier", targets: ["TriageClassifier"]),
        .library(name: "TriageSearch", targets: ["TriageSearch"]),
        .library(name: "TriageSummarizer", targets: ["TriageSummarizer"]),
        .executable(name: "triage", targets: ["triage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]
        ),
        .target(name: "TriageText"),
        .target(
            name: "TriageTickets",
            dependencies: ["TriageText", .product(name: "CSV", package: "CSV.swift")]
        ),
        // AVX2 versions of the classifier's inner loops (C, chosen at run time; bit-identical to the Swift ones).
        .target(name: "TriageKernels"),
        .target(name: "TriageClassifier", dependencies: ["TriageText", "TriageKernels"]),
        .target(name: "TriageSearch", dependencies: ["TriageText"]),
        .target(name: "TriageSummarizer", dependencies: ["TriageText"]),
        .target(
            name: "TriageStore",
            dependencies: ["TriageSearch", "TriageClassifier", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "TriagePlanner",
            dependencies: [
                "TriageText", "TriageTickets", "TriageClassifier", "TriageSearch", "TriageSummarizer",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "TriageLLM", dependencies: ["TriagePlanner", "CCurl"]),
        .target(
            name: "TriageEvaluation",
            dependencies: ["TriageText", "TriageTickets", "TriageClassifier", "TriageSearch", "TriageSummarizer", "TriagePlanner"]
        ),
        .target(
            name: "TriageKit",
            dependencies: [
                "TriageText", "TriageTickets", "TriageClassifier", "TriageSearch", "TriageSummarizer",
                "TriagePlanner", "TriageStore", "TriageLLM", "TriageEvaluation",
            ]
        ),
        .executableTarget(
            name: "triage",
            dependencies: ["TriageKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "TriageTextTests", dependencies: ["TriageText"]),
        .testTarget(name: "TriageTicketsTests", dependencies: ["TriageTickets"]),
        .testTarget(name: "TriageClassifierTests", dependencies: ["TriageClassifier"]),
        .testTarget(name: "TriageSearchTests", dependencies: ["TriageSearch"], exclude: ["Fixtures"]),
        .testTarget(name: "TriageSummarizerTests", dependencies: ["TriageSummarizer"], exclude: ["Fixtures"]),
        .testTarget(name: "TriageStoreTests", dependencies: ["TriageStore", "TriageTestSupport"]),
        .testTarget(name: "TriagePlannerTests", dependencies: ["TriagePlanner", "TriageTickets"]),
        .testTarget(name: "TriageLLMTests", dependencies: ["TriageLLM", "TriageTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TriageEvaluationTests", dependencies: ["TriageEvaluation"], exclude: ["Fixtures"]),
        .testTarget(name: "TriageKitTests", dependencies: ["TriageKit", "TriageTestSupport"], exclude: ["Golden"]),
        // Helpers shared by test targets (the fake LLM server, the built `triage` executable); tests only.
        .target(name: "TriageTestSupport", path: "Tests/TriageTestSupport"),
    ],
    swiftLanguageModes: [.v6]
)
