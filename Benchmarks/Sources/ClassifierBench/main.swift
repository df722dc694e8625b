// ClassifierBench: training seconds and batch predictions/s of TriageClassifier on Banking77, as JSON
// (depends on TriageClassifier alone so that rebuilding after a classifier change stays quick).
//
// Usage: ClassifierBench [--runs N] [--train-runs N] [--predict-loops N] [--dump FILE] [--serial] [--model FILE] [--write FILE]
//   --write FILE     writes the (last) model file, for byte comparisons before/after a change
//   --dump FILE      writes one line per test text: label, confidence bit pattern (for before/after identity)
//   --predict-loops  repeats the timed batch (for `perf record`)
//   --serial         trains the held-out and final models on one thread
//   --model FILE     loads a model file instead of training (prediction figures and load_ms; train figures are 0)
//   --config SPEC    trains a variant of the default configuration (keys as in Screen.swift, e.g. "knn=0")
//   --screen "SPEC;SPEC" [--folds 0,1,2,3,4] [--oos] [--dump-oos FILE]: cross-validation on the training split
//   --dump-logits FILE [--config SPEC] [--folds …]: raw logits of the leave-intents-out models (Screen.swift)
//   --test-both [--config SPEC]: test-split accuracy, macro-F1, ECE and leave-10-intents-out AUROC / recall@0.90
import BenchSupport
import Foundation
import TriageClassifier

let args = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}
let runs = Int(option("--runs") ?? "") ?? 5
let trainRuns = Int(option("--train-runs") ?? "") ?? 3
let loops = Int(option("--predict-loops") ?? "") ?? 1
guard let data = Timing.dataDirectory() else { print("{\"skip\": \"no data\"}"); exit(0) }
let reader = ExampleReader(textColumn: "text", labelColumn: "category")
let train = try reader.read(path: data.appendingPathComponent("banking77/train.csv").path)
let test = try reader.read(path: data.appendingPathComponent("banking77/test.csv").path)
// --cv-epochs 6,8,12: 5-fold stratified cross-validation on the training split only (accuracy, macro-F1 of the
// linear model per epoch count), for choosing `LinearModelOptions.epochs`.
if let list = option("--cv-epochs") {
    let labels = Array(Set(train.map(\.label))).sorted()
    var classOf: [String: Int32] = [:]
    for (i, l) in labels.enumerated() { classOf[l] = Int32(i) }
    let fold = stratifiedFolds(train, labels: labels)
    for epochs in list.split(separator: ",").compactMap({ Int($0) }) {
        var accs: [Double] = [], f1s: [Double] = [], cpu = 0.0
        for f in 0 ..< 5 {
            let tr = train.indices.filter { fold[$0] != f }, te = train.indices.filter { fold[$0] == f }
            var options = LinearModelOptions()
            options.epochs = epochs
            let c0 = Timing.processCPUSeconds()
            let (vectorizer, x) = try TextVectorizer.fit(tr.map { train[$0].text }, options: VectorizerOptions())
            let y = tr.map { classOf[train[$0].label] ?? 0 }
            let scorer = SoftmaxTrainer(options: options).fit(x, labels: y, classCount: labels.count)
            cpu += Timing.processCPUSeconds() - c0
            let logits = scorer.scores(vectorizer.transform(te.map { train[$0].text }))
            var predicted: [Int] = []
            for r in 0 ..< te.count {
                var best = 0
                for j in 1 ..< labels.count where logits[r * labels.count + j] > logits[r * labels.count + best] { best = j }
                predicted.append(best)
            }
            let m = Metrics.classification(predicted: predicted, actual: te.map { Int(classOf[train[$0].label] ?? 0) }, classCount: labels.count)
            accs.append(m.accuracy); f1s.append(m.macroF1)
        }
        let mean = { (v: [Double]) in v.reduce(0, +) / Double(v.count) }
        print("epochs \(epochs): accuracy \(mean(accs)) macro-F1 \(mean(f1s)) folds \(accs.map { (($0 * 10000).rounded() / 10000) }) fit CPU s \(cpu / 5)")
    }
    exit(0)
}
if let path = option("--dump-logits") {
    let folds = (option("--folds") ?? "0").split(separator: ",").compactMap { Int($0) }
    try dumpLogits(train: train, spec: option("--config") ?? "", folds: folds, path: path)
    exit(0)
}
// --screen "spec;spec" [--folds 0,1,2,3,4] [--oos]: cross-validated screening on the training split (Screen.swift).
// --test-both [--config SPEC]: the test-split figures of one configuration (the final check, never used to choose):
// accuracy, macro-F1, ECE (all intents) and the leave-10-intents-out AUROC and recall at in-scope accuracy 0.90.
if args.contains("--test-both") {
    let cfg = variant(option("--config") ?? "")
    let m = try IntentClassifier.train(examples: train, configuration: cfg)
    let e = m.evaluation(on: test)
    let unknownIntents = Set(Array(Set(train.map(\.label))).sorted().suffix(10))
    let m2 = try IntentClassifier.train(examples: train.filter { !unknownIntents.contains($0.label) }, configuration: cfg)
    let o = m2.evaluation(on: test)
    print(String(format: "acc %.4f f1 %.4f ece %.4f | auroc %.4f recall@0.90 %.4f fitted in-scope %.4f recall %.4f", e.accuracy, e.macroF1, e.ece, o.auroc ?? 0, o.outOfScopeRecallAtInScopeAccuracy90 ?? 0, o.inScopeAccuracy ?? 0, o.outOfScopeRecall ?? 0))
    exit(0)
}
if let list = option("--screen") {
    let folds = (option("--folds") ?? "0").split(separator: ",").compactMap { Int($0) }
    try screen(train: train, specs: list.split(separator: ";", omittingEmptySubsequences: false).map(String.init),
               folds: folds, oos: args.contains("--oos") || option("--dump-oos") != nil, dump: option("--dump-oos"))
    exit(0)
}
// --config "key=value,…": the variant keys of Screen.swift applied to the default configuration.
var config = variant(option("--config") ?? "")
if args.contains("--serial") { config.parallel = false }

