import TriageText

/// Calendar arithmetic on days since 1970-01-01 (UTC), without Foundation's formatters: ISO 8601 parsing of
/// `YYYY-MM-DD[THH:MM[:SS[.fff]]][Z|±HH:MM]`, civil dates and ISO weeks.
enum UTCDay {
    /// 1990-01-01: earlier times are placeholders (an unknown creation time rendered at the Unix epoch).
    static let earliest = 7305

    /// Days since the epoch of the UTC date of an ISO 8601 timestamp, or `nil` when it does not parse.
    static func parse(_ text: String) -> Int? {
        let b = Array(text.utf8)
        func digits(_ at: Int, _ n: Int) -> Int? {
            guard at + n <= b.count else { return nil }
            var v = 0
            for i in at..<(at + n) {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard let y = digits(0, 4), b.count >= 10, b[4] == 45, let m = digits(5, 2), b[7] == 45, let d = digits(8, 2),
              (1...12).contains(m), d >= 1, d <= daysIn(y, m) else { return nil }
        var minutes = 0
        if b.count > 10 {
            guard b[10] == 84 || b[10] == 116 || b[10] == 32, let hh = digits(11, 2), b.count > 13, b[13] == 58,
                  let mm = digits(14, 2), hh < 24, mm < 60 else { return nil }
            minutes = hh * 60 + mm
            var i = 16
            if i < b.count && b[i] == 58 { guard digits(i + 1, 2) != nil else { return nil }; i += 3 }
            if i < b.count && b[i] == 46 { i += 1; while i < b.count && b[i] >= 48 && b[i] <= 57 { i += 1 } }
            if i < b.count {
                if b[i] == 90 || b[i] == 122 {
                    i += 1
                } else if b[i] == 43 || b[i] == 45, let oh = digits(i + 1, 2) {
                    var off = oh * 60
                    var j = i + 3
                    if j < b.count && b[j] == 58 { j += 1 }
                    if let om = digits(j, 2) { off += om; j += 2 }
                    minutes -= b[i] == 43 ? off : -off
                    i = j
                } else { return nil }
            }
            guard i == b.count else { return nil }
        }
        return daysFromCivil(y, m, d) + Int((Double(minutes) / 1440).rounded(.down))
    }

    static func daysIn(_ y: Int, _ m: Int) -> Int {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(_ y: Int, _ m: Int, _ d: Int) -> Int {
        Int(CivilDate.days(year: y, month: m, day: d))
    }

    /// The civil date of a day number.
    static func civil(_ z: Int) -> (Int, Int, Int) {
        let c = CivilDate.fromDays(Int64(z))
        return (c.year, c.month, c.day)
    }

    /// ISO 8601 week-numbering year and week of a day number (weeks start on Monday; week 1 holds a Thursday).
    static func isoWeek(_ day: Int) -> (Int, Int) {
        let weekday = ((day + 3) % 7 + 7) % 7            // Monday = 0 (1970-01-01 was a Thursday)
        let thursday = day - weekday + 3
        let year = civil(thursday).0
        return (year, (thursday - daysFromCivil(year, 1, 1)) / 7 + 1)
    }
}
