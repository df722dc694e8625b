import TriageClassifier

/// Reliability diagram and risk–coverage curve as inline SVG.
enum LineCharts {
    static let width = 420.0, height = 300.0, left = 48.0, bottom = 40.0, top = 16.0, right = 16.0

    static func frame(_ label: String, x: String, y: String, yMax: Double = 1) -> String {
        var s = "<svg class=\"chart\" role=\"img\" aria-label=\"\(SVG.escape(label))\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(SVG.num(width, 0))\" height=\"\(SVG.num(height, 0))\" viewBox=\"0 0 \(SVG.num(width, 0)) \(SVG.num(height, 0))\">"
        let w = width - left - right, h = height - top - bottom
        for t in stride(from: 0.0, through: 1.0, by: 0.25) {
            let gy = top + h * (1 - t), gx = left + w * t
            s += "<line class=\"grid\" x1=\"\(SVG.num(left))\" y1=\"\(SVG.num(gy))\" x2=\"\(SVG.num(left + w))\" y2=\"\(SVG.num(gy))\"/>"
            s += "<text class=\"tick\" x=\"\(SVG.num(left - 6))\" y=\"\(SVG.num(gy + 4))\" text-anchor=\"end\">\(SVG.num(t * yMax, yMax < 1 ? 3 : 2))</text>"
            s += "<text class=\"tick\" x=\"\(SVG.num(gx))\" y=\"\(SVG.num(top + h + 16))\" text-anchor=\"middle\">\(SVG.num(t, 2))</text>"
        }
        s += "<rect class=\"frame\" x=\"\(SVG.num(left))\" y=\"\(SVG.num(top))\" width=\"\(SVG.num(w))\" height=\"\(SVG.num(h))\"/>"
        s += "<text class=\"axis\" x=\"\(SVG.num(left + w / 2))\" y=\"\(SVG.num(height - 6))\" text-anchor=\"middle\">\(SVG.escape(x))</text>"
        s += "<text class=\"axis\" transform=\"translate(12,\(SVG.num(top + h / 2))) rotate(-90)\" text-anchor=\"middle\">\(SVG.escape(y))</text>"
        return s
    }

    static func point(_ x: Double, _ y: Double) -> String {
        let w = width - left - right, h = height - top - bottom
        return SVG.num(left + w * min(1, max(0, x))) + "," + SVG.num(top + h * (1 - min(1, max(0, y))))
    }

    /// Bars of accuracy per confidence bin against the diagonal; bar opacity shows the bin's share of rows.
    static func reliability(_ bins: [Metrics.ReliabilityBin], ece: Double?) -> String {
        var s = frame("Reliability diagram", x: "confidence", y: "accuracy")
        let w = width - left - right, h = height - top - bottom
        let total = Double(max(1, bins.reduce(0) { $0 + $1.count }))
        for b in bins where b.count > 0 {
            let x = left + w * b.lower, bw = w * (b.upper - b.lower) - 2
            let y = top + h * (1 - b.accuracy)
            let opacity = 0.35 + 0.65 * min(1, Double(b.count) / total * 4)
            s += "<rect x=\"\(SVG.num(x + 1))\" y=\"\(SVG.num(y))\" width=\"\(SVG.num(bw))\" height=\"\(SVG.num(top + h - y))\" fill=\"#2b6cb0\" fill-opacity=\"\(SVG.num(opacity, 2))\"><title>\(SVG.num(b.lower, 2))–\(SVG.num(b.upper, 2)): accuracy \(SVG.num(b.accuracy, 3)), confidence \(SVG.num(b.meanConfidence, 3)), \(b.count) rows</title></rect>"
            s += "<circle cx=\"\(SVG.num(left + w * b.meanConfidence))\" cy=\"\(SVG.num(y))\" r=\"2.5\" fill=\"#1a365d\"/>"
        }
        s += "<polyline class=\"ideal\" points=\"\(point(0, 0)) \(point(1, 1))\"/>"
        if let ece { s += "<text class=\"note\" x=\"\(SVG.num(left + 8))\" y=\"\(SVG.num(top + 16))\">ECE \(SVG.num(ece, 4))</text>" }
        return s + "</svg>"
    }

    /// One or more risk–coverage curves, each a list of (coverage, risk) points.
    static func riskCoverage(_ series: [(name: String, colour: String, points: [(Double, Double)])]) -> String {
        let maxRisk = max(0.05, series.flatMap { $0.points.map(\.1) }.max() ?? 0)
        let scale = maxRisk <= 0.25 ? 0.25 : (maxRisk <= 0.5 ? 0.5 : 1.0)
        var s = frame("Risk–coverage curve", x: "coverage (share accepted)", y: "risk (error rate among accepted)", yMax: scale)
        for (k, line) in series.enumerated() where !line.points.isEmpty {
            let pts = ([(0.0, line.points.first?.1 ?? 0)] + line.points).map { point($0.0, $0.1 / scale) }
            s += "<polyline fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"2\" points=\"\(pts.joined(separator: " "))\"/>"
            s += "<rect x=\"\(SVG.num(left + 10))\" y=\"\(SVG.num(top + 10 + Double(k) * 16))\" width=\"10\" height=\"10\" fill=\"\(line.colour)\"/>"
            s += "<text class=\"note\" x=\"\(SVG.num(left + 26))\" y=\"\(SVG.num(top + 19 + Double(k) * 16))\">\(SVG.escape(line.name))</text>"
        }
        return s + "</svg>"
    }

    /// Horizontal bars: label, value, optional colour per bar.
    static func bars(_ items: [(label: String, value: Double, text: String, colour: String)], label: String, barWidth: Double = 260) -> String {
        let row = 20.0, labelWidth = 300.0
        let w = labelWidth + barWidth + 80, h = Double(items.count) * row + 8
        let top = max(items.map(\.value).max() ?? 1, 1e-9)
        var s = "<svg class=\"chart\" role=\"img\" aria-label=\"\(SVG.escape(label))\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(SVG.num(w, 0))\" height=\"\(SVG.num(h, 0))\" viewBox=\"0 0 \(SVG.num(w, 0)) \(SVG.num(h, 0))\">"
        for (i, item) in items.enumerated() {
            let y = 4 + Double(i) * row
            let bw = max(1, barWidth * item.value / top)
            s += "<text class=\"tick\" x=\"\(SVG.num(labelWidth - 6))\" y=\"\(SVG.num(y + 13))\" text-anchor=\"end\">\(SVG.escape(SVG.short(item.label, 50)))</text>"
            s += "<rect x=\"\(SVG.num(labelWidth))\" y=\"\(SVG.num(y + 2))\" width=\"\(SVG.num(bw))\" height=\"\(SVG.num(row - 6))\" fill=\"\(item.colour)\"/>"
            s += "<text class=\"tick\" x=\"\(SVG.num(labelWidth + bw + 6))\" y=\"\(SVG.num(y + 13))\">\(SVG.escape(item.text))</text>"
        }
        return s + "</svg>"
    }
}
