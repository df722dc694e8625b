import TriageText
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

    /// The most days searched for the next opening (guards against schedules with no working day).
    public static let searchLimitDays = 3_660

    /// Windows already worked out, shared by copies of this calendar (time-zone arithmetic is the costly part).
    private let memo = WindowMemo()

    public init(hours: BusinessHours) {
        self.hours = hours
    }

    /// The opening window of the local day `day` (days since 1970-01-01), or `nil` when it is not a working day.
    public func window(day: Int64) -> DateInterval? {
        if let known = memo.window(day: day) { return known }
        let window = computeWindow(day: day)
        memo.store(window, day: day)
        return window
    }

    private func computeWindow(day: Int64) -> DateInterval? {
        let (y, m, d) = CivilDate.fromDays(day)
        guard hours.days.contains(Weekday(rawValue: CivilDate.weekday(days: day)) ?? .monday),
              !hours.holidays.contains(DayStamp(year: y, month: m, day: d)),
              let open = localTime(y, m, d, minute: hours.startMinute),
              let close = localTime(y, m, d, minute: hours.endMinute), close > open else { return nil }
        return DateInterval(start: open, end: close)
    }

    /// The instant of local wall-clock time `minute` (0…1440) on day `y-m-d` in the schedule's zone.
    ///
    /// Converted with the zone's UTC offset found by fixed-point iteration (`Calendar` is avoided: it is slow
    /// on Linux). In a spring-forward gap the result lands just after the gap, as the clock would show.
    private func localTime(_ y: Int, _ m: Int, _ d: Int, minute: Int) -> Date? {
        let local = Double(CivilDate.days(year: y, month: m, day: d) * 86_400 + Int64(minute) * 60)
        let zone = hours.timeZone
        let first = Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: local)))
        let second = Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: local - first)))
        if first == second { return Date(timeIntervalSince1970: local - first) }
        let third = Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: local - second)))
        return Date(timeIntervalSince1970: local - (third == second ? second : min(first, second)))
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
        opening(from: date)?.date
    }

    /// ``nextOpening(from:)`` with the local day of the window it falls in.
    private func opening(from date: Date) -> (date: Date, day: Int64)? {
        let first = localDay(of: date) - 1
        for day in first..<(first + Int64(Self.searchLimitDays)) {
            guard let window = window(day: day), window.end > date else { continue }
            return (max(window.start, date), day)
        }
        return nil
    }

    /// The instant when `minutes` of business time have elapsed after `start`.
    ///
    /// - Returns: The due time, or `nil` when the schedule has no opening within ``searchLimitDays``.
    /// - Complexity: O(days spanned).
    public func adding(minutes: Int, to start: Date) -> Date? {
        guard let (opening, openingDay) = opening(from: start) else { return nil }
        return advance(from: opening, day: openingDay, minutes: minutes)
    }

    /// ``adding(minutes:to:)`` for several amounts from the same start, which is looked up once (the time-zone
    /// arithmetic is the costly part): the due times in the order of `minutes`, or `nil` when the schedule has
    /// no opening within ``searchLimitDays``.
    public func adding(minutes: [Int], to start: Date) -> [Date]? {
        guard let (opening, openingDay) = opening(from: start) else { return nil }
        var out: [Date] = []
        out.reserveCapacity(minutes.count)
        for amount in minutes {
            guard let due = advance(from: opening, day: openingDay, minutes: amount) else { return nil }
            out.append(due)
        }
        return out
    }

    /// `minutes` of business time after `cursor`, an open instant inside the window of local day `openDay`.
    private func advance(from start: Date, day openDay: Int64, minutes: Int) -> Date? {
        var remaining = TimeInterval(max(0, minutes) * 60)
        var cursor = start
        // The scan starts a day early, as from any instant (windows of earlier days end before `start`).
        var day = openDay - 1
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

/// A thread-safe memo of business-day windows by day number (bounded: cleared when it grows past 4,096 days).
final class WindowMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var windows: [Int64: DateInterval?] = [:]

    /// The stored window: `.some(nil)` for a known closed day, `nil` when not worked out yet.
    func window(day: Int64) -> DateInterval?? {
        lock.lock()
        defer { lock.unlock() }
        return windows[day]
    }

    func store(_ window: DateInterval?, day: Int64) {
        lock.lock()
        defer { lock.unlock() }
        if windows.count >= 4_096 { windows.removeAll(keepingCapacity: true) }
        windows[day] = .some(window)
    }
}
