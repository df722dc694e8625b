import Dispatch

/// The JSON object `triage eval intent` prints: quality, calibration, rejection and speed of one
/// train → test run. Keys are snake_case.
public struct IntentEvaluationReport: Sendable, Codable {
    public var model: String
    public var trainCount: Int
    public var testCount: Int
    public var featureCount: Int
    public var accuracy: Double
    public var macroF1: Double
    public var macroPrecision: Double
    public var macroRecall: Double
    public var ece: Double
    public var temperature: Double
    public var threshold: Double
    /// The out-of-scope threshold on the in-scope score (``IntentClassifier/inScopeThreshold``).
    public var inScopeThreshold: Double
    public var trainSeconds: Double?
    /// Batch predictions per second of one core: texts over the median thread-CPU seconds of one pass (see
    /// ``IntentBenchmark/evaluate(_:on:)``).
    public var predictPerSecond: Double
    /// The same passes on the wall clock (lower than ``predictPerSecond`` when other processes share the core).
    public var predictPerWallSecond: Double
    /// Median milliseconds of one `prediction(for:)` call (buffers allocated per call), over up to 500 texts.
    public var singleTextMilliseconds: Double
    public var perIntent: [String: IntentMetrics]
    public var labels: [String]
    public var confusion: [[Int]]
    public var reliability: [Metrics.ReliabilityBin]
    public var riskCoverage: [Metrics.RiskCoveragePoint]
    public var outOfScopeCount: Int?
    public var inScopeAccuracy: Double?
    public var oosRecall: Double?
    public var oosPrecision: Double?
    public var auroc: Double?
    public var oosRecallAtInScopeAccuracy090: Double?

    enum CodingKeys: String, CodingKey {
        case model, accuracy, ece, temperature, threshold, labels, confusion, reliability, auroc
        case inScopeThreshold = "in_scope_threshold"
        case trainCount = "train_count", testCount = "test_count", featureCount = "feature_count"
        case macroF1 = "macro_f1", macroPrecision = "macro_precision", macroRecall = "macro_recall"
        case trainSeconds = "train_seconds", predictPerSecond = "predict_per_second",
             predictPerWallSecond = "predict_per_wall_second",
             singleTextMilliseconds = "single_text_ms", perIntent = "per_intent"
        case riskCoverage = "risk_coverage", outOfScopeCount = "oos_count", inScopeAccuracy = "in_scope_accuracy"
        case oosRecall = "oos_recall", oosPrecision = "oos_precision"
        case oosRecallAtInScopeAccuracy090 = "oos_recall_at_in_scope_accuracy_0_90"
    }
}

/// Runs the intent evaluation protocol of DESIGN.md §4.
public enum IntentBenchmark {
    /// Seconds on a monotonic clock.
    public static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Trains on `train` (without the `unknownIntents`), evaluates on `test`; rows of unknown intents are
    /// out of scope.
    /// - Throws: training errors (``ClassifierError``).
    public static func run(train: [LabeledExample], test: [LabeledExample], configuration: ClassifierConfiguration,
                           unknownIntents: Set<String> = []) throws -> IntentEvaluationReport {
        try trainAndEvaluate(train: train, test: test, configuration: configuration, unknownIntents: unknownIntents).report
    }

    /// What ``run(train:test:configuration:unknownIntents:)`` does, also returning the trained model (for
    /// error files and reports).
    /// - Throws: training errors (``ClassifierError``).
    public static func trainAndEvaluate(train: [LabeledExample], test: [LabeledExample], configuration: ClassifierConfiguration,
                                        unknownIntents: Set<String> = []) throws -> (report: IntentEvaluationReport, model: IntentClassifier) {
        let kept = train.filter { !unknownIntents.contains($0.label) }
        let t0 = now()
        let model = try IntentClassifier.train(examples: kept, configuration: configuration)
        let seconds = now() - t0
        var report = evaluate(model, on: test)
        report.trainSeconds = seconds
        report.trainCount = kept.count
        return (report, model)
    }

    /// Evaluates a trained model on `test`. Prediction speed: after a warm-up pass, timed batch passes on one
    /// thread (at least 9, and until 0.5 s of thread CPU time or 101 passes); the median pass on the thread's
    /// CPU clock gives ``IntentEvaluationReport/predictPerSecond`` (one core's throughput, which other
    /// processes on a busy machine cannot lower) and the median on the wall clock
    /// ``IntentEvaluationReport/predictPerWallSecond``. (Three wall-clock passes, as before, reported whatever
    /// share of the core the scheduler gave the thread in those 60 ms.)
    public static func evaluate(_ model: IntentClassifier, on test: [LabeledExample]) -> IntentEvaluationReport {
        let texts = test.map(\.text).filter { !$0.allSatisfy(\.isWhitespace) }
        _ = model.predictions(for: texts, maximumCount: 1)
        var samples: [Double] = [], cpuSamples: [Double] = []
        var cpuTotal = 0.0
        while samples.count < 101 && (samples.count < 9 || cpuTotal < 0.5) {
            let t = now(), c = threadCPUSeconds()
            _ = model.predictions(for: texts, maximumCount: 1)
            let cpu = threadCPUSeconds() - c
            samples.append(now() - t)
            cpuSamples.append(cpu)
            cpuTotal += cpu
        }
        samples.sort()
        cpuSamples.sort()
        var single: [Double] = []
        for t in texts.prefix(500) {
            let t0 = now()
            _ = try? model.prediction(for: t, maximumCount: 3)
            single.append(now() - t0)
        }
        single.sort()
        let e = model.evaluation(on: test)
        return IntentEvaluationReport(
            model: model.configuration.model.rawValue, trainCount: model.metadata.exampleCount, testCount: e.count,
            featureCount: model.vectorizer.featureCount, accuracy: e.accuracy, macroF1: e.macroF1,
            macroPrecision: e.macroPrecision, macroRecall: e.macroRecall, ece: e.ece,
            temperature: model.temperature, threshold: model.threshold, inScopeThreshold: model.inScopeThreshold,
            trainSeconds: nil,
            predictPerSecond: Double(texts.count) / max(cpuSamples[cpuSamples.count / 2], 1e-9),
            predictPerWallSecond: Double(texts.count) / max(samples[samples.count / 2], 1e-9),
            singleTextMilliseconds: single.isEmpty ? 0 : single[single.count / 2] * 1000, perIntent: e.perIntent, labels: e.labels,
            confusion: e.confusion, reliability: e.reliability, riskCoverage: e.riskCoverage,
            outOfScopeCount: e.outOfScopeCount > 0 ? e.outOfScopeCount : nil, inScopeAccuracy: e.inScopeAccuracy,
            oosRecall: e.outOfScopeRecall, oosPrecision: e.outOfScopePrecision, auroc: e.auroc,
            oosRecallAtInScopeAccuracy090: e.outOfScopeRecallAtInScopeAccuracy90)
    }
}
