import Testing
import TriagePlanner

/// Placeholder scanning on bytes finds what the character scan finds, including names trimmed of non-ASCII
/// white space and invalid names that must be skipped.
struct PlaceholderScanTests {
    @Test func asciiAndUnicodeNames() {
        let text = "Hi {{ customer_name }}, order {{order_id}} → {{ not valid }} {{x-y}} {{\u{00A0}ticket_id\u{00A0}}} {{ naïve }} {{}} end {{open"
        let found = Placeholders.occurrences(in: text)
        #expect(found.map(\.name) == ["customer_name", "order_id", "ticket_id"])
        #expect(found.map { String(text[$0.range]) } == ["{{ customer_name }}", "{{order_id}}", "{{\u{00A0}ticket_id\u{00A0}}}"])
    }

    @Test func fillReplacesAndReportsUnresolved() {
        let (filled, unresolved) = Placeholders.fill("Dear {{ name }}, see {{ link }} — {{name}}.", values: ["name": "Ana"])
        #expect(filled == "Dear Ana, see {{ link }} — Ana.")
        #expect(unresolved == ["link"])
        #expect(Placeholders.occurrences(in: "plain text, no braces").isEmpty)
        #expect(Placeholders.occurrences(in: "{{a}}{{b}}").map(\.name) == ["a", "b"])
    }
}
