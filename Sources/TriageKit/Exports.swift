// TriageKit is the umbrella module: importing it brings every pipeline stage.
@_exported import TriageText
@_exported import TriageTickets
@_exported import TriageClassifier
@_exported import TriageSearch
@_exported import TriageSummarizer
@_exported import TriagePlanner
@_exported import TriageStore
@_exported import TriageLLM
@_exported import TriageEvaluation
