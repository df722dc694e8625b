import Foundation
import Testing
import TriageTickets

@Suite struct JSONLIntakeTests {
    @Test func badLinesAreTypedErrorsAndTheOthersComeThrough() throws {
        let input = """
            {"id": "T-1", "text": "refund please"}
            this is not json
            {"id": "T-3", "messages": [{"author": "martian", "text": "x"}]}

            {"text": "no id"}
            {"id": "T-6", "channel": "email", "text": "still here", "extra": {"k": 1}}
            """
        let folder = try Fixtures.folder()
        let url = try Fixtures.write(input, named: "tickets.jsonl", in: folder)
        let results = TicketReader().readAll(url, format: .jsonl)
        #expect(results.count == 5)
        let tickets = Fixtures.tickets(results)
        #expect(tickets.map(\.id) == ["T-1", "T-6"])
        #expect(tickets.last?.extras["extra"] == .object(["k": .number(1)]))
        let errors = Fixtures.errors(results)
        #expect(errors.map(\.line) == [2, 3, 5])
        #expect(errors.allSatisfy { $0.file == url.path })
        #expect(errors[0].reason == .invalidJSON("syntax error"))
        #expect(errors[1].field == "messages[0].author")
        #expect(errors[2].field == "id")
        #expect(errors[1].description.contains("tickets.jsonl:3: field 'messages[0].author'"))
    }

    @Test func invalidUTF8IsReplacedAndRecorded() {
        var bytes = Array(#"{"id": "T-1", "text": "caf"#.utf8)
        bytes += [0xE9, 0xFF]
        bytes += Array("\"}\n{\"id\": \"T-2\", \"text\": \"ok\"}\n".utf8)
        let results = JSONLIntake.records(in: bytes, file: "bad.jsonl")
        let tickets = Fixtures.tickets(results)
        #expect(tickets.count == 2)
        #expect(tickets.first?.customerText == "caf\u{FFFD}\u{FFFD}")
        #expect(tickets.first?.defects == ["invalid UTF-8 replaced by U+FFFD (line 1)"])
        #expect(tickets.last?.defects.isEmpty == true)
    }

    @Test func emptyInputIsAnError() throws {
        let folder = try Fixtures.folder()
        let url = try Fixtures.write("", named: "empty.jsonl", in: folder)
        let results = TicketReader().readAll(url, format: .jsonl)
        #expect(Fixtures.errors(results).map(\.reason) == [.empty])
    }

    @Test func streamingAcrossChunksKeepsLineNumbers() throws {
        // 3,000 records of ~600 bytes cross the 1 MiB read chunk boundary.
        let padding = String(repeating: "x", count: 600)
        var lines: [String] = []
        for index in 0..<3000 {
            lines.append(index == 2500 ? "{broken" : #"{"id": "T-\#(index)", "text": "\#(padding)"}"#)
        }
        let folder = try Fixtures.folder()
        let url = try Fixtures.write(lines.joined(separator: "\n"), named: "big.jsonl", in: folder)
        var count = 0
        var errorLines: [Int?] = []
        JSONLIntake.read(url) { result in
            switch result {
            case .success: count += 1
            case .failure(let error): errorLines.append(error.line)
            }
        }
        #expect(count == 2999)
        #expect(errorLines == [2501])
    }

    @Test func jsonArrayNamesTheRecordIndex() {
        let input = #"[{"id": "A", "text": "one"}, {"id": "B", "tags": "not-a-list"}, {"id": "C", "text": "three"}]"#
        let results = JSONIntake.records(in: Array(input.utf8), file: "batch.json")
        #expect(Fixtures.tickets(results).map(\.id) == ["A", "C"])
        let error = Fixtures.errors(results).first
        #expect(error?.record == 1)
        #expect(error?.field == "tags")
    }
}
