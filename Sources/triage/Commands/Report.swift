import ArgumentParser
import Foundation
import TriageKit

/// `triage report`: trends over a decision log; one JSON object on stdout, optionally an HTML page.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Trends over a decisions JSONL log: volume by intent and team, action shares, rising intents, handoffs.")

    @Option(name: .customLong("in"), help: "Decisions JSONL (from triage batch).")
    var input: String

    @Option(help: "Period: day | week.")
    var by: TrendReport.Period = .week

    @Option(help: "Also write a self-contained HTML page here.")
    var html: String?

    func run() throws {
        let report: TrendReport
        do {
            report = try TrendReport.read(URL(fileURLWithPath: input), by: by)
        } catch {
            FileHandle.standardError.write(Data("triage report: \(error)\n".utf8))
            throw ExitCode(2)
        }
        if report.count == 0 {
            FileHandle.standardError.write(Data("triage report: \(input) holds no decisions (\(report.unreadableLines) unreadable lines)\n".utf8))
            throw ExitCode(1)
        }
        if report.unreadableLines > 0 {
            FileHandle.standardError.write(Data("triage report: skipped \(report.unreadableLines) lines that are not decisions (lines \(report.unreadableLineNumbers.map(String.init).joined(separator: ", ")))\n".utf8))
        }
        print(try EvaluationJSON.string(report))
        if let html { try TrendHTMLReport(report: report).write(to: URL(fileURLWithPath: html)) }
    }
}

extension TrendReport.Period: ExpressibleByArgument {}
