import ArgumentParser

@main
struct Triage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Turn support requests into decisions: answer, ask, or hand off.",
        subcommands: [
            Demo.self,
            Resolve.self,
            Stem.self,
            Analyze.self,
            Intake.self,
            Summarize.self,
            Train.self,
            Classify.self,
            Eval.self,
            IndexCommand.self,
            SearchCommand.self,
            StoreWriter.self,
            Batch.self,
            BatchDrill.self,
            Report.self,
        ]
    )
}
