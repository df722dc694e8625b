/// Temperature scaling (Guo et al. 2017): probabilities `softmax(logits / T)` with `T` minimising the
/// held-out negative log-likelihood.
public enum Calibration {
    /// Row-wise softmax of `logits / temperature` (`n × classCount`, row-major), computed with log-sum-exp.
    public static func softmax(logits: [Float], classCount c: Int, temperature: Double) -> [Double] {
        var out = [Double](repeating: 0, count: logits.count)
        let inv = 1 / temperature
        for r in 0..<(logits.count / max(c, 1)) {
            var m = -Double.infinity
            for j in 0..<c { m = max(m, Double(logits[r * c + j]) * inv) }
            var z = 0.0
            for j in 0..<c {
                let e = mathExp(Double(logits[r * c + j]) * inv - m)
                out[r * c + j] = e
                z += e
            }
            for j in 0..<c { out[r * c + j] /= z }
        }
        return out
    }

    /// The arg-max class (lowest index on ties) and its probability per row.
    public static func topOne(_ probs: [Double], classCount c: Int) -> (classes: [Int], confidence: [Double]) {
        var classes: [Int] = [], conf: [Double] = []
        for r in 0..<(probs.count / max(c, 1)) {
            var best = 0
            for j in 1..<c where probs[r * c + j] > probs[r * c + best] { best = j }
            classes.append(best)
            conf.append(probs[r * c + best])
        }
        return (classes, conf)
    }

    /// Mean negative log-likelihood of `labels` under `softmax(logits / T)`.
    public static func negativeLogLikelihood(logits: [Float], labels: [Int32], classCount c: Int, temperature: Double) -> Double {
        var total = 0.0
        let inv = 1 / temperature
        for (r, y) in labels.enumerated() {
            var m = -Double.infinity
            for j in 0..<c { m = max(m, Double(logits[r * c + j]) * inv) }
            var z = 0.0
            for j in 0..<c { z += mathExp(Double(logits[r * c + j]) * inv - m) }
            total += m + mathLog(z) - Double(logits[r * c + Int(y)]) * inv
        }
        return total / Double(max(labels.count, 1))
    }

    /// The temperature in `[0.02, 50]` minimising held-out NLL (golden-section search on `ln T`, 60 steps).
    ///
    /// When every held-out row is classified right, the NLL keeps falling as `T → 0` and says nothing about
    /// the temperature (the search would end at 0.02 and every probability would saturate to 1); the
    /// temperature is then the one at which the mean top probability of the held-out rows is Laplace's
    /// estimate of an accuracy of n right out of n, `(n + 1) / (n + 2)` (see
    /// ``temperature(forMeanConfidence:logits:classCount:)``).
    public static func fitTemperature(logits: [Float], labels: [Int32], classCount c: Int) -> Double {
        guard !labels.isEmpty else { return 1 }
        if allRight(logits: logits, labels: labels, classCount: c) {
            let n = Double(labels.count)
            return temperature(forMeanConfidence: (n + 1) / (n + 2), logits: logits, classCount: c)
        }
        var lo = mathLog(0.02), hi = mathLog(50.0)
        let phi = (5.0.squareRoot() - 1) / 2
        func loss(_ t: Double) -> Double { negativeLogLikelihood(logits: logits, labels: labels, classCount: c, temperature: mathExp(t)) }
        var a = hi - phi * (hi - lo), b = lo + phi * (hi - lo)
        var fa = loss(a), fb = loss(b)
        for _ in 0..<60 {
            if fa < fb { hi = b; b = a; fb = fa; a = hi - phi * (hi - lo); fa = loss(a) }
            else { lo = a; a = b; fa = fb; b = lo + phi * (hi - lo); fb = loss(b) }
        }
        return mathExp((lo + hi) / 2)
    }

    /// Whether every row's arg-max (lowest index on ties) is its label.
    static func allRight(logits: [Float], labels: [Int32], classCount c: Int) -> Bool {
        for (r, y) in labels.enumerated() {
            var best = 0
            for j in 1..<max(c, 1) where logits[r * c + j] > logits[r * c + best] { best = j }
            if best != Int(y) { return false }
        }
        return true
    }

    /// The temperature in `[0.02, 50]` at which the mean top probability of the rows is `target` (bisection
    /// on `ln T`, 60 steps; the mean top probability falls as `T` grows).
    public static func temperature(forMeanConfidence target: Double, logits: [Float], classCount c: Int) -> Double {
        var lo = mathLog(0.02), hi = mathLog(50.0)
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            let confidence = topOne(softmax(logits: logits, classCount: c, temperature: mathExp(mid)), classCount: c).confidence
            let mean = confidence.reduce(0, +) / Double(max(confidence.count, 1))
            if mean > target { lo = mid } else { hi = mid }
        }
        return mathExp((lo + hi) / 2)
    }
}
