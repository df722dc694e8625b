import Testing
import TriagePlanner

/// Reference: Friday 2026-11-27, 10:00 UTC (11:00 in Berlin).
@Suite struct DateExtractorTests {
    private func dates(_ text: String, _ context: FieldContext = Fixtures.context()) -> [String] {
        Fixtures.scan(DateExtractor(), text, context: context).filter(\.valid).map(\.value)
    }

    @Test(arguments: [
        ("it happened yesterday", "2026-11-26"),
        ("charged today", "2026-11-27"),
        ("the day before yesterday it failed", "2026-11-25"),
        ("3 days ago", "2026-11-24"),
        ("two weeks ago", "2026-11-13"),
        ("a couple of days ago", "2026-11-25"),
        ("last Friday", "2026-11-20"),
        ("on Monday the sync broke", "2026-11-23"),
        ("since Wednesday", "2026-11-25"),
        ("last week", "2026-11-20"),
    ])
    func relativeDatesResolveAgainstTheTicket(text: String, expected: String) {
        #expect(dates(text) == [expected])
    }

    @Test(arguments: [
        ("on 2026-11-02", "2026-11-02"),
        ("on 02.11.2026", "2026-11-02"),
        ("on 2/11/2026", "2026-11-02"),
        ("on 11/28/2025", "2025-11-28"),
        ("on 3 November 2026", "2026-11-03"),
        ("on the 3rd of Nov", "2026-11-03"),
        ("November 3, 2026", "2026-11-03"),
        ("Dec 5", "2025-12-05"),
    ])
    func absoluteDatesAreNormalised(text: String, expected: String) {
        #expect(dates(text) == [expected])
    }

    @Test func yesterdayUsesTheWorkspaceZoneNotUTC() {
        // 23:30 UTC on the 27th is already the 28th in Berlin.
        let late = Fixtures.context("2026-11-27T23:30:00Z")
        #expect(dates("yesterday", late) == ["2026-11-27"])
        let utc = Fixtures.context("2026-11-27T23:30:00Z", zone: "UTC")
        #expect(dates("yesterday", utc) == ["2026-11-26"])
    }

    @Test func americanZoneReadsSlashDatesMonthFirst() {
        #expect(dates("on 2/11/2026", Fixtures.context(zone: "America/New_York")) == ["2026-02-11"])
    }

    @Test func impossibleDateIsInvalid() throws {
        let candidate = try #require(Fixtures.scan(DateExtractor(), "billed on 31.02.2026").first)
        #expect(!candidate.valid)
        #expect(candidate.problem == "isn't a real calendar date")
    }

    @Test func versionsAndAmountsAreNotDates() {
        #expect(dates("version 2.14.0 costs 12.50 EUR").isEmpty)
    }
}
