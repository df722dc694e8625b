import Foundation

/// The `triage report --html` page: a self-contained HTML file (inline CSS and SVG, no JavaScript) with
/// volume by intent over time, answered / asked / handed-off shares per period, by-team volume, rising intents
/// and the intents handed off most with their reasons.
public struct TrendHTMLReport: Sendable {
    public var report: TrendReport
    public var title: String

    public init(report: TrendReport, title: String = "Support trends") {
        self.report = report
        self.title = title
    }

    /// Writes the page.
    /// - Throws: File-system errors.
    public func write(to url: URL) throws {
        try Data(render().utf8).write(to: url, options: .atomic)
    }

    static let palette = ["#2b6cb0", "#38a169", "#d69e2e", "#c53030", "#805ad5", "#319795", "#dd6b20", "#b83280", "#a0aec0"]

    public func render() -> String {
        let r = report
        var body = "<header><h1>\(SVG.escape(title))</h1><p class=\"sub\">\(r.count) decisions · \(r.periods.count) \(r.period.rawValue)s"
        if r.unreadableLines > 0 { body += " · \(r.unreadableLines) unreadable lines" }
        body += "</p></header><section class=\"tiles\">"
        for (k, v) in [("answered", r.actionShares["answer"] ?? 0), ("asked", r.actionShares["ask"] ?? 0), ("handed off", r.actionShares["handoff"] ?? 0)] {
            body += "<div class=\"tile\"><div class=\"v\">\(SVG.percent(v))</div><div class=\"k\">\(k)</div></div>"
        }
        body += "</section>"
        body += "<section><h2>Volume by intent</h2>" + stacked(r.byIntent, label: "Volume by intent") + "</section>"
        body += "<section><h2>Volume by team</h2>" + stacked(r.byTeam, label: "Volume by team") + "</section>"
        body += "<section><h2>Answered, asked, handed off</h2>" + shares() + "</section>"
        body += "<section class=\"pair\"><div><h2>Rising intents</h2><table><tr><th class=\"l\">intent</th><th>last \(r.period.rawValue)</th><th>baseline</th><th>growth</th></tr>"
        for x in r.rising {
            body += "<tr><td class=\"l\">\(SVG.escape(x.intent))</td><td>\(x.last)</td><td>\(SVG.num(x.baseline, 1))</td><td>×\(SVG.num(x.growth, 2))</td></tr>"
        }
        if r.rising.isEmpty { body += "<tr><td class=\"l\" colspan=\"4\">No intent grew in the last \(r.period.rawValue).</td></tr>" }
        body += "</table></div><div><h2>Most handoffs and why</h2><table><tr><th class=\"l\">intent</th><th>handoffs</th><th>share</th><th class=\"l\">reasons</th><th class=\"l\">teams</th></tr>"
        for h in r.handoffs {
            let reasons = h.reasons.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let teams = h.teams.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            body += "<tr><td class=\"l\">\(SVG.escape(h.intent))</td><td>\(h.handoffs)</td><td>\(SVG.percent(h.share))</td><td class=\"l\">\(SVG.escape(reasons))</td><td class=\"l\">\(SVG.escape(teams))</td></tr>"
        }
        body += "</table></div></section>"
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(SVG.escape(title))</title><style>\(HTMLReport.css)</style></head><body>\(body)</body></html>\n"
    }

