/// The confusion heatmap: rows are gold labels, columns predictions, cells coloured by the row-normalised
/// rate (diagonal in blue, errors in red). Label sets larger than ``ConfusionChart/maximumLabels`` show only the
/// labels of the largest confusion pairs (a top-confusions view), ordered so that labels confused with each
/// other sit next to each other.
struct ConfusionChart {
    var report: ClassificationReport
    /// The most labels drawn as a matrix.
    static let maximumLabels = 30

    /// Label indices to draw, in drawing order.
    func selection() -> [Int] {
        let n = report.labels.count
        let m = report.confusion
        var errors = [Int](repeating: 0, count: n)
        for i in 0..<n { for j in 0..<n where i != j { errors[i] += m[i][j]; errors[j] += m[i][j] } }
        var chosen = Array(0..<n)
        if n > Self.maximumLabels {
            // Labels of the largest confusion pairs first, so the biggest errors are always on the map.
            var index: [String: Int] = [:]
            for (i, l) in report.labels.enumerated() { index[l] = i }
            var picked: [Int] = [], seen = Set<Int>()
            for pair in report.topConfusions(limit: n * n) {
                for label in [pair.gold, pair.predicted] {
                    if let i = index[label], picked.count < Self.maximumLabels, seen.insert(i).inserted { picked.append(i) }
                }
                if picked.count >= Self.maximumLabels { break }
            }
            chosen = picked
        }
        // Greedy chain: start from the most-confused label, then repeatedly its strongest unplaced partner.
        var remaining = Set(chosen)
        var order: [Int] = []
        while !remaining.isEmpty {
            var current = remaining.max { (errors[$0], report.labels[$1]) < (errors[$1], report.labels[$0]) } ?? 0
            while remaining.contains(current) {
                order.append(current)
                remaining.remove(current)
                let next = remaining.max { a, b in
                    let wa = m[current][a] + m[a][current], wb = m[current][b] + m[b][current]
                    return (wa, report.labels[b]) < (wb, report.labels[a])
                }
                guard let next, m[current][next] + m[next][current] > 0 else { break }
                current = next
            }
        }
        return order
    }

    func svg() -> String {
        let order = selection()
        let k = order.count
        guard k > 0 else { return "<p class=\"empty\">No rows.</p>" }
        let cell = k > 20 ? 16.0 : 22.0
        let labelWidth = 190.0, top = 150.0
        let width = labelWidth + Double(k) * cell + 20, height = top + Double(k) * cell + 30
        var s = "<svg class=\"chart\" role=\"img\" aria-label=\"Confusion heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(SVG.num(width, 0))\" height=\"\(SVG.num(height, 0))\" viewBox=\"0 0 \(SVG.num(width, 0)) \(SVG.num(height, 0))\">"
        for (col, j) in order.enumerated() {
            let x = labelWidth + (Double(col) + 0.6) * cell
            s += "<text class=\"tick\" transform=\"translate(\(SVG.num(x)),\(SVG.num(top - 6))) rotate(-60)\">\(SVG.escape(SVG.short(report.labels[j], 26)))</text>"
        }
        for (row, i) in order.enumerated() {
            let y = top + Double(row) * cell
            let total = max(1, report.confusion[i].reduce(0, +))
            s += "<text class=\"tick\" x=\"\(SVG.num(labelWidth - 6))\" y=\"\(SVG.num(y + cell * 0.7))\" text-anchor=\"end\">\(SVG.escape(SVG.short(report.labels[i], 28)))</text>"
            for (col, j) in order.enumerated() {
                let c = report.confusion[i][j]
                let rate = Double(c) / Double(total)
                let fill = c == 0 ? "#fafafa" : (i == j ? SVG.blue(0.15 + 0.85 * rate) : SVG.red(0.2 + 0.8 * min(1, rate * 2)))
                let x = labelWidth + Double(col) * cell
                s += "<rect x=\"\(SVG.num(x))\" y=\"\(SVG.num(y))\" width=\"\(SVG.num(cell - 1))\" height=\"\(SVG.num(cell - 1))\" fill=\"\(fill)\"><title>\(SVG.escape(report.labels[i])) → \(SVG.escape(report.labels[j])): \(c)</title></rect>"
                if c > 0 && cell >= 16 {
                    let dark = i == j ? rate > 0.5 : rate > 0.3
                    s += "<text class=\"cell\" x=\"\(SVG.num(x + (cell - 1) / 2))\" y=\"\(SVG.num(y + cell * 0.68))\" text-anchor=\"middle\" fill=\"\(dark ? "#fff" : "#222")\">\(c)</text>"
                }
            }
        }
        s += "<text class=\"axis\" x=\"\(SVG.num(labelWidth))\" y=\"\(SVG.num(height - 8))\">rows: gold · columns: predicted · colour: share of the gold row</text>"
        return s + "</svg>"
    }
}
