import ArgumentParser

/// `triage eval …`: every evaluation prints one JSON object on standard output.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate a stage on gold data; prints one JSON object.",
        subcommands: [EvalIntent.self, EvalSummary.self, EvalRetrieval.self, EvalResolve.self])
}
