import TriageText
import Foundation

/// A calendar day without time or zone (`2026-12-24`).
public struct DayStamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; `nil` when malformed or not a real date.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...CivilDate.daysIn(month: m, year: y)).contains(d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int64 { CivilDate.days(year: year, month: month, day: day) }

    public static func < (lhs: DayStamp, rhs: DayStamp) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }
}

/// ISO weekdays.
public enum Weekday: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Parses `mon`, `monday`, … (case-insensitive).
    public init?(name: String) {
        let key = String(name.lowercased().prefix(3))
        let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        guard let index = names.firstIndex(of: key), name.count == 3 || Self.fullNames[index] == name.lowercased()
        else { return nil }
        self.init(rawValue: index + 1)
    }

    static let fullNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// When the support team works: the SLA clock only runs inside these hours.
public struct BusinessHours: Sendable, Hashable {
    /// The IANA time zone the hours are given in.
    public var timeZone: TimeZone
    /// Working days.
    public var days: Set<Weekday>
    /// Opening time, minutes after local midnight. The built-in default is 09:00.
    public var startMinute: Int
    /// Closing time, minutes after local midnight (up to 1440 for `24:00`). The built-in default is 17:00.
    public var endMinute: Int
    /// Days off.
    public var holidays: Set<DayStamp>

    public init(timeZone: TimeZone, days: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday],
                startMinute: Int = 9 * 60, endMinute: Int = 17 * 60, holidays: Set<DayStamp> = []) {
        self.timeZone = timeZone
        self.days = days
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.holidays = holidays
    }

    /// The length of one working day in minutes (what `1d` means).
    public var workingDayMinutes: Int { endMinute - startMinute }

    /// Round-the-clock hours in UTC, used when a workspace sets none.
    public static let alwaysOpen = BusinessHours(
        timeZone: TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current,
        days: Set(Weekday.allCases), startMinute: 0, endMinute: 1440)
}
