import Foundation
import Testing
import TriagePlanner

@Suite struct BusinessCalendarTests {
    private func berlin(holidays: Set<DayStamp> = []) -> BusinessHours {
        BusinessHours(timeZone: TimeZone(identifier: "Europe/Berlin") ?? .current, holidays: holidays)
    }

    private func date(_ iso: String) throws -> Date { try #require(ISOTimestamp.date(from: iso)) }

    @Test func insideHoursAddsWallTime() throws {
        // Tue 2026-11-24 10:00 Berlin (09:00 UTC) + 4h = 14:00 Berlin.
        let due = BusinessCalendar(hours: berlin()).adding(minutes: 240, to: try date("2026-11-24T09:00:00Z"))
        #expect(due.map(ISOTimestamp.string(from:)) == "2026-11-24T13:00:00Z")
    }

    @Test func arrivalOutsideHoursStartsAtNextOpening() throws {
        // Sat 2026-11-28 12:00 UTC → clock starts Mon 09:00 Berlin (08:00 UTC); 8h → Mon 17:00 Berlin.
        let clock = SLAClock(hours: berlin())
        let sla = clock.due(SLATargets(firstResponse: .init(amount: 8, unit: .hours), resolution: .init(amount: 1, unit: .days)),
                            arrival: try date("2026-11-28T12:00:00Z"))
        #expect(sla.firstResponseDue == "2026-11-30T16:00:00Z")
        #expect(sla.resolutionDue == "2026-11-30T16:00:00Z")
    }

    @Test func overnightCarryOver() throws {
        // Fri 16:00 Berlin + 2h → Mon 10:00 Berlin.
        let due = BusinessCalendar(hours: berlin()).adding(minutes: 120, to: try date("2026-11-27T15:00:00Z"))
        #expect(due.map(ISOTimestamp.string(from:)) == "2026-11-30T09:00:00Z")
    }

    @Test func holidaysAreSkipped() throws {
        // Wed 2026-12-23 16:00 Berlin + 4h; 24th and 25th are holidays (Thu, Fri) → Mon 28th 12:00 Berlin (11:00 UTC).
        let hours = berlin(holidays: [DayStamp(year: 2026, month: 12, day: 24), DayStamp(year: 2026, month: 12, day: 25)])
        let due = BusinessCalendar(hours: hours).adding(minutes: 240, to: try date("2026-12-23T15:00:00Z"))
        #expect(due.map(ISOTimestamp.string(from:)) == "2026-12-28T11:00:00Z")
    }

    @Test func springForwardWeekendShiftsUTCOffset() throws {
        // Fri 2026-03-27 16:00 CET (15:00 UTC) + 3h → Mon 2026-03-30 11:00 CEST = 09:00 UTC.
        let due = BusinessCalendar(hours: berlin()).adding(minutes: 180, to: try date("2026-03-27T15:00:00Z"))
        #expect(due.map(ISOTimestamp.string(from:)) == "2026-03-30T09:00:00Z")
    }

    @Test func fallBackWeekendShiftsUTCOffset() throws {
        // Fri 2026-10-23 16:00 CEST (14:00 UTC) + 3h → Mon 2026-10-26 11:00 CET = 10:00 UTC.
        let due = BusinessCalendar(hours: berlin()).adding(minutes: 180, to: try date("2026-10-23T14:00:00Z"))
        #expect(due.map(ISOTimestamp.string(from:)) == "2026-10-26T10:00:00Z")
    }

    @Test func roundTheClockScheduleCountsRealHoursOnDSTDay() throws {
        // New York, all days 00:00–24:00. Sat 2026-03-07 12:00 EST (17:00 UTC) + 48h of real time
        // = Mon 2026-03-09 17:00 UTC (13:00 EDT): the 23-hour Sunday holds 23 business hours.
        let hours = BusinessHours(timeZone: TimeZone(identifier: "America/New_York") ?? .current,
                                  days: Set(Weekday.allCases), startMinute: 0, endMinute: 1440)
        let due = BusinessCalendar(hours: hours).adding(minutes: 48 * 60, to: try date("2026-03-07T17:00:00Z"))
        #expect(due.map(ISOTimestamp.string(from:)) == "2026-03-09T17:00:00Z")
    }

    @Test func openAndClosedInstants() throws {
        let calendar = BusinessCalendar(hours: berlin())
        #expect(calendar.isOpen(at: try date("2026-11-24T08:00:00Z")))      // 09:00 Berlin
        #expect(!calendar.isOpen(at: try date("2026-11-24T16:00:00Z")))     // 17:00 Berlin
        #expect(!calendar.isOpen(at: try date("2026-11-28T10:00:00Z")))     // Saturday
    }

    @Test func scheduleWithOnlyHolidaysFallsBackToPlainHours() throws {
        var hours = berlin()
        hours.days = [.monday]
        let mondays = (0..<600).map { DayStamp(year: 2026, month: 1, day: 5) .dayNumber + Int64($0 * 7) }
        hours.holidays = Set(mondays.map { n in
            let d = ISOTimestamp.string(from: Date(timeIntervalSince1970: TimeInterval(n * 86_400)))
            return DayStamp(parsing: String(d.prefix(10))) ?? DayStamp(year: 2026, month: 1, day: 5)
        })
        let sla = SLAClock(hours: hours).due(SLATargets(), arrival: try date("2026-01-01T00:00:00Z"))
        #expect(sla.firstResponseDue == "2026-01-01T08:00:00Z")
    }

    @Test func durationsParse() {
        #expect(BusinessDuration(parsing: "30m") == BusinessDuration(amount: 30, unit: .minutes))
        #expect(BusinessDuration(parsing: " 3d") == BusinessDuration(amount: 3, unit: .days))
        #expect(BusinessDuration(parsing: "4 hours") == nil)
        #expect(BusinessDuration(parsing: "-2h") == nil)
        #expect(BusinessDuration(amount: 2, unit: .days).minutes(workingDayMinutes: 480) == 960)
    }
}
