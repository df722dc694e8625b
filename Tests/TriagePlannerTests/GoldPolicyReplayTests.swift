import Foundation
import Testing
import TriagePlanner
import TriageTickets

/// Replays the default workspace's gold set through the planner with an oracle intent (the gold intent at
/// high confidence; out-of-scope and vague cases as the gold says); article support is the planner's own
/// lexical measure (``ArticleSupportScorer``) against the workspace's relevance floor.
/// This checks everything the planner owns — policy order, escalation phrases, field extraction and
/// validation, ask composition, answer templates — on 340 real cases, independent of the classifier.
@Suite struct GoldPolicyReplayTests {
    static func goldTicket(_ gold: GoldCase) -> Ticket {
        guard let raw = gold.rawEmail else { return gold.ticket }
        var parsed = EmailIntake.ticket(EmailMessage(bytes: Array(raw.utf8)), file: gold.id)
        parsed.id = gold.ticket.id
        if parsed.customer == nil || gold.ticket.customer != nil {
            var customer = gold.ticket.customer ?? Customer()
            customer.name = customer.name ?? parsed.customer?.name
            customer.email = customer.email ?? parsed.customer?.email
            parsed.customer = customer
        }
        if !gold.ticket.fields.isEmpty { parsed.fields = gold.ticket.fields }
        if let created = gold.ticket.createdAt { parsed.createdAt = created }
        return parsed
    }

    @Test func oraclePlannerReproducesGoldDecisions() throws {
        let directory = Fixtures.corpusDirectory
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("eval/gold.jsonl").path) else {
            print("SKIP oraclePlannerReproducesGoldDecisions: Corpus/eval/gold.jsonl not found")
            return
        }
        let workspace = try Workspace.load(from: directory)
        let planner = ResolutionPlanner(workspace: workspace)
        let anyIntent = workspace.policy.intentNames.first ?? ""

        var actionHits = 0, falseAnswers = 0, teamTotal = 0, teamHits = 0, articleTotal = 0, articleHits = 0
        var askTP = 0, askFP = 0, askFN = 0
        var misses: [String] = []
        for gold in workspace.gold {
            let expected = gold.expected
            var input = PlannerInput(ticket: Self.goldTicket(gold))
            switch (expected.intent, expected.reason) {
            case (_, .some(.lowConfidence)):
                input.hypotheses = [IntentScore(label: expected.intent ?? anyIntent, confidence: 0.2)]
            case (.none, _), (_, .some(.outOfScope)):
                input.hypotheses = [IntentScore(label: anyIntent, confidence: 0.3)]
                input.inScope = false
            case (.some(let label), _):
                input.hypotheses = [IntentScore(label: label, confidence: 0.97)]
            }
            let decision = planner.decide(input)
            if decision.action == expected.action { actionHits += 1 }
            if decision.action == .answer && expected.action != .answer { falseAnswers += 1 }
            if expected.action == .handoff {
                teamTotal += 1
                if decision.handoff?.team == expected.team { teamHits += 1 }
            }
            if expected.action == .answer, let article = expected.article {
                articleTotal += 1
                if decision.answer?.citations.first?.articleID == article { articleHits += 1 }
            }
            let got = Set(decision.ask?.fields ?? [])
            let want = Set(expected.action == .ask ? expected.askFields : [])
            askTP += got.intersection(want).count
            askFP += got.subtracting(want).count
            askFN += want.subtracting(got).count
            if decision.action != expected.action || (expected.action == .handoff && decision.handoff?.team != expected.team)
                || got != want {
                misses.append("\(gold.id): expected \(expected.action.rawValue)/\(expected.team ?? "-")/\(want.sorted()) got "
                              + "\(decision.action.rawValue)/\(decision.handoff?.team ?? "-")/\(got.sorted()) rule \(decision.explanation.rule)")
            }
        }
        // Timing figure (printed, not asserted): decisions per ticket over the whole gold set, inputs prepared.
        let inputs = workspace.gold.map { PlannerInput(ticket: Self.goldTicket($0), hypotheses: [IntentScore(label: $0.expected.intent ?? anyIntent, confidence: 0.97)]) }
        let clock = ContinuousClock()
        var rounds = 0
        let start = clock.now
        while clock.now - start < .milliseconds(300) {
            for input in inputs { _ = planner.decide(input) }
            rounds += 1
        }
        let perDecision = (clock.now - start) / (rounds * inputs.count)
        print("planner decide(): \(perDecision) per ticket over \(inputs.count) gold tickets x \(rounds) rounds")

        let total = Double(workspace.gold.count)
        let actionAccuracy = Double(actionHits) / total
        let askPrecision = askTP + askFP == 0 ? 1 : Double(askTP) / Double(askTP + askFP)
        let askRecall = askTP + askFN == 0 ? 1 : Double(askTP) / Double(askTP + askFN)
        print("gold replay (oracle intents): action_accuracy \(actionAccuracy), false_answers \(falseAnswers), "
              + "team \(teamHits)/\(teamTotal), article \(articleHits)/\(articleTotal), ask P \(askPrecision) R \(askRecall)")
        for miss in misses.prefix(40) { print("  miss " + miss) }
        #expect(actionAccuracy >= 0.96)
        #expect(Double(falseAnswers) / total <= 0.01)
        #expect(askPrecision >= 0.97 && askRecall >= 0.97)
        #expect(Double(teamHits) / Double(max(1, teamTotal)) >= 0.97)
        // Which of several linked articles fits best is retrieval's call; the first linked article with support
        // is cited here, so only a floor is asserted.
        #expect(Double(articleHits) / Double(max(1, articleTotal)) >= 0.8)
    }
}
