// Raw-logit dumps of the leave-intents-out simulation on the TRAINING split (see Screen.swift).
import Foundation
import TriageClassifier

/// `--dump-logits FILE`: for each fold, trains the leave-intents-out model (the 10 alphabetically last intents
/// left out) on the other folds and writes one tab-separated line per row of the fold: fold, out-of-scope flag,
/// correct flag, fitted temperature, feature count, raw logits (comma-separated), statistics of the top
/// intent's per-term contributions (positive sum, negative sum, word part, character part, value share of
/// positively weighted features, largest term), the biases, the word-channel logits, gold label, predicted
/// label and text. Used to compare out-of-scope scores offline without retraining.
func dumpLogits(train: [LabeledExample], spec: String, folds: [Int], path: String) throws {
    let labels = Array(Set(train.map(\.label))).sorted()
    let fold = stratifiedFolds(train, labels: labels)
    let unknown = Set(labels.suffix(10))
    var out = ""
    for f in folds {
        let tr = train.indices.filter { fold[$0] != f && !unknown.contains(train[$0].label) }.map { train[$0] }
        let te = train.indices.filter { fold[$0] == f }.map { train[$0] }
        let model = try IntentClassifier.train(examples: tr, configuration: variant(spec))
        let x = model.vectorizer.transform(te.map(\.text))
        let logits = model.scorer.scores(x)
        let c = model.labels.count
        for (r, e) in te.enumerated() {
            let row = logits[(r * c)..<((r + 1) * c)]
            var best = 0
            for j in 1..<c where row[row.startIndex + j] > row[row.startIndex + best] { best = j }
            let oos = unknown.contains(e.label)
            let correct = !oos && model.labels[best] == e.label
            out += "\(f)\t\(oos ? 1 : 0)\t\(correct ? 1 : 0)\t\(model.temperature)\t\(x.range(ofRow: r).count)\t"
            out += row.map { String($0) }.joined(separator: ",")
            // Per-feature contributions to the top intent: positive/negative sums, word/char channel sums,
            // value-weighted share of features with a positive weight, the largest single contribution.
            var pos = 0.0, neg = 0.0, word = 0.0, char = 0.0, posValue = 0.0, value = 0.0, top = 0.0
            let wf = model.vectorizer.wordFeatureCount
            for k in x.range(ofRow: r) {
                let i = Int(x.indices[k]), v = Double(x.values[k])
                let t = v * Double(model.scorer.weight(feature: i, class: best))
                if t > 0 { pos += t; posValue += v } else { neg += t }
                value += v
                if i < wf { word += t } else { char += t }
                top = max(top, t)
            }
            out += "\t\(pos),\(neg),\(word),\(char),\(posValue / max(value, 1e-9)),\(top)\t"
            out += model.scorer.bias.map { String($0) }.joined(separator: ",")
            var wordLogits = [Double](repeating: 0, count: c)
            for k in x.range(ofRow: r) where Int(x.indices[k]) < wf {
                for j in 0..<c { wordLogits[j] += Double(x.values[k]) * Double(model.scorer.weight(feature: Int(x.indices[k]), class: j)) }
            }
            out += "\t" + wordLogits.map { String($0) }.joined(separator: ",")
            out += "\t\(e.label)\t\(model.labels[best])\t\(e.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))\n"
        }
    }
    try out.write(toFile: path, atomically: true, encoding: .utf8)
}
