import Foundation
import Testing
import TriageSummarizer

@Suite struct ThreadReaderTests {
    @Test func dialogueTurnsKeepTheirTagsVerbatim() throws {
        let text = "#Person1#: Hello, how are you doing today?\n#Person2#: I've been having trouble breathing.\n#Person1#: Any allergies?"
        let messages = try ThreadReader.read(text)
        #expect(messages.count == 3)
        #expect(messages[1].text == "#Person2#: I've been having trouble breathing.")
        #expect(messages[1].speaker == "#Person2#")
        #expect(messages.map(\.id) == ["1", "2", "3"])
        var options = SummarizerOptions()
        options.granularity = .turns
        let units = Summarizer(options: options).units(of: messages)
        #expect(units.map(\.text) == text.split(separator: "\n").map(String.init))
        #expect(units[0].kind == .greeting)
        #expect(units[1].body == "I've been having trouble breathing.")
    }

    @Test func ticketJSONMessagesAndMinimalForm() throws {
        let full = #"{"id": "T-1", "messages": [{"author": "customer", "text": "Charged twice."}, {"author": "agent", "id": "a-2", "text": "Refunded."}], "extra": 1}"#
        let messages = try ThreadReader.read(full)
        #expect(messages.map(\.id) == ["T-1#1", "a-2"])
        #expect(messages.map(\.role) == [.customer, .agent])
        let minimal = try ThreadReader.read(#"{"id": "T-2", "text": "Where is my order A-55812?"}"#)
        #expect(minimal.count == 1 && minimal[0].id == "T-2#1")
    }

    @Test func badTicketsThrowTypedErrors() {
        #expect(throws: ThreadReadError.self) { try ThreadReader.read("{not json", source: "t.json") }
        #expect(throws: ThreadReadError.missingField(source: "t.json", field: "messages")) {
            try ThreadReader.read(#"{"id": "x"}"#, source: "t.json")
        }
        #expect(throws: ThreadReadError.wrongType(source: "t.json", field: "text", index: 0)) {
            try ThreadReader.read(#"{"messages": [{"text": 3}]}"#, source: "t.json")
        }
    }

    @Test func plainTextIsOneCustomerMessage() throws {
        let messages = try ThreadReader.read("The app crashes on login.\nVersion 2.3.1 on Android 14.")
        #expect(messages.count == 1 && messages[0].role == .customer)
        #expect(try ThreadReader.read("  \n ").isEmpty)
    }
}
