/// The per-intent table: precision, recall, F1 (with a bar), support, what it is confused with, and, with
/// decision metrics, answered coverage and risk. Rows sorted by F1 ascending (worst first), ties by label.
struct IntentTable {
    var report: ClassificationReport
    var decisions: DecisionMetrics?

    func html() -> String {
        var s = "<section><h2>Per-intent results</h2><table><tr><th class=\"l\">intent</th><th>precision</th><th>recall</th><th class=\"l\">F1</th><th>support</th>"
        if decisions != nil { s += "<th>answered</th><th>risk</th>" }
        s += "<th class=\"l\">confused with</th></tr>"
        let rows = report.labels.sorted { a, b in
            let fa = report.perIntent[a]?.f1 ?? 0, fb = report.perIntent[b]?.f1 ?? 0
            return fa != fb ? fa < fb : a < b
        }
        for label in rows {
            guard let r = report.perIntent[label] else { continue }
            let confused = r.confusedWith.map { "\($0.intent) (\($0.count))" }.joined(separator: ", ")
            s += "<tr><td class=\"l\">\(SVG.escape(label))</td><td>\(SVG.num(r.precision, 3))</td><td>\(SVG.num(r.recall, 3))</td>"
            s += "<td class=\"l\"><span class=\"bar\" style=\"width:\(SVG.num(r.f1 * 80, 0))px\"></span>\(SVG.num(r.f1, 3))</td><td>\(r.support)</td>"
            if let d = decisions {
                if let m = d.perIntent[label] {
                    s += "<td>\(SVG.percent(m.coverage))</td><td\(m.risk > 0 ? " class=\"bad\"" : "")>\(SVG.percent(m.risk))</td>"
                } else {
                    s += "<td>–</td><td>–</td>"
                }
            }
            s += "<td class=\"l\">\(SVG.escape(confused))</td></tr>"
        }
        return s + "</table></section>"
    }
}
