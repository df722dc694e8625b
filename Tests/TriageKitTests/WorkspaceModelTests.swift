import Foundation
import Testing
import TriageKit

@Suite("The committed workspace model")
struct WorkspaceModelTests {
    @Test func trainingTheWorkspaceRebuildsTheCommittedModelByteForByte() throws {
        let corpus = repositoryRoot.appendingPathComponent("Corpus")
        let ws = try Workspace.load(from: corpus, options: .init(examples: true, priorTickets: false, gold: false))
        let committed = try Data(contentsOf: TriageEngine.defaultModelURL(forWorkspace: corpus))
        let rebuilt = try TriageEngine.trainModel(for: ws).serialized()
        #expect(rebuilt.count == committed.count)
        // A Bool, not `rebuilt == committed`: on failure the testing library would diff two 5 MB arrays.
        let identical = rebuilt.elementsEqual(committed)
        #expect(identical, "run `triage train --workspace Corpus` and commit Models/")
    }

    @Test func engineLoadsTheCommittedModelNotATrainedOne() throws {
        let engine = try corpusEngine.get()
        #expect(engine.model.id == "corpus-intent.model")
        #expect(engine.model.sha256.count == 64)
    }

    @Test func engineRefusesAModelForOtherIntents() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tk-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = try IntentClassifier.train(examples: [
            LabeledExample(text: "hello there", label: "greeting"), LabeledExample(text: "hi friend", label: "greeting"),
            LabeledExample(text: "good bye", label: "farewell"), LabeledExample(text: "see you later", label: "farewell"),
        ])
        let path = dir.appendingPathComponent("other.model")
        try other.write(to: path.path)
        var options = EngineOptions()
        options.modelPath = path
        #expect(throws: EngineError.self) {
            _ = try TriageEngine(workspace: repositoryRoot.appendingPathComponent("Corpus"), options: options)
        }
    }
}
