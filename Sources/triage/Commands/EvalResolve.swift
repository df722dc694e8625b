import ArgumentParser
import Foundation
import TriageKit

/// `triage eval resolve`: runs a gold set through the engine and prints decision metrics, the intent report and
/// (with `--set`) the deltas against the unchanged policy as one JSON object.
struct EvalResolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Decision metrics of the engine on a gold set; --set re-runs with a changed policy and prints deltas.")

    @Option(help: "Workspace folder.")
    var workspace: String?

    @Option(help: "Gold cases (JSONL). Default: <workspace>/eval/gold.jsonl.")
    var gold: String?

    @Option(help: "Write a self-contained HTML report here.")
    var report: String?

    @Option(help: "Write every wrong decision (JSONL, with its explanation) here.")
    var errors: String?

    @Option(name: .customLong("set"), help: "Policy change for a what-if run, e.g. intents.billing_refund_status.min_confidence=0.8 (repeatable).")
    var settings: [String] = []

    func run() throws {
        let directory = DefaultWorkspace.url(workspace)
        let goldPath = gold ?? directory.appendingPathComponent("eval/gold.jsonl").path
        let overrides: [PolicyOverride]
        do {
            overrides = try settings.map { s throws(PolicyOverrideError) in try PolicyOverride(parsing: s) }
        } catch {
            throw ValidationError(error.description)
        }
        let ws: Workspace
        let cases: [GoldCase]
        do {
            ws = try Workspace.load(from: directory, options: .init(examples: true, priorTickets: true, gold: false))
            guard let text = try? String(contentsOfFile: goldPath, encoding: .utf8) else {
                throw ValidationError("\(goldPath): cannot be read.")
            }
            cases = try GoldCaseLoader().parse(text, file: goldPath).map(\.value)
        } catch let error as WorkspaceError {
            throw ValidationError("\(error)")
        }
        guard !cases.isEmpty else { throw ValidationError("\(goldPath): no gold cases.") }
        let unknown = GoldRun.unknownIntents(cases, intents: Set(ws.policy.intentNames))
        if !unknown.isEmpty {
            let list = unknown.prefix(5).map { "\($0.id) (\($0.intent))" }.joined(separator: ", ")
            throw ValidationError("\(goldPath): \(unknown.count) gold cases name intents this workspace does not have: \(list)")
        }
        let base = try Self.score(ws, cases)
        var output = base.evaluation
        var printed: String
        if overrides.isEmpty {
            printed = try EvaluationJSON.string(output)
        } else {
            var changedWorkspace = ws
            do {
                for o in overrides { try o.apply(to: &changedWorkspace.policy) }
            } catch {
                throw ValidationError(error.description)
            }
            let changed = try Self.score(changedWorkspace, cases)
            let deltas = MetricDeltas(settings: overrides.map(\.description), base: base.evaluation.decisions,
                                      changed: changed.evaluation.decisions, baseCases: base.cases, changedCases: changed.cases)
            output = changed.evaluation
            printed = try EvaluationJSON.string(WhatIfOutput(whatIf: deltas, evaluation: output))
            var note = "what-if (\(overrides.map(\.description).joined(separator: ", "))):\n"
            for (name, d) in deltas.metrics.sorted(by: { $0.key < $1.key }) where d.delta != 0 {
                note += String(format: "  %-28@ %.4f -> %.4f (%+.4f)\n", name as NSString, d.base, d.changed, d.delta)
            }
            note += "  \(deltas.changedCases.count) cases changed action\n"
            FileHandle.standardError.write(Data(note.utf8))
        }
        print(printed)
        if let errors { try EvaluationJSON.writeErrors(output.errors, to: URL(fileURLWithPath: errors)) }
        if let report {
            let subtitle = "\(directory.lastPathComponent) · \(cases.count) gold cases" + (overrides.isEmpty ? "" : " · what-if: " + overrides.map(\.description).joined(separator: ", "))
            try HTMLReport(title: "Decision evaluation", subtitle: subtitle, evaluation: output).write(to: URL(fileURLWithPath: report))
        }
    }

    static func score(_ ws: Workspace, _ gold: [GoldCase]) throws -> (evaluation: DecisionEvaluation, cases: [DecisionCase]) {
        let engine: TriageEngine
        do {
            engine = try TriageEngine(loaded: ws)
        } catch {
            throw ValidationError("\(error)")
        }
        let decisions = engine.triage(gold.map(\.intakeTicket))
        let cases = zip(gold, decisions).map { DecisionCase(id: $0.id, expected: $0.expected, decision: $1) }
        return (DecisionEvaluation(cases: cases), cases)
    }
}

/// The JSON of a what-if run: the deltas and the changed run's full evaluation.
struct WhatIfOutput: Encodable {
    var whatIf: MetricDeltas
    var evaluation: DecisionEvaluation
    enum CodingKeys: String, CodingKey {
        case evaluation
        case whatIf = "what_if"
    }
}
