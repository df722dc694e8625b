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
/// | p | payload: vectorizer tables, chunk cache, weights, NB counts |
/// | 8 | checksum of every preceding byte (see `Checksum`) |
public enum ModelFormat {
    /// The format version written by this build.
    public static let currentVersion = 1
    /// The versions this build reads.
    public static let supportedVersions = 1...1
    /// The magic bytes.
    public static let magic: [UInt8] = Array("TKIC".utf8)
}
