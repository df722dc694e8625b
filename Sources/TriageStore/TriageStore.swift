// TriageStore: see README.md ("Architecture") for this module's role in the pipeline.
