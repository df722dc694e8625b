import TriagePlanner

/// The decision breakdown: decided actions as a stacked bar, gold × decided actions, handoff reasons.
struct DecisionSection {
    var metrics: DecisionMetrics

    static let colours = ["answer": "#38a169", "ask": "#d69e2e", "handoff": "#3182ce"]

    func html() -> String {
        var s = "<section><h2>Decision breakdown</h2>"
        let width = 700.0
        var x = 0.0
        var bar = "<svg class=\"chart\" role=\"img\" aria-label=\"Decision breakdown\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(SVG.num(width, 0))\" height=\"54\" viewBox=\"0 0 \(SVG.num(width, 0)) 54\">"
        for action in DecisionAction.allCases {
            let share = metrics.actionShares[action.rawValue] ?? 0
            let w = width * share
            let colour = Self.colours[action.rawValue] ?? "#999"
            if w > 0 {
                bar += "<rect x=\"\(SVG.num(x))\" y=\"0\" width=\"\(SVG.num(w))\" height=\"28\" fill=\"\(colour)\"><title>\(action.rawValue): \(SVG.percent(share))</title></rect>"
                if w > 70 {
                    bar += "<text x=\"\(SVG.num(x + 8))\" y=\"19\" fill=\"#fff\" font-size=\"12\">\(action.rawValue) \(SVG.percent(share))</text>"
                }
            }
            x += w
        }
        var lx = 0.0
        for action in DecisionAction.allCases {
            bar += "<rect x=\"\(SVG.num(lx))\" y=\"38\" width=\"10\" height=\"10\" fill=\"\(Self.colours[action.rawValue] ?? "#999")\"/>"
            bar += "<text class=\"tick\" x=\"\(SVG.num(lx + 14))\" y=\"47\">\(action.rawValue) \(SVG.percent(metrics.actionShares[action.rawValue] ?? 0))</text>"
            lx += 150
        }
        s += bar + "</svg><div class=\"pair\"><div><h3>Gold action × decided action</h3><table><tr><th class=\"l\">gold \\ decided</th>"
        for b in DecisionAction.allCases { s += "<th>\(b.rawValue)</th>" }
        s += "</tr>"
        for a in DecisionAction.allCases {
            s += "<tr><td class=\"l\">\(a.rawValue)</td>"
            for b in DecisionAction.allCases {
                let c = metrics.actionConfusion[a.rawValue]?[b.rawValue] ?? 0
                let costly = b == .answer && a != .answer && c > 0
                s += "<td\(costly ? " class=\"bad\"" : "")>\(c)</td>"
            }
            s += "</tr>"
        }
        s += "</table></div>"
        let reasons = metrics.handoffReasons.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        if !reasons.isEmpty {
            s += "<div><h3>Handoff reasons</h3>" + LineCharts.bars(reasons.map {
                (label: $0.key, value: Double($0.value), text: "\($0.value)", colour: "#3182ce")
            }, label: "Handoff reasons", barWidth: 200) + "</div>"
        }
        return s + "</div></section>"
    }
}
