import Foundation
import Testing
import TriageTickets

@Suite struct ChatIntakeTests {
    @Test func listOfMessagesBecomesOneChatTicket() {
        let input = """
            [{"speaker": "Ana", "text": "My parcel never arrived", "timestamp": "2026-11-28T10:00:00Z"},
             {"speaker": "Support", "text": "Sorry! What is the order number?"},
             {"speaker": "Ana", "content": "A-55812", "mood": "annoyed"},
             "bot: Rate this chat"]
            """
        let results = ChatIntake.records(in: Array(input.utf8), file: "/x/chat-17.json")
        let ticket = Fixtures.tickets(results).first
        #expect(ticket?.id == "chat-17")
        #expect(ticket?.channel == .chat)
        #expect(ticket?.createdAt == "2026-11-28T10:00:00Z")
        #expect(ticket?.messages.map(\.author) == [.customer, .agent, .customer, .bot])
        #expect(ticket?.customerText == "My parcel never arrived\n\nA-55812")
        #expect(ticket?.messages[2].extras["mood"] == .string("annoyed"))
    }

    @Test func objectFormKeepsTicketKeys() {
        let input = #"{"id": "C-9", "tags": ["vip"], "messages": [{"role": "user", "text": "hi"}, {"role": "assistant", "text": "hello"}]}"#
        let ticket = Fixtures.tickets(ChatIntake.records(in: Array(input.utf8), file: "c.json")).first
        #expect(ticket?.id == "C-9")
        #expect(ticket?.tags == ["vip"])
        #expect(ticket?.messages.map(\.author) == [.customer, .bot])
    }

    @Test func messageWithoutTextNamesTheMessage() {
        let input = #"[{"role": "user", "text": "hi"}, {"role": "agent"}]"#
        let error = Fixtures.errors(ChatIntake.records(in: Array(input.utf8), file: "c.json")).first
        #expect(error?.record == 1)
        #expect(error?.field == "messages[1].text")
    }
}
