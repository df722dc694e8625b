import Foundation
import Testing
import TriageKit

/// The repository root (two levels above this file's folder).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// One engine over the bundled workspace, shared by the tests of this target.
let corpusEngine: Result<TriageEngine, EngineError> = Result { () throws(EngineError) -> TriageEngine in
    try TriageEngine(workspace: repositoryRoot.appendingPathComponent("Corpus"))
}

struct GoldScore: CustomStringConvertible {
    var total = 0, actionCorrect = 0, answered = 0, nonAnswerGold = 0, falseAnswers = 0
    var askTP = 0, askPredicted = 0, askGold = 0, handoffGold = 0, handoffTeamCorrect = 0
    var errors: [String] = []

    var actionAccuracy: Double { Double(actionCorrect) / Double(max(1, total)) }
    var falseAnswerRate: Double { Double(falseAnswers) / Double(max(1, nonAnswerGold)) }
    var askPrecision: Double { askPredicted == 0 ? 1 : Double(askTP) / Double(askPredicted) }
    var askRecall: Double { askGold == 0 ? 1 : Double(askTP) / Double(askGold) }
    var teamAccuracy: Double { Double(handoffTeamCorrect) / Double(max(1, handoffGold)) }
    var answeredShare: Double { Double(answered) / Double(max(1, total)) }

    var description: String {
        String(format: "action %.4f false-answer %.4f ask P %.4f R %.4f team %.4f answered %.4f (n=%d)",
               actionAccuracy, falseAnswerRate, askPrecision, askRecall, teamAccuracy, answeredShare, total)
    }
}

func scoreGold(_ engine: TriageEngine, _ cases: [GoldCase]) -> GoldScore {
    var s = GoldScore()
    let decisions = engine.triage(cases.map(\.intakeTicket))
    for (c, d) in zip(cases, decisions) {
        s.total += 1
        let e = c.expected
        if d.action == e.action { s.actionCorrect += 1 } else {
            s.errors.append("\(c.id): expected \(e.action.rawValue)/\(e.intent ?? "-")/\(e.reason.map { "\($0)" } ?? "-") got \(d.action.rawValue)/\(d.intent.label ?? "-")/\(d.handoff.map { "\($0.reason)" } ?? "-") rule=\(d.explanation.rule)")
        }
        if d.action == .answer { s.answered += 1 }
        if e.action != .answer {
            s.nonAnswerGold += 1
            if d.action == .answer { s.falseAnswers += 1 }
        }
        let predictedAsk = Set(d.action == .ask ? (d.ask?.fields ?? []) : [])
        let goldAsk = Set(e.action == .ask ? e.askFields : [])
        s.askTP += predictedAsk.intersection(goldAsk).count
        s.askPredicted += predictedAsk.count
        s.askGold += goldAsk.count
        if e.action == .handoff {
            s.handoffGold += 1
            if d.action == .handoff, d.handoff?.team == e.team { s.handoffTeamCorrect += 1 }
        }
    }
    return s
}

@Suite("The bundled workspace against its gold decisions")
struct CorpusGoldTests {
    @Test func goldDecisionsMeetTheBars() throws {
        let engine = try corpusEngine.get()
        let ws = try Workspace.load(from: repositoryRoot.appendingPathComponent("Corpus"))
        let s = scoreGold(engine, ws.gold)
        print("gold: \(s)")
        for e in s.errors.prefix(60) { print("  \(e)") }
        #expect(s.total >= 300)
        #expect(s.actionAccuracy >= 0.90)
        #expect(s.falseAnswerRate <= 0.02)
        #expect(s.askPrecision >= 0.95)
        #expect(s.askRecall >= 0.95)
        #expect(s.teamAccuracy >= 0.90)
        #expect(s.answeredShare >= 0.40)
    }
}
