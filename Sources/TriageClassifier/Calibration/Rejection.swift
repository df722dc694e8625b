/// Out-of-scope thresholds chosen from in-scope held-out data only.
public enum Rejection {
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
