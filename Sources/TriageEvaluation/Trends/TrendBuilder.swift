import Foundation

/// Accumulates decision-log lines into a ``TrendReport``.
struct TrendBuilder {
    let period: TrendReport.Period
    var count = 0, unreadable = 0, undated = 0
    var unreadableNumbers: [Int] = []
    var sources: [String: Int] = [:]
    var volume: [String: Int] = [:]
    var byIntent: [String: [String: Int]] = [:], byTeam: [String: [String: Int]] = [:]
    var actions: [String: Int] = [:], actionsByPeriod: [String: [String: Int]] = [:]
    var intentTotal: [String: Int] = [:], handoffs: [String: Int] = [:]
    var reasons: [String: [String: Int]] = [:], teams: [String: [String: Int]] = [:]

    init(period: TrendReport.Period) { self.period = period }

    mutating func add(line: ArraySlice<UInt8>, number: Int) {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
              let action = object["action"] as? String else {
            unreadable += 1
            if unreadableNumbers.count < 20 { unreadableNumbers.append(number) }
            return
        }
        count += 1
        let intentObject = object["intent"] as? [String: Any]
        let inScope = intentObject?["in_scope"] as? Bool ?? true
        let intent = inScope ? (intentObject?["label"] as? String ?? TrendReport.outOfScopeIntent) : TrendReport.outOfScopeIntent
        let handoff = object["handoff"] as? [String: Any]
        let team = action == "handoff" ? (handoff?["team"] as? String ?? "(unknown)") : TrendReport.selfServiceTeam
        let (time, source) = Self.time(object)
        sources[source, default: 0] += 1
        let key: String
        if let time { key = Self.key(time, period) } else { undated += 1; key = "(undated)" }
        volume[key, default: 0] += 1
        byIntent[intent, default: [:]][key, default: 0] += 1
        byTeam[team, default: [:]][key, default: 0] += 1
        actions[action, default: 0] += 1
        actionsByPeriod[key, default: [:]][action, default: 0] += 1
        intentTotal[intent, default: 0] += 1
        if action == "handoff" {
            handoffs[intent, default: 0] += 1
            reasons[intent, default: [:]][handoff?["reason"] as? String ?? "(none)", default: 0] += 1
            teams[intent, default: [:]][team, default: 0] += 1
        }
    }

    /// The candidate time fields in preference order; the first that parses wins.
    static func time(_ o: [String: Any]) -> (Int?, String) {
        let candidates: [(String, Any?)] = [
            ("created_at", o["created_at"]), ("received_at", o["received_at"]),
            ("ticket.created_at", (o["ticket"] as? [String: Any])?["created_at"]),
            ("sla.first_response_due", (o["sla"] as? [String: Any])?["first_response_due"]),
        ]
        for (name, value) in candidates {
            if let text = value as? String, let day = UTCDay.parse(text), day >= UTCDay.earliest { return (day, name) }
        }
        return (nil, "none")
    }

    static func key(_ day: Int, _ period: TrendReport.Period) -> String {
        switch period {
        case .day:
            let (y, m, d) = UTCDay.civil(day)
            return String(format: "%04d-%02d-%02d", y, m, d)
        case .week:
            let (year, week) = UTCDay.isoWeek(day)
            return String(format: "%04d-W%02d", year, week)
        }
    }

    func report() -> TrendReport {
        let periods = volume.keys.sorted()
        let dated = periods.filter { $0 != "(undated)" }
        var rising: [TrendReport.Rising] = []
        if let last = dated.last, dated.count >= 2 {
            let before = dated.dropLast().suffix(3)
            for (intent, counts) in byIntent {
                let l = counts[last] ?? 0
                let base = Double(before.reduce(0) { $0 + (counts[$1] ?? 0) }) / Double(before.count)
                let growth = (Double(l) + 1) / (base + 1)
                if growth > 1 { rising.append(.init(intent: intent, last: l, baseline: base, growth: growth)) }
            }
            rising.sort { ($0.growth, $0.last, $1.intent) > ($1.growth, $1.last, $0.intent) }
        }
        var handed: [TrendReport.HandoffIntent] = handoffs.map { intent, n in
            .init(intent: intent, handoffs: n, share: Double(n) / Double(max(1, intentTotal[intent] ?? 0)),
                  reasons: reasons[intent] ?? [:], teams: teams[intent] ?? [:])
        }
        handed.sort { ($0.handoffs, $1.intent) > ($1.handoffs, $0.intent) }
        let total = Double(max(1, count))
        return TrendReport(
            period: period, count: count, unreadableLines: unreadable, unreadableLineNumbers: unreadableNumbers,
            undated: undated, timeSources: sources, periods: periods, volume: volume, byIntent: byIntent, byTeam: byTeam,
            actionShares: ["answer", "ask", "handoff"].reduce(into: [:]) { $0[$1] = Double(actions[$1] ?? 0) / total },
            actionsByPeriod: actionsByPeriod, rising: Array(rising.prefix(TrendReport.listLimit)),
            handoffs: Array(handed.prefix(TrendReport.listLimit)))
    }
}
