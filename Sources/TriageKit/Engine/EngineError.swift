import Foundation
import TriagePlanner

/// Why a ``TriageEngine`` could not be created. Triage itself never throws: bad tickets become handoffs.
public enum EngineError: Error, Sendable, CustomStringConvertible {
    /// The workspace is invalid (file, line and key inside).
    case workspace(WorkspaceError)
    /// The model file could not be read or is corrupt.
    case model(path: String, detail: String)
    /// The model's labels are not the workspace's intents.
    case modelMismatch(path: String, modelLabels: [String], workspaceIntents: [String])
    /// The model was trained on other examples than the workspace's (its training-data SHA-256 differs).
    case modelStale(path: String, modelSHA256: String, workspaceSHA256: String)
    /// Training the workspace model failed.
    case training(detail: String)
    /// The workspace has no training examples, so no model can be trained.
    case noExamples(workspace: String)

    public var description: String {
        switch self {
        case let .workspace(e): return "invalid workspace: \(e)"
        case let .model(path, detail): return "cannot load model \(path): \(detail)"
        case let .modelMismatch(path, m, w):
            let missing = Set(w).subtracting(m).sorted().prefix(5).joined(separator: ", ")
            let extra = Set(m).subtracting(w).sorted().prefix(5).joined(separator: ", ")
            return "model \(path) does not match the workspace intents (missing: [\(missing)], unknown: [\(extra)]); run `triage train --workspace`"
        case let .modelStale(path, m, w):
            return "model \(path) was trained on other data (sha256 \(m.prefix(12))…, workspace \(w.prefix(12))…); run `triage train --workspace`"
        case let .training(d): return "training failed: \(d)"
        case let .noExamples(w): return "workspace \(w) has no training examples in intents/"
        }
    }
}
