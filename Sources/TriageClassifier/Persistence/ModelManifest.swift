import TriageText

/// The JSON manifest at the head of a model file: what the model is, how it was trained and on what.
public struct ModelManifest: Sendable, Hashable, Codable {
    /// The binary format version of the file.
    public var formatVersion: Int
    /// The model family.
    public var model: ModelKind
    /// Intent labels in class order.
    public var labels: [String]
    /// Word-channel analyzer options (as the search and summarizer use them).
    public var analyzer: AnalyzerOptions
    /// The full training configuration.
    public var configuration: ClassifierConfiguration
    /// SHA-256 of the training data, examples, held-out metrics.
    public var metadata: ModelMetadata
    /// The number of features.
    public var featureCount: Int
    /// The softmax temperature.
    public var temperature: Double
    /// The global out-of-scope threshold.
    public var threshold: Double
    /// Per-intent thresholds (empty for a global threshold).
    public var intentThresholds: [Double]
    /// The out-of-scope threshold on the in-scope score (version 2; absent in version 1, where it equals
    /// ``threshold``).
    public var inScopeThreshold: Double? = nil
    /// Per-intent out-of-scope thresholds on the in-scope score (version 2).
    public var inScopeIntentThresholds: [Double]? = nil
}

/// The model-file layout, version 1 (all integers little-endian):
///
/// | bytes | content |
/// | --- | --- |
/// | 4 | magic `TKIC` |
/// | 4 | format version (UInt32) |
/// | 8 | manifest length m (UInt64) |
/// | m | manifest JSON (sorted keys) |
/// | 8 | payload length p (UInt64) |
/// | p | payload: vectorizer tables, chunk cache, weights, NB counts; version 2 adds the neighbour index, version 3 the foreign-word table |
/// | 8 | checksum of every preceding byte (see `Checksum`) |
public enum ModelFormat {
    /// The newest format version this build writes. Version 2 adds the ``NeighborIndex`` after the NB counts
    /// and the rejection-score options (``RejectionOptions/score`` and friends), which a version-1 reader would
    /// silently ignore; a model that uses neither is still written as version 1.
    /// Version 3 adds the ``ForeignWordTable`` after everything else (``RejectionOptions/foreignWordWeight``).
    public static let currentVersion = 3
    /// The versions this build reads.
    public static let supportedVersions = 1...3

    /// The version a model is written as.
    static func version(hasNeighbors: Bool, rejection: RejectionOptions) -> Int {
        if rejection.needsFormat3 { return 3 }
        return hasNeighbors || rejection.needsFormat2 ? 2 : 1
    }
    /// The magic bytes.
    public static let magic: [UInt8] = Array("TKIC".utf8)
}
