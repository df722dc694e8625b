import Foundation

/// A self-contained HTML page for evaluation results: inline CSS and SVG charts, no external assets and no
/// JavaScript, so it opens from disk, in mail attachments and in headless browsers alike.
///
/// Sections (each present when its data is): headline figures; decision breakdown (actions, gold × decided
/// actions, handoff reasons); confusion heatmap (a top-confusions view past 30 labels) and the largest
/// confusion pairs; reliability diagram; risk–coverage curve; the per-intent table.
///
/// ```swift
/// let html = HTMLReport(title: "Gold set", evaluation: DecisionEvaluation(cases: cases)).render()
/// try html.write(to: URL(fileURLWithPath: "report.html"), atomically: true, encoding: .utf8)
/// ```
public struct HTMLReport: Sendable {
    /// The page title.
    public var title: String
    /// A line under the title (workspace, date, model…).
    public var subtitle: String
    /// The intent classification report.
    public var classification: ClassificationReport?
    /// Decision metrics.
    public var decisions: DecisionMetrics?

    public init(title: String, subtitle: String = "", classification: ClassificationReport? = nil, decisions: DecisionMetrics? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.classification = classification
        self.decisions = decisions
    }

    /// A report of a decision evaluation (its decisions and intent report).
    public init(title: String, subtitle: String = "", evaluation: DecisionEvaluation) {
        self.init(title: title, subtitle: subtitle, classification: evaluation.intents, decisions: evaluation.decisions)
    }

    /// Writes the page to `url`.
    /// - Throws: File-system errors.
    public func write(to url: URL) throws {
        try Data(render().utf8).write(to: url, options: .atomic)
    }

    /// The page's HTML text.
    public func render() -> String {
        var body = "<header><h1>\(SVG.escape(title))</h1>"
        if !subtitle.isEmpty { body += "<p class=\"sub\">\(SVG.escape(subtitle))</p>" }
        body += "</header>" + tiles()
        if let decisions { body += DecisionSection(metrics: decisions).html() }
        if let classification {
            let chart = ConfusionChart(report: classification)
            let view = classification.labels.count > ConfusionChart.maximumLabels
                ? "Top-confusions view: the \(ConfusionChart.maximumLabels) of \(classification.labels.count) intents in the largest confusions, confused pairs side by side."
                : "All \(classification.labels.count) intents, confused pairs side by side."
            body += "<section><h2>Confusion heatmap</h2><p class=\"note\">\(SVG.escape(view))</p><div class=\"scroll\">\(chart.svg())</div>"
            let pairs = classification.topConfusions(limit: 15)
            if !pairs.isEmpty {
                body += "<h3>Largest confusions</h3>" + LineCharts.bars(pairs.map {
                    (label: "\($0.gold) → \($0.predicted)", value: Double($0.count), text: "\($0.count)", colour: "#c53030")
                }, label: "Largest confusions")
            }
            body += "</section><section class=\"pair\">"
            if let bins = classification.reliability {
                body += "<div><h2>Reliability diagram</h2>\(LineCharts.reliability(bins, ece: classification.ece))</div>"
            }
            var series: [(name: String, colour: String, points: [(Double, Double)])] = []
            if let rc = classification.riskCoverage { series.append(("intent (by confidence)", "#2b6cb0", rc.map { ($0.coverage, $0.risk) })) }
            if let d = decisions, !d.riskCoverage.isEmpty {
                series.append(("answers (by confidence)", "#dd6b20", d.riskCoverage.map { ($0.coverage, $0.risk) }))
            }
            if !series.isEmpty { body += "<div><h2>Risk–coverage curve</h2>\(LineCharts.riskCoverage(series))</div>" }
            body += "</section>" + IntentTable(report: classification, decisions: decisions).html()
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(SVG.escape(title))</title><style>\(Self.css)</style></head><body>\(body)</body></html>\n"
    }

    func tiles() -> String {
        var items: [(String, String)] = []
        if let c = classification {
            items += [("intent accuracy", SVG.percent(c.accuracy)), ("macro F1", SVG.num(c.macroF1, 3))]
            if let ece = c.ece { items.append(("ECE", SVG.num(ece, 3))) }
        }
        if let d = decisions {
            items += [("action accuracy", SVG.percent(d.actionAccuracy)), ("false-answer rate", SVG.percent(d.falseAnswerRate)),
                      ("autonomous resolution", SVG.percent(d.autonomousResolutionRate)), ("deflection", SVG.percent(d.deflectionRate)),
                      ("handoff-team accuracy", SVG.percent(d.handoffTeamAccuracy)),
                      ("ask fields P / R", SVG.num(d.askFieldPrecision, 2) + " / " + SVG.num(d.askFieldRecall, 2))]
        }
        let n = decisions?.count ?? classification?.count ?? 0
        items.insert(("cases", "\(n)"), at: 0)
        return "<section class=\"tiles\">" + items.map { "<div class=\"tile\"><div class=\"v\">\(SVG.escape($0.1))</div><div class=\"k\">\(SVG.escape($0.0))</div></div>" }.joined() + "</section>"
    }

    static let css = """
    body{font:14px/1.45 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1a202c;margin:24px 32px;background:#fff}
    h1{font-size:24px;margin:0}h2{font-size:17px;margin:18px 0 6px}h3{font-size:14px;margin:14px 0 4px}
    .sub,.note{color:#4a5568}section{margin-bottom:18px}
    .tiles{display:flex;flex-wrap:wrap;gap:10px;margin-top:14px}
    .tile{border:1px solid #e2e8f0;border-radius:6px;padding:8px 14px;min-width:110px;background:#f7fafc}
    .tile .v{font-size:20px;font-weight:600}.tile .k{color:#4a5568;font-size:12px}
    .pair{display:flex;flex-wrap:wrap;gap:28px}.scroll{overflow-x:auto}
    svg.chart{font-size:11px;display:block}svg .tick{fill:#2d3748;font-size:10.5px}svg .cell{font-size:9px}
    svg .axis{fill:#4a5568;font-size:11px}svg .note{fill:#2d3748;font-size:11.5px}
    svg .grid{stroke:#edf2f7}svg .frame{fill:none;stroke:#a0aec0}svg .ideal{fill:none;stroke:#718096;stroke-dasharray:4 3}
    table{border-collapse:collapse;font-size:12.5px}th,td{padding:3px 8px;border-bottom:1px solid #edf2f7;text-align:right}
    th{background:#f7fafc;position:sticky;top:0}td.l,th.l{text-align:left}td.bad{color:#c53030;font-weight:600}
    .bar{display:inline-block;height:9px;background:#2b6cb0;vertical-align:middle;margin-right:6px}
    """
}
