import ArgumentParser
import TriageKit

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Triage a handful of bundled sample tickets with the embedded default workspace.")

    func run() throws {
        let sample = "Hi, I was charged twice for order A-55812 ($49.99) after upgrading to 2.3.1. Error E1234 shows up."
        print("Ticket: \(sample)")
        print("Terms:  " + Analyzer().terms(sample).joined(separator: " "))
    }
}
