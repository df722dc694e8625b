import Foundation
import Testing
import TriagePlanner
import TriageTickets

@Suite struct FieldExtractionTests {
    private let invoiceRequirement = FieldRequirement(
        name: "invoice_id", type: .invoiceID, pattern: try? FieldPattern(#"^INV-\d{6}$"#),
        question: "Could you send the invoice number (it looks like INV-123456)?")
    private let extraction = FieldExtraction(timeZone: TimeZone(identifier: "Europe/Berlin") ?? .current)

    private func ticket(_ texts: [String], fields: [String: String] = [:], subject: String? = nil) -> Ticket {
        Ticket(id: "T-1", channel: .email, createdAt: "2026-11-27T10:00:00Z", subject: subject,
               messages: texts.map { Message(author: .customer, text: $0) }, fields: fields)
    }

    @Test func validInvoiceIsFoundWithItsSpan() throws {
        let text = "Hello, INV-204311 was charged twice."
        let result = extraction.extract(requirements: [invoiceRequirement], ticket: ticket([text]))
        let field = try #require(result.found.first)
        #expect(field.name == "invoice_id" && field.value == "INV-204311" && field.origin == .text)
        let span = try #require(field.span)
        #expect(span.message == 0)
        #expect(String(decoding: Array(text.utf8)[span.utf8Range], as: UTF8.self) == "INV-204311")
        #expect(result.missing.isEmpty)
    }

    @Test func invalidValueCountsAsMissingAndSaysWhy() throws {
        let result = extraction.extract(requirements: [invoiceRequirement], ticket: ticket(["Invoice INV-12 was charged twice"]))
        #expect(result.found.filter { $0.name == "invoice_id" }.isEmpty)
        let missing = try #require(result.missing.first)
        #expect(missing.reason == .invalid)
        #expect(missing.detail == "The invoice number INV-12 doesn't look complete or correct.")
    }

    @Test func absentValueIsMissingWithoutDetail() throws {
        let result = extraction.extract(requirements: [invoiceRequirement], ticket: ticket(["I was charged twice"]))
        #expect(result.missing.map(\.reason) == [.absent])
        #expect(result.missing.first?.detail == nil)
    }

    @Test func formFieldWinsOverText() throws {
        let result = extraction.extract(requirements: [invoiceRequirement],
                                        ticket: ticket(["It was INV-111111"], fields: ["invoice_id": "INV-222222"]))
        let field = try #require(result.found.first)
        #expect(field.value == "INV-222222" && field.origin == .form && field.span == nil)
    }

    @Test func invalidFormFieldFallsBackToValidText() throws {
        let result = extraction.extract(requirements: [invoiceRequirement],
                                        ticket: ticket(["It was INV-111111"], fields: ["invoice_id": "INV-1"]))
        #expect(result.found.first?.value == "INV-111111")
    }

    @Test func latestMessageWins() throws {
        let result = extraction.extract(requirements: [invoiceRequirement],
                                        ticket: ticket(["It was INV-111111", "Sorry, I meant INV-333333"]))
        #expect(result.found.first?.value == "INV-333333")
        #expect(result.found.first?.span?.message == 1)
    }

    @Test func subjectIsReadAsMessageMinusOne() throws {
        let result = extraction.extract(requirements: [invoiceRequirement],
                                        ticket: ticket(["charged twice"], subject: "Double charge INV-444444"))
        #expect(result.found.first?.span?.message == -1)
    }

    @Test func cardDigitsAreNotReadAsOtherFields() throws {
        let phone = FieldRequirement(name: "phone", type: .phone, question: "Your phone number?")
        let result = extraction.extract(requirements: [phone], ticket: ticket(["my card number 4111 1111 1111 1111 was charged"]))
        #expect(result.missing.map(\.name) == ["phone"])
        let card = try #require(result.found.first { $0.type == .card })
        #expect(card.value == "1111" && card.redact)
    }

    @Test func unrequestedFieldsAreReportedInPositionOrder() throws {
        let result = extraction.extract(requirements: [], ticket: ticket(["I'm on v2.3.1, mail ana@example.com, error E1234"]))
        #expect(result.found.map(\.type) == [.version, .email, .errorCode])
    }

    @Test func requirementPatternAppliesToOtherTypes() throws {
        let work = FieldRequirement(name: "work_email", type: .email, pattern: try FieldPattern(#"^[^@]+@acme\.com$"#),
                                    question: "Your Acme e-mail?")
        let result = extraction.extract(requirements: [work], ticket: ticket(["I am ana@gmail.com"]))
        #expect(result.missing.first?.reason == .invalid)
        #expect(result.missing.first?.detail == "The e-mail address ana@gmail.com doesn't match the format we expect.")
    }

    @Test func labelledTextField() throws {
        let company = FieldRequirement(name: "company_name", type: .text, question: "Your company?")
        let result = extraction.extract(requirements: [company], ticket: ticket(["Hi\nCompany name: Acme GmbH\nthanks"]))
        #expect(result.found.first?.value == "Acme GmbH")
    }

    @Test func relativeDateResolvesAgainstTicketTime() throws {
        let date = FieldRequirement(name: "charge_date", type: .date, question: "When?")
        let result = extraction.extract(requirements: [date], ticket: ticket(["I was charged yesterday"]))
        #expect(result.found.first?.value == "2026-11-26")
    }
}
