import TriageText

/// Reads RFC 5322 §3.3 dates (`Fri, 04 May 2001 14:05:44 -0400`) and writes them as ISO-8601 UTC.
///
/// Lenient as mail readers must be: the day name is optional, seconds are optional, two-digit years are
/// 1950–2049 and three-digit years add 1900 (§4.3), obsolete zone names (`GMT`, `EST`, `PDT`…) and military
/// letters are read, a missing zone means UTC. Returns `nil` when no day, month, year and time can be found.
public enum EmailDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0,
        "edt": -4 * 60, "est": -5 * 60, "cdt": -5 * 60, "cst": -6 * 60,
        "mdt": -6 * 60, "mst": -7 * 60, "pdt": -7 * 60, "pst": -8 * 60,
    ]

    /// The date as `YYYY-MM-DDTHH:MM:SSZ` (converted to UTC), or `nil`.
    public static func iso8601(_ text: String) -> String? {
        var words = text.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
            .map(String.init)
        // Drop comments such as "(PDT)".
        words = words.filter { !$0.hasPrefix("(") && !$0.hasSuffix(")") }
        var day: Int?
        var month: Int?
        var year: Int?
        var time: (Int, Int, Int)?
        var offset: Int?
        for word in words {
            if word.contains(":"), time == nil {
                let parts = word.split(separator: ":").map { Int($0) }
                guard parts.count >= 2, let hour = parts[0], let minute = parts[1] else { continue }
                let second = parts.count > 2 ? (parts[2] ?? 0) : 0
                time = (hour, minute, second)
            } else if month == nil, word.allSatisfy(\.isLetter), let monthIndex = months.firstIndex(of: String(word.prefix(3))) {
                month = monthIndex + 1
            } else if (word.hasPrefix("+") || word.hasPrefix("-")), word.count == 5, let value = Int(word.dropFirst()) {
                let minutes = (value / 100) * 60 + value % 100
                offset = word.hasPrefix("-") ? -minutes : minutes
            } else if let value = Int(word) {
                if day == nil, value >= 1, value <= 31, word.count <= 2 {
                    day = value
                } else if year == nil {
                    year = word.count <= 2 ? (value < 50 ? 2000 + value : 1900 + value) : (word.count == 3 ? 1900 + value : value)
                }
            } else if let zone = zones[word] {
                offset = zone
            }
        }
        guard let day, let month, let year, let (hour, minute, second) = time,
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        var total = daysFromCivil(year: year, month: month, day: day) * 86_400
            + hour * 3600 + minute * 60 + min(second, 59)
        total -= (offset ?? 0) * 60
        return format(secondsSinceEpoch: total)
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        Int(CivilDate.days(year: year, month: month, day: day))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for seconds since the Unix epoch.
    static func format(secondsSinceEpoch: Int) -> String {
        let days = Int((Double(secondsSinceEpoch) / 86_400).rounded(.down))
        let secondsOfDay = secondsSinceEpoch - days * 86_400
        let (year, month, day) = CivilDate.fromDays(Int64(days))
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondsOfDay / 3600, 2)):"
            + "\(pad(secondsOfDay % 3600 / 60, 2)):\(pad(secondsOfDay % 60, 2))Z"
    }
}
