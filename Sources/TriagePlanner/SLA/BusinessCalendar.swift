import Foundation

/// Business-time arithmetic over a ``BusinessHours`` schedule: working days, opening hours in the schedule's
/// time zone (wall-clock, so DST shifts move the UTC times), and holidays.
///
/// The clock runs only inside opening hours: a ticket that arrives outside them starts at the next opening.
/// Each day's window is built from local wall-clock times, so on a day with a DST change the window's real
/// length is what elapses (a 00:00–24:00 window on a spring-forward day holds 23 hours).
public struct BusinessCalendar: Sendable {
    /// The schedule.
    public let hours: BusinessHours
    private let calendar: Calendar

    /// The most days searched for the next opening (guards against schedules with no working day).
    public static let searchLimitDays = 3_660

    public init(hours: BusinessHours) {
        self.hours = hours
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = hours.timeZone
        self.calendar = calendar
    }

    /// The opening window of the local day `day` (days since 1970-01-01), or `nil` when it is not a working day.
    public func window(day: Int64) -> DateInterval? {
        let (y, m, d) = CivilDate.fromDays(day)
        guard hours.days.contains(Weekday(rawValue: CivilDate.weekday(days: day)) ?? .monday),
              !hours.holidays.contains(DayStamp(year: y, month: m, day: d)),
              let open = localTime(y, m, d, minute: hours.startMinute),
              let close = localTime(y, m, d, minute: hours.endMinute), close > open else { return nil }
        return DateInterval(start: open, end: close)
    }

    private func localTime(_ y: Int, _ m: Int, _ d: Int, minute: Int) -> Date? {
        if minute >= 1440 {
            let (ny, nm, nd) = CivilDate.fromDays(CivilDate.days(year: y, month: m, day: d) + 1)
            return localTime(ny, nm, nd, minute: minute - 1440)
        }
        var components = DateComponents()
        components.year = y
        components.month = m
        components.day = d
        components.hour = minute / 60
        components.minute = minute % 60
        // In a spring-forward gap, take the first valid instant after it.
        return calendar.date(from: components)
    }

    /// The local day number of `date` in the schedule's zone.
    public func localDay(of date: Date) -> Int64 {
        let seconds = date.timeIntervalSince1970 + Double(hours.timeZone.secondsFromGMT(for: date))
        return Int64((seconds / 86_400).rounded(.down))
    }

    /// Whether `date` falls inside opening hours.
    public func isOpen(at date: Date) -> Bool {
        for day in (localDay(of: date) - 1)...(localDay(of: date)) {
            if let window = window(day: day), date >= window.start, date < window.end { return true }
        }
        return false
    }

    /// `date` itself when open, otherwise the start of the next opening window.
    public func nextOpening(from date: Date) -> Date? {
        let first = localDay(of: date) - 1
        for day in first..<(first + Int64(Self.searchLimitDays)) {
            guard let window = window(day: day), window.end > date else { continue }
            return max(window.start, date)
        }
        return nil
    }

    /// The instant when `minutes` of business time have elapsed after `start`.
    ///
    /// - Returns: The due time, or `nil` when the schedule has no opening within ``searchLimitDays``.
    /// - Complexity: O(days spanned).
    public func adding(minutes: Int, to start: Date) -> Date? {
        var remaining = TimeInterval(max(0, minutes) * 60)
        guard var cursor = nextOpening(from: start) else { return nil }
        var day = localDay(of: cursor) - 1
        let lastDay = day + Int64(Self.searchLimitDays)
        while day < lastDay {
            if let window = window(day: day), window.end > cursor {
                let from = max(cursor, window.start)
                let available = window.end.timeIntervalSince(from)
                if remaining <= available { return from.addingTimeInterval(remaining) }
                remaining -= available
                cursor = window.end
            }
            day += 1
        }
        return nil
    }

    /// The instant when `duration` of business time has elapsed after `start` (`d` = one working day).
    public func adding(_ duration: BusinessDuration, to start: Date) -> Date? {
        adding(minutes: duration.minutes(workingDayMinutes: hours.workingDayMinutes), to: start)
    }
}
