import Foundation
import Testing
import TriagePlanner
import TriageTickets

@Suite struct ZZProfile {
    @Test func profileParts() throws {
        let workspace = try Workspace.load(from: Fixtures.corpusDirectory)
        let tickets = workspace.gold.map { GoldPolicyReplayTests.goldTicket($0) }
        let policy = workspace.policy
        let clock = ContinuousClock()
        func time(_ name: String, _ body: (Ticket) -> Void) {
            for t in tickets { body(t) }
            let start = clock.now
            for _ in 0..<3 { for t in tickets { body(t) } }
            print("PROFILE \(name): \((clock.now - start) / (3 * tickets.count))")
        }
        let extraction = FieldExtraction(timeZone: policy.businessHours.timeZone)
        let reqs = policy.intents["billing_double_charge"]!.requiredFields
        time("extract required only") { t in
            var o = FieldExtraction.Options(); o.includeUnrequested = false
            _ = FieldExtraction(timeZone: policy.businessHours.timeZone, options: o).extract(requirements: reqs, ticket: t)
        }
        time("extract with unrequested") { t in _ = extraction.extract(requirements: reqs, ticket: t) }
        let ctx = FieldContext(reference: Date(), timeZone: policy.businessHours.timeZone)
        for ex in [EmailExtractor(), PhoneExtractor(), URLExtractor(), VersionExtractor(), ErrorCodeExtractor(), MoneyExtractor(), IBANExtractor(), CardExtractor(), DateExtractor(), IdentifierExtractor(type: .invoiceID, pattern: reqs.first?.pattern)] as [any FieldExtractor] {
            time("extractor \(ex.type)") { t in _ = ex.candidates(in: TextBytes(t.triageText), context: ctx) }
        }
        let assessor = PriorityAssessor(policy: policy.escalation)
        time("priority") { t in _ = assessor.assess(base: .normal, text: t.triageText, tier: t.customer?.tier) }
        let clockSLA = SLAClock(hours: policy.businessHours)
        time("sla") { t in _ = clockSLA.due(SLATargets(), arrival: ISOTimestamp.date(from: t.createdAt ?? "") ?? Date()) }
        time("screen") { t in _ = InputScreen().problem(with: t.triageText) }
        time("redact") { t in _ = Redactor.maskCards(in: t.triageText) }
        let planner = ResolutionPlanner(workspace: workspace)
        let decision = planner.decide(PlannerInput(ticket: tickets[0], hypotheses: [IntentScore(label: "billing_double_charge", confidence: 0.9)]))
        time("json") { _ in _ = try? decision.jsonString() }
    }
}