var trainSamples: [Double] = [], trainCPU: [Double] = []
var model: IntentClassifier?
var loadSamples: [Double] = [0]
if let path = option("--model") {
    loadSamples = []
    for _ in 0 ..< 5 {
        let t0 = Timing.now()
        model = try IntentClassifier(contentsOf: path)
        loadSamples.append(Timing.now() - t0)
    }
    loadSamples.sort()
    trainSamples = [0]
    trainCPU = [0]
}
for _ in 0 ..< (model == nil ? max(1, trainRuns) : 0) {
    let t0 = Timing.now(), c0 = Timing.processCPUSeconds()
    model = try IntentClassifier.train(examples: train, configuration: config)
    trainSamples.append(Timing.now() - t0)
    trainCPU.append(Timing.processCPUSeconds() - c0)
}
trainCPU.sort()
guard let model else { exit(1) }
trainSamples.sort()
let texts = test.map(\.text)
_ = model.predictions(for: texts, maximumCount: 1)
var samples: [Double] = [], cpuSamples: [Double] = []
for _ in 0 ..< max(1, runs) {
    let t0 = Timing.now(), c0 = Timing.threadCPUSeconds()
    for _ in 0 ..< loops { _ = model.predictions(for: texts, maximumCount: 1) }
    samples.append((Timing.now() - t0) / Double(loops))
    cpuSamples.append((Timing.threadCPUSeconds() - c0) / Double(loops))
}
samples.sort()
cpuSamples.sort()
var single: [Double] = []
for t in texts.prefix(1000) {
    let t0 = Timing.now()
    _ = try? model.prediction(for: t, maximumCount: 3)
    single.append(Timing.now() - t0)
}
single.sort()
let e = model.evaluation(on: test)
if let path = option("--write") { try model.write(to: path) }
if let path = option("--dump") {
    var out = ""
    for p in model.predictions(for: texts, maximumCount: 3) {
        guard let p else { out += "nil\n"; continue }
        out += "\(p.label) \(p.confidence.bitPattern) \(p.isInScope) \(p.hypotheses.map { "\($0.label):\($0.probability.bitPattern)" }.joined(separator: ","))\n"
    }
    try out.write(toFile: path, atomically: true, encoding: .utf8)
}
let json: [String: Double] = [
    "train_seconds_median": trainSamples[trainSamples.count / 2],
    "train_seconds_min": trainSamples[0],
    "train_cpu_seconds_min": trainCPU[0],
    "predict_per_second": Double(texts.count) / samples[samples.count / 2],
    "predict_per_cpu_second": Double(texts.count) / cpuSamples[cpuSamples.count / 2],
    "predict_per_cpu_second_best": Double(texts.count) / cpuSamples[0],
    "predict_per_second_best": Double(texts.count) / samples[0],
    "single_text_ms": single[single.count / 2] * 1000,
    "load_ms": loadSamples[loadSamples.count / 2] * 1000,
    "accuracy": e.accuracy, "macro_f1": e.macroF1, "ece": e.ece,
    "features": Double(model.vectorizer.featureCount),
    "nnz_per_text": Double(model.vectorizer.transform(texts).indices.count) / Double(texts.count),
]
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]
print(String(decoding: try encoder.encode(json), as: UTF8.self))
