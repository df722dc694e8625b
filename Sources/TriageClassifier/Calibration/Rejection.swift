/// Out-of-scope thresholds chosen from in-scope held-out data only.
public enum Rejection {
    /// The rejection base score of one row of logits (`count` classes) at `inverseTemperature`: the top
    /// probability or `Σ p log p` (``RejectionScore``). Classes more than 40 nats below the best are skipped,
    /// as in prediction, so both paths give the same bits.
    @inline(__always)
    package static func baseScore(_ logits: UnsafeBufferPointer<Float>, inverseTemperature inv: Double, kind: RejectionScore) -> Double {
        var m = -Double.infinity
        for x in logits { m = max(m, Double(x) * inv) }
        var z = 0.0, ed = 0.0
        for x in logits {
            let d = Double(x) * inv - m
            if d < -40 { continue }
            let e = mathExp(d)
            z += e
            ed += e * d
        }
        return finish(z: z, ed: ed, kind: kind)
    }

    /// The base score from `z = Σ e^d` and `ed = Σ e^d · d` (d: logit over temperature minus the largest).
    @inline(__always)
    package static func finish(z: Double, ed: Double, kind: RejectionScore) -> Double {
        switch kind {
        case .topProbability: return 1 / z
        case .negativeEntropy: return ed / z - mathLog(z)
        }
    }

    /// ``baseScore(_:inverseTemperature:kind:)`` of every row of `logits` (row-major, `classCount` columns).
    package static func baseScores(logits: [Float], classCount c: Int, temperature: Double, kind: RejectionScore) -> [Double] {
        logits.withUnsafeBufferPointer { l in
            (0..<(l.count / max(c, 1))).map { r in
                baseScore(UnsafeBufferPointer(rebasing: l[(r * c)..<((r + 1) * c)]), inverseTemperature: 1 / temperature, kind: kind)
            }
        }
    }

    /// The largest threshold that accepts at least `targetCoverage` of rows (`confidence ≥ threshold`).
    public static func globalThreshold(confidence: [Double], targetCoverage: Double) -> Double {
        guard !confidence.isEmpty else { return 0 }
        let sorted = confidence.sorted(by: >)
        let keep = min(sorted.count, max(1, Int((targetCoverage * Double(sorted.count)).rounded(.up))))
        return sorted[keep - 1]
    }

    /// Per-class thresholds: for each class, the lowest confidence at which the held-out rows predicted as
    /// that class reach `precision` (accepted rows with confidence ≥ t); never below `floor`; classes with
    /// fewer than 3 predicted rows keep `floor`.
    public static func intentThresholds(predicted: [Int], confidence: [Double], correct: [Bool], classCount: Int,
                                        precision: Double, floor: Double) -> [Double] {
        var out = [Double](repeating: floor, count: classCount)
        for c in 0..<classCount {
            let rows = predicted.indices.filter { predicted[$0] == c }
                .sorted { (confidence[$0], $1) > (confidence[$1], $0) }
            guard rows.count >= 3 else { continue }
            var hits = 0, best: Double? = nil
            for (k, r) in rows.enumerated() {
                if correct[r] { hits += 1 }
                if Double(hits) / Double(k + 1) >= precision { best = confidence[r] }
            }
            out[c] = max(floor, best ?? 1)
        }
        return out
    }
}
