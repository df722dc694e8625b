import Foundation
import Testing
import TriagePlanner

@Suite struct WorkspaceLoadingTests {
    @Test func smallWorkspaceLoadsWithTypedPolicy() throws {
        let workspace = try Workspace.load(from: try Fixtures.validWorkspace())
        let policy = workspace.policy
        #expect(policy.product == "Acme")
        #expect(policy.businessHours.timeZone.identifier == "Europe/Berlin")
        #expect(policy.businessHours.startMinute == 540 && policy.businessHours.endMinute == 1020)
        #expect(policy.businessHours.holidays.contains(DayStamp(year: 2026, month: 12, day: 24)))
        let billing = try #require(policy.policy(for: "billing_double_charge"))
        #expect(billing.team == "billing")
        #expect(billing.autonomy == .answer)
        #expect(billing.confidence == .minConfidence(0.7))
        #expect(billing.sla.firstResponse == BusinessDuration(amount: 4, unit: .hours))
        #expect(billing.requiredFields.first?.type == .invoiceID)
        #expect(billing.requiredFields.first?.pattern?.matches("INV-123456") == true)
        #expect(billing.requiredFields.first?.pattern?.matches("INV-12") == false)
        #expect(policy.escalation.rules.map(\.name) == ["outage", "legal"])
        #expect(policy.escalation.tiers["enterprise"] == .high)
        #expect(policy.escalation.repeatContact?.minPrevious == 2)
        #expect(workspace.articles["kb-double-charge"]?.answer?.hasPrefix("Hi {{customer_name}}") == true)
        #expect(workspace.examples.count == 1)
    }

    @Test func intentWithoutValuesGetsDefaults() throws {
        let workspace = try Workspace.load(from: try Fixtures.validWorkspace())
        let general = try #require(workspace.policy.policy(for: "general_question"))
        #expect(general.team == "support")
        #expect(general.autonomy == .askOnly)
        #expect(general.priority == .normal)
        #expect(general.confidence == .minConfidence(0.6))
        #expect(general.sla.resolution == BusinessDuration(amount: 3, unit: .days))
        #expect(general.requiredFields.isEmpty)
    }

    @Test func precisionTargetIsAcceptedInsteadOfConfidenceFloor() throws {
        let yaml = Fixtures.policyYAML.replacingOccurrences(of: "    min_confidence: 0.7", with: "    precision_target: 0.95")
        let workspace = try Workspace.load(from: try Fixtures.validWorkspace(["triage.yml": yaml]))
        #expect(workspace.policy.policy(for: "billing_double_charge")?.confidence == .precisionTarget(0.95))
    }

    @Test func csvExamplesAreRead() throws {
        let csv = "text,intent\n\"Charged twice, please help\",billing_double_charge\nhello,general_question\n"
        let workspace = try Workspace.load(from: try Fixtures.validWorkspace(["intents/more.csv": csv]))
        #expect(workspace.examples.contains(IntentExample(text: "Charged twice, please help", intent: "billing_double_charge")))
        #expect(workspace.examples.count == 3)
    }

    @Test func priorTicketsAndGoldAreRead() throws {
        let prior = """
        {"id": "T-1", "created_at": "2026-11-02T10:00:00Z", "customer": {"id": "C-1", "tier": "premium"}, "messages": [{"author": "customer", "text": "charged twice for INV-123456"}], "resolution": {"intent": "billing_double_charge", "team": "billing", "article": "kb-double-charge", "note": "refunded"}}
        """
        let gold = """
        {"id": "G-001", "ticket": {"id": "T-9", "text": "I was charged twice"}, "raw_email": null, "expected": {"action": "ask", "intent": "billing_double_charge", "team": null, "ask_fields": ["invoice_id"], "article": null, "reason": null}, "note": "no invoice number"}
        """
        let workspace = try Workspace.load(from: try Fixtures.validWorkspace(["tickets/prior.jsonl": prior, "eval/gold.jsonl": gold]))
        #expect(workspace.priorTickets.first?.resolution.article == "kb-double-charge")
        #expect(workspace.priorTickets.first?.ticket.customer?.tier == "premium")
        #expect(workspace.gold.first?.expected.action == .ask)
        #expect(workspace.gold.first?.expected.askFields == ["invoice_id"])
    }
}
