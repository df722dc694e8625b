// Cross-validation screening of configuration variants on the TRAINING split only (stratified 5-fold, seed 7).
// For each variant and fold: the full training pipeline (held-out calibration and thresholds included) on the
// other folds, scored on the fold; and the leave-intents-out simulation: the same without the 10 alphabetically
// last intents, whose fold rows are out of scope.
import BenchSupport
import Foundation
import TriageClassifier

/// Stratified 5-fold assignment (seed 7), as `--cv-epochs` uses.
func stratifiedFolds(_ train: [LabeledExample], labels: [String]) -> [Int] {
    var fold = [Int](repeating: 0, count: train.count)
    var state: UInt64 = 7
    for l in labels {
        var members = train.indices.filter { train[$0].label == l }
        for i in stride(from: members.count - 1, to: 0, by: -1) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            members.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
        }
        for (k, m) in members.enumerated() { fold[m] = k % 5 }
    }
    return fold
}

/// Applies `key=value` changes (comma-separated) to the default configuration.
func variant(_ spec: String) -> ClassifierConfiguration {
    var c = ClassifierConfiguration()
    for item in spec.split(separator: ",") {
        let kv = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard kv.count == 2 else { continue }
        let d = Double(kv[1]) ?? 0
        switch kv[0] {
        case "epochs": c.linear.epochs = Int(d)
        case "cw": c.linear.channelModelWeight = d
        case "seeds": c.linear.seedCount = Int(d)
        case "seed": c.linear.seed = UInt64(d)
        case "ls": c.linear.labelSmoothing = d
        case "beta": c.linear.naiveBayesBlend = d
        case "l2": c.linear.l2 = d
        case "lr": c.linear.learningRate = d
        case "cov": c.rejection.targetCoverage = d
        case "charw": c.vectorizer.characterWeight = d
        default: extendVariant(&c, kv[0], kv[1])
        }
    }
    return c
}

/// Runs the screen and prints one JSON line per variant (means over the folds).
func screen(train: [LabeledExample], specs: [String], folds: [Int], oos: Bool, dump: String? = nil) throws {
    var lines = "variant\tfold\toos\tcorrect\tconfidence\tsimilarity\tmargin\tunknown\tlogp\n"
    let labels = Array(Set(train.map(\.label))).sorted()
    let fold = stratifiedFolds(train, labels: labels)
    let unknown = Set(labels.suffix(10))
    for spec in specs {
        let config = variant(spec)
        var sums: [String: Double] = [:]
        var perFold: [Double] = []
        for f in folds {
            var tr = train.indices.filter { fold[$0] != f }.map { train[$0] }
            // `labelex=K`: each label's name (underscores as spaces) added K times as a training example.
            if let k = spec.split(separator: ",").first(where: { $0.hasPrefix("labelex=") }).flatMap({ Int($0.dropFirst(8)) }) {
                for l in labels { for _ in 0..<k { tr.append(LabeledExample(text: l.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "?", with: ""), label: l)) } }
            }
            let te = train.indices.filter { fold[$0] == f }.map { train[$0] }
            let c0 = Timing.processCPUSeconds()
            let model = try IntentClassifier.train(examples: tr, configuration: config)
            sums["train_cpu_s", default: 0] += Timing.processCPUSeconds() - c0
            let e = model.evaluation(on: te)
            sums["accuracy", default: 0] += e.accuracy
            sums["macro_f1", default: 0] += e.macroF1
            sums["ece", default: 0] += e.ece
            perFold.append((e.accuracy * 10000).rounded() / 10000)
            guard oos else { continue }
            let m2 = try IntentClassifier.train(examples: tr.filter { !unknown.contains($0.label) }, configuration: config)
            let o = m2.evaluation(on: te)
            if dump != nil {
                let known = Set(m2.labels)
                for (e, p) in zip(te, m2.predictions(for: te.map(\.text), maximumCount: 1000)) {
                    guard let p else { continue }
                    lines += "\(spec)\t\(f)\t\(known.contains(e.label) ? 0 : 1)\t\(p.label == e.label ? 1 : 0)\t\(p.confidence)\t\(p.similarity)\t\(p.margin)\t\(p.unknownWordFraction)\t\(p.hypotheses.map { String(log(max($0.probability, 1e-300))) }.joined(separator: ","))\n"
                }
            }
            sums["oos_auroc", default: 0] += o.auroc ?? 0
            sums["oos_recall_at_090", default: 0] += o.outOfScopeRecallAtInScopeAccuracy90 ?? 0
            sums["oos_fitted_in_scope_acc", default: 0] += o.inScopeAccuracy ?? 0
            sums["oos_fitted_recall", default: 0] += o.outOfScopeRecall ?? 0
        }
        var out: [String: String] = ["variant": spec.isEmpty ? "default" : spec, "folds": "\(perFold)"]
        for (k, v) in sums { out[k] = String(format: "%.4f", v / Double(folds.count)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        FileHandle.standardOutput.write(try encoder.encode(out) + Data([0x0A]))
    }
    if let dump { try lines.write(toFile: dump, atomically: true, encoding: .utf8) }
}

/// Variant keys for options added later.
func extendVariant(_ c: inout ClassifierConfiguration, _ key: String, _ value: String) {
    let d = Double(value) ?? 0
    switch key {
    case "knn": c.neighbors.weight = d
    case "knnM": c.neighbors.candidates = Int(d)
    case "knnK": c.neighbors.perClass = Int(d)
    case "knnAll": c.neighbors.wordChannelOnly = d == 0
    case "knnDF": c.neighbors.maximumDocumentFrequency = d
    case "sim": c.neighbors.similarityWeight = d
    case "unk": c.rejection.unknownWordWeight = d
    case "fw": c.rejection.foreignWordWeight = d
    case "lt": c.linear.labelTokenRate = d
    case "serial": c.parallel = d == 0
    case "labelex": break // handled by `screen` (extra training examples)
    case "tf": c.rejection.temperatureFactor = d
    case "score": c.rejection.score = RejectionScore(rawValue: value) ?? .topProbability
    case "wmax": c.vectorizer.wordNGrams = 1...Int(d)
    case "cmin": c.vectorizer.characterNGrams = Int(d)...(c.vectorizer.characterNGrams?.upperBound ?? 5)
    case "cmax": c.vectorizer.characterNGrams = (c.vectorizer.characterNGrams?.lowerBound ?? 2)...Int(d)
    case "mindf": c.vectorizer.minDocumentFrequency = Int(d)
    case "maxdf": c.vectorizer.maxDocumentFrequency = d
    case "sub": c.vectorizer.sublinearTF = d != 0
    case "skip": c.vectorizer.wordSkipWindow = Int(d)
    case "avg": c.linear.averagedEpochs = Int(d)
    case "bal": c.linear.balanceClasses = d != 0
    case "nba": c.linear.naiveBayesAlpha = d
    case "oe": c.linear.outlierExposure.fraction = d
    case "oew": c.linear.outlierExposure.weight = d
    case "oek": c.linear.outlierExposure.kind = SyntheticOutlierKind(rawValue: value) ?? .wordDraws
    default: FileHandle.standardError.write(Data("unknown variant key \(key)\n".utf8))
    }
}