    /// Stacked columns per period: the 8 largest series, the rest as "other".
    func stacked(_ series: [String: [String: Int]], label: String) -> String {
        let periods = report.periods
        guard !periods.isEmpty else { return "<p class=\"note\">No data.</p>" }
        let totals = series.mapValues { $0.values.reduce(0, +) }
        let top = totals.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8).map(\.key)
        var names = top
        if series.count > top.count { names.append("other") }
        func value(_ name: String, _ p: String) -> Int {
            if name == "other" { return series.filter { !top.contains($0.key) }.reduce(0) { $0 + ($1.value[p] ?? 0) } }
            return series[name]?[p] ?? 0
        }
        let maxTotal = Double(max(1, periods.map { report.volume[$0] ?? 0 }.max() ?? 1))
        let left = 44.0, h = 220.0, top0 = 10.0
        let col = max(6, min(48, 760 / Double(periods.count)))
        let width = left + col * Double(periods.count) + 250, height = top0 + h + 70
        var s = "<svg class=\"chart\" role=\"img\" aria-label=\"\(SVG.escape(label))\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(SVG.num(width, 0))\" height=\"\(SVG.num(height, 0))\" viewBox=\"0 0 \(SVG.num(width, 0)) \(SVG.num(height, 0))\">"
        for t in stride(from: 0.0, through: 1.0, by: 0.25) {
            let y = top0 + h * (1 - t)
            s += "<line class=\"grid\" x1=\"\(SVG.num(left))\" y1=\"\(SVG.num(y))\" x2=\"\(SVG.num(left + col * Double(periods.count)))\" y2=\"\(SVG.num(y))\"/>"
            s += "<text class=\"tick\" x=\"\(SVG.num(left - 4))\" y=\"\(SVG.num(y + 4))\" text-anchor=\"end\">\(Int(maxTotal * t))</text>"
        }
        let labelEvery = max(1, periods.count / 12)
        for (i, p) in periods.enumerated() {
            var y = top0 + h
            let x = left + Double(i) * col
            for (k, name) in names.enumerated() {
                let v = value(name, p)
                guard v > 0 else { continue }
                let bh = h * Double(v) / maxTotal
                y -= bh
                s += "<rect x=\"\(SVG.num(x + 1))\" y=\"\(SVG.num(y))\" width=\"\(SVG.num(col - 2))\" height=\"\(SVG.num(bh))\" fill=\"\(Self.palette[k % Self.palette.count])\"><title>\(SVG.escape(p)) \(SVG.escape(name)): \(v)</title></rect>"
            }
            if i % labelEvery == 0 {
                s += "<text class=\"tick\" transform=\"translate(\(SVG.num(x + col / 2)),\(SVG.num(top0 + h + 8))) rotate(45)\">\(SVG.escape(p))</text>"
            }
        }
        for (k, name) in names.enumerated() {
            let y = top0 + 4 + Double(k) * 18, x = left + col * Double(periods.count) + 16
            s += "<rect x=\"\(SVG.num(x))\" y=\"\(SVG.num(y))\" width=\"10\" height=\"10\" fill=\"\(Self.palette[k % Self.palette.count])\"/>"
            s += "<text class=\"tick\" x=\"\(SVG.num(x + 14))\" y=\"\(SVG.num(y + 9))\">\(SVG.escape(SVG.short(name, 32))) (\(name == "other" ? totals.filter { !top.contains($0.key) }.values.reduce(0, +) : totals[name] ?? 0))</text>"
        }
        return s + "</svg>"
    }

    /// 100% stacked bars of actions per period.
    func shares() -> String {
        let periods = report.periods
        guard !periods.isEmpty else { return "<p class=\"note\">No data.</p>" }
        let row = periods.count > 30 ? 10.0 : 18.0, left = 90.0, w = 600.0
        let height = Double(periods.count) * row + 30
        var s = "<svg class=\"chart\" role=\"img\" aria-label=\"Action shares by period\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(SVG.num(left + w + 20, 0))\" height=\"\(SVG.num(height, 0))\" viewBox=\"0 0 \(SVG.num(left + w + 20, 0)) \(SVG.num(height, 0))\">"
        for (i, p) in periods.enumerated() {
            let counts = report.actionsByPeriod[p] ?? [:]
            let total = Double(max(1, counts.values.reduce(0, +)))
            var x = left
            let y = Double(i) * row
            if row >= 14 || i % 3 == 0 {
                s += "<text class=\"tick\" x=\"\(SVG.num(left - 6))\" y=\"\(SVG.num(y + row * 0.75))\" text-anchor=\"end\">\(SVG.escape(p))</text>"
            }
            for a in ["answer", "ask", "handoff"] {
                let bw = w * Double(counts[a] ?? 0) / total
                if bw > 0 {
                    s += "<rect x=\"\(SVG.num(x))\" y=\"\(SVG.num(y + 1))\" width=\"\(SVG.num(bw))\" height=\"\(SVG.num(row - 2))\" fill=\"\(DecisionSection.colours[a] ?? "#999")\"><title>\(SVG.escape(p)) \(a): \(counts[a] ?? 0)</title></rect>"
                }
                x += bw
            }
        }
        var lx = left
        for a in ["answer", "ask", "handoff"] {
            let y = Double(periods.count) * row + 10
            s += "<rect x=\"\(SVG.num(lx))\" y=\"\(SVG.num(y))\" width=\"10\" height=\"10\" fill=\"\(DecisionSection.colours[a] ?? "#999")\"/><text class=\"tick\" x=\"\(SVG.num(lx + 14))\" y=\"\(SVG.num(y + 9))\">\(a)</text>"
            lx += 110
        }
        return s + "</svg>"
    }
}
