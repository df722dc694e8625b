import Foundation
import TriageClassifier
import TriagePlanner

extension TriageEngine {
    /// The training examples of a workspace, in file order, as classifier examples.
    public static func trainingExamples(_ workspace: Workspace) -> [LabeledExample] {
        workspace.examples.map { LabeledExample(text: $0.text, label: $0.intent) }
    }

    /// Trains the workspace's intent model (deterministic: the same workspace gives byte-identical files).
    public static func trainModel(for workspace: Workspace, configuration: ClassifierConfiguration = .init()) throws(EngineError) -> IntentClassifier {
        let examples = trainingExamples(workspace)
        guard !examples.isEmpty else { throw .noExamples(workspace: workspace.directory.path) }
        do {
            return try IntentClassifier.train(examples: examples, configuration: configuration)
        } catch {
            throw .training(detail: "\(error)")
        }
    }

    /// Trains the workspace's model and writes it to `url` (default location when `nil`); returns the path written.
    @discardableResult
    public static func trainAndWriteModel(for workspace: Workspace, to url: URL? = nil) throws(EngineError) -> URL {
        let target = url ?? defaultModelURL(forWorkspace: workspace.directory)
        let classifier = try trainModel(for: workspace)
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try classifier.write(to: target.path)
        } catch {
            throw .model(path: target.path, detail: "cannot write: \(error)")
        }
        return target
    }

    static func loadOrTrainModel(workspace: Workspace, at url: URL, trainIfMissing: Bool)
        throws(EngineError) -> (classifier: IntentClassifier, model: Decision.Model)
    {
        let intents = Set(workspace.examples.map(\.intent)).sorted()
        let fingerprint = IntentClassifier.fingerprint(trainingExamples(workspace))
        if FileManager.default.fileExists(atPath: url.path) {
            let bytes: [UInt8]
            let classifier: IntentClassifier
            do {
                bytes = Array(try Data(contentsOf: url))
                classifier = try IntentClassifier(serialized: bytes, path: url.path)
            } catch {
                throw .model(path: url.path, detail: "\(error)")
            }
            guard classifier.labels.sorted() == intents else {
                throw .modelMismatch(path: url.path, modelLabels: classifier.labels, workspaceIntents: intents)
            }
            guard classifier.metadata.trainingDataSHA256 == fingerprint else {
                throw .modelStale(path: url.path, modelSHA256: classifier.metadata.trainingDataSHA256, workspaceSHA256: fingerprint)
            }
            return (classifier, Decision.Model(id: url.lastPathComponent, sha256: SHA256.hex(bytes)))
        }
        guard trainIfMissing else { throw .model(path: url.path, detail: "file not found") }
        let classifier = try trainModel(for: workspace)
        let bytes = (try? classifier.serialized()) ?? []
        return (classifier, Decision.Model(id: "in-memory", sha256: SHA256.hex(bytes)))
    }

}
