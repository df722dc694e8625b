import Foundation
import Testing
import TriagePlanner
import TriageTickets

/// Each planner rule on a small workspace, with hand-made stage outputs.
@Suite struct PlannerRulesTests {
    private func planner(_ options: PlannerOptions = PlannerOptions()) throws -> ResolutionPlanner {
        ResolutionPlanner(workspace: try Workspace.load(from: try Fixtures.validWorkspace()), options: options)
    }

    private func input(_ text: String, intent: String = "billing_double_charge", confidence: Double = 0.9,
                       support: Double = 0.8, runnerUp: Double = 0.05, tier: String? = nil,
                       name: String? = "Ana Silva") -> PlannerInput {
        let ticket = Ticket(id: "T-1", channel: .email, createdAt: "2026-11-27T10:00:00Z",
                            customer: Customer(name: name, tier: tier), messages: [Message(author: .customer, text: text)])
        return PlannerInput(ticket: ticket, hypotheses: [IntentScore(label: intent, confidence: confidence),
                                                        IntentScore(label: "general_question", confidence: runnerUp)],
                            documents: [EvidenceDocument(id: "kb-double-charge", title: "Charged twice", score: support,
                                                         snippet: "refund the duplicate charge")],
                            model: .init(id: "test", sha256: "0"))
    }

    @Test func answersWhenEveryConditionHolds() throws {
        let decision = try planner().decide(input("I was charged twice for INV-204311"))
        #expect(decision.action == .answer)
        #expect(decision.answer?.text == "Hi Ana, we have refunded the duplicate charge for INV-204311.")
        #expect(decision.answer?.citations.first?.articleID == "kb-double-charge")
        #expect(decision.explanation.rule == "answer.all_conditions_met")
        #expect(decision.explanation.thresholds.map(\.name) == ["intent_confidence", "relevance_floor"])
        #expect(decision.handoff == nil && decision.ask == nil)
    }

    @Test func asksForInvalidInvoiceWithReason() throws {
        let decision = try planner().decide(input("I was charged twice for INV-12"))
        #expect(decision.action == .ask)
        #expect(decision.ask?.fields == ["invoice_id"])
        #expect(decision.ask?.text.contains("The invoice number INV-12 doesn't look complete or correct.") == true)
        #expect(decision.fields.missing.first?.reason == .invalid)
    }

    @Test func lowConfidenceHandsOffToDefaultTeam() throws {
        let decision = try planner().decide(input("charged twice INV-204311", confidence: 0.4))
        #expect(decision.action == .handoff)
        #expect(decision.handoff?.reason == .lowConfidence)
        #expect(decision.handoff?.team == "support")
        #expect(decision.explanation.thresholds.first == .init(name: "intent_confidence", value: 0.4, threshold: 0.7, passed: false))
    }

    @Test func closeRunnerUpIsAmbiguous() throws {
        let decision = try planner().decide(input("charged twice", confidence: 0.45, runnerUp: 0.42))
        #expect(decision.handoff?.reason == .ambiguous)
    }

    @Test func outOfScopeVerdictHandsOff() throws {
        var request = input("what's the weather in Lisbon?")
        request.inScope = false
        let decision = try planner().decide(request)
        #expect(decision.handoff?.reason == .outOfScope)
        #expect(decision.intent.label == nil && !decision.intent.inScope)
    }

    @Test func escalationPhraseRoutesToRuleTeam() throws {
        let decision = try planner().decide(input("INV-204311 charged twice and my lawyer says we sue"))
        #expect(decision.handoff?.reason == .escalation)
        #expect(decision.handoff?.team == "legal")
        #expect(decision.priority.level == .high)
        #expect(decision.handoff?.context.escalations == ["legal"])
        #expect(decision.explanation.rule == "handoff.escalation.legal")
    }

    @Test func askOnlyIntentWithFieldsHandsOffByPolicy() throws {
        let decision = try planner().decide(input("a general question about shifts", intent: "general_question"))
        #expect(decision.handoff?.reason == .policy)
        #expect(decision.handoff?.team == "support")
    }

    @Test func weakSupportMeansNoArticle() throws {
        let decision = try planner().decide(input("I was charged twice for INV-204311", support: 0.1))
        #expect(decision.handoff?.reason == .noArticle)
        #expect(decision.explanation.thresholds.last?.passed == false)
    }

    @Test func unfillablePlaceholderMeansNoAnswer() throws {
        let article = Fixtures.article.replacingOccurrences(of: "for {{invoice_id}}", with: "for {{invoice_id}} on {{order_id}}")
        let workspace = try Workspace.load(from: try Fixtures.validWorkspace(["kb/kb-double-charge.md": article]))
        let decision = ResolutionPlanner(workspace: workspace).decide(input("charged twice for INV-204311"))
        #expect(decision.handoff?.reason == .noArticle)
        #expect(decision.handoff?.context.notes == ["Article kb-double-charge needs values for: order_id."])
    }

    @Test(arguments: ["", "   \n ", "Best regards,\nAna Silva\nAcme GmbH\n+49 30 1234567", "这是一个关于发票的问题，我被收费两次了"])
    func unsupportedInputIsHandedOffNeverAnswered(text: String) throws {
        let decision = try planner().decide(input(text))
        #expect(decision.action == .handoff)
        #expect(decision.handoff?.reason == .unsupportedInput)
    }

    @Test func tenMegabytesOfTextIsHandedOffQuickly() throws {
        let huge = String(repeating: "charged twice INV-204311 ", count: 420_000)
        let clock = ContinuousClock()
        let start = clock.now
        let decision = try planner().decide(input(huge))
        #expect(decision.handoff?.reason == .unsupportedInput)
        #expect(clock.now - start < .seconds(5))
    }

    @Test func cardNumbersAreMaskedInHandoffContext() throws {
        var request = input("my card 4111 1111 1111 1111 was charged, lawyer involved")
        request.summary = [SummaryLine(section: .issue, text: "card 4111 1111 1111 1111 charged", messageID: 0, speaker: "customer")]
        let decision = try planner().decide(request)
        let json = try decision.jsonString()
        #expect(!json.contains("4111 1111 1111 1111"))
        #expect(json.contains("•••• •••• •••• 1111"))
    }

    @Test func decisionIsByteIdenticalOnReplay() throws {
        let first = try planner().decide(input("I was charged twice for INV-204311 yesterday")).jsonString()
        for _ in 0..<5 { #expect(try planner().decide(input("I was charged twice for INV-204311 yesterday")).jsonString() == first) }
    }

    @Test func slaUsesIntentTargetsAndBusinessHours() throws {
        // Fri 2026-11-27 11:00 Berlin + 4h → 15:00 Berlin (14:00 UTC); 2d = 16 business hours → Tue 11:00 Berlin.
        let decision = try planner().decide(input("I was charged twice for INV-204311"))
        #expect(decision.sla == Decision.SLA(firstResponseDue: "2026-11-27T14:00:00Z", resolutionDue: "2026-12-01T10:00:00Z"))
    }
}
