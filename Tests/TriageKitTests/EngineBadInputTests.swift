import Foundation
import Testing
import TriageKit

/// The whole engine (real workspace, model and indexes) on tickets it cannot triage: each becomes a handoff,
/// never an answer, and never a crash.
@Suite("Engine on bad input")
struct EngineBadInputTests {
    static func ticket(_ text: String, subject: String? = nil, signature: String? = nil) -> Ticket {
        Ticket(id: "BAD-1", channel: .email, createdAt: "2026-11-30T10:00:00Z", subject: subject,
               messages: [Message(author: .customer, at: "2026-11-30T10:00:00Z", text: text, signature: signature)])
    }

    @Test(arguments: [
        ("", "no text"),
        ("  \n\t ", "white space"),
        ("Best regards,\nAna Silva\nAcme GmbH\n+49 30 1234567", "only a signature"),
        ("我们的员工无法登录应用程序，请尽快帮助我们解决这个问题。", "Chinese"),
        ("Наши сотрудники не могут войти в приложение. Помогите, пожалуйста.", "Russian"),
    ])
    func unreadableTicketsAreHandedOffAsUnsupportedInput(text: String, what: String) throws {
        let engine = try corpusEngine.get()
        let decision = engine.triage(Self.ticket(text))
        #expect(decision.action == .handoff, "\(what)")
        #expect(decision.handoff?.reason == .unsupportedInput, "\(what)")
        #expect(decision.answer == nil)
    }

    @Test func aTicketWithNoMessagesAtAllIsHandedOff() throws {
        let engine = try corpusEngine.get()
        let decision = engine.triage(Ticket(id: "BAD-2"))
        #expect(decision.action == .handoff)
        #expect(decision.handoff?.reason == .unsupportedInput)
    }

    @Test func tenMegabytesOfTextIsHandedOffAndStillExplained() throws {
        let engine = try corpusEngine.get()
        let huge = String(repeating: "I was charged twice for invoice INV-204311, please refund. ", count: 180_000)
        #expect(huge.utf8.count > 10_000_000)
        let decision = engine.triage(Self.ticket(huge, subject: "Refund"))
        #expect(decision.action == .handoff)
        #expect(decision.handoff?.reason == .unsupportedInput)
        #expect(try decision.jsonString().utf8.count < 200_000)   // the packet does not echo the 10 MB back
    }

    @Test func aLatinScriptTicketInAnotherLanguageIsNeverAnswered() throws {
        let engine = try corpusEngine.get()
        let texts = [
            "Hallo, unsere Mitarbeiter können sich seit heute Morgen nicht mehr in der App anmelden. Was ist los?",
            "Bonjour, je voudrais annuler mon abonnement et obtenir un remboursement de la dernière facture.",
        ]
        for text in texts {
            let decision = engine.triage(Self.ticket(text))
            #expect(decision.action != .answer, "\(text)")
        }
    }
}
