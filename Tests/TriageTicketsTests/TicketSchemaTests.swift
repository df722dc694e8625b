import Foundation
import Testing
import TriageTickets

@Suite struct TicketSchemaTests {
    private func decode(_ json: String) throws -> Ticket {
        try JSONDecoder().decode(Ticket.self, from: Data(json.utf8))
    }

    @Test func minimalFormIsOneCustomerMessage() throws {
        let ticket = try decode(#"{"id": "T-1", "text": "My card was charged twice"}"#)
        #expect(ticket.id == "T-1")
        #expect(ticket.messages.count == 1)
        #expect(ticket.messages.first?.author == .customer)
        #expect(ticket.customerText == "My card was charged twice")
        #expect(ticket.channel == .unknown)
    }

    @Test func unknownKeysSurviveARoundTripInSortedOrder() throws {
        let json = #"{"zeta": [1, {"b": true, "a": null}], "id": 1042, "channel": "email", "#
            + #""customer": {"id": "C-77", "vip_since": "2020"}, "#
            + #""messages": [{"author": "agent", "text": "hi", "sentiment": -0.5}], "fields": {"order_id": "A-55812", "qty": 2}, "alpha": "x"}"#
        let ticket = try decode(json)
        #expect(ticket.id == "1042")
        #expect(ticket.extras["zeta"] == .array([.number(1), .object(["b": .bool(true), "a": .null])]))
        #expect(ticket.customer?.extras["vip_since"] == .string("2020"))
        #expect(ticket.messages.first?.extras["sentiment"] == .number(-0.5))
        #expect(ticket.fields == ["order_id": "A-55812", "qty": "2"])
        let line = try ticket.jsonLine()
        #expect(line.hasPrefix(#"{"alpha":"x","channel":"email","customer":{"id":"C-77","vip_since":"2020"},"fields""#))
        #expect(line.hasSuffix(#""tags":[],"zeta":[1,{"a":null,"b":true}]}"#))
        let again = try decode(line)
        #expect(again == ticket)
        #expect(try again.jsonLine() == line)
    }

    @Test func badAuthorNamesTheField() throws {
        #expect(throws: DecodingError.self) {
            try decode(#"{"id": "T", "messages": [{"author": "martian", "text": "x"}]}"#)
        }
    }

    @Test func missingIdIsAnError() {
        #expect(throws: DecodingError.self) { try decode(#"{"text": "x"}"#) }
    }

    @Test func customerTextSkipsAgentsAndQuotedHistory() {
        let ticket = Ticket(id: "T", subject: "Refund", messages: [
            Message(author: .customer, text: "Where is my refund?", quoted: "> old", signature: "Ana"),
            Message(author: .agent, text: "Checking."),
            Message(author: .customer, text: "Thanks"),
        ])
        #expect(ticket.customerText == "Where is my refund?\n\nThanks")
        #expect(ticket.fullText == "Refund\n\nWhere is my refund?\n\n> old\n\nAna\n\nChecking.\n\nThanks")
    }

    @Test func prioritiesAreOrdered() {
        #expect(Priority.low < .normal && Priority.high < .urgent)
        #expect(Priority(parsing: "P1") == .urgent)
    }
}
