import Foundation
import TriageText

extension IntentClassifier {
    /// The model's manifest.
    public var manifest: ModelManifest {
        let version = ModelFormat.version(hasNeighbors: neighbors != nil, rejection: configuration.rejection)
        return ModelManifest(
            formatVersion: version, model: configuration.model, labels: labels,
            analyzer: configuration.vectorizer.wordAnalyzer, configuration: configuration, metadata: metadata,
            featureCount: vectorizer.featureCount, temperature: temperature, threshold: threshold,
            intentThresholds: intentThresholds,
            inScopeThreshold: version >= 2 ? inScopeThreshold : nil,
            inScopeIntentThresholds: version >= 2 ? inScopeIntentThresholds : nil)
    }

    /// The model file's bytes (see ``ModelFormat``). The same model always gives the same bytes.
    public func serialized() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let manifestBytes = [UInt8](try encoder.encode(manifest))
        var p = BinaryWriter()
        let v = vectorizer
        p.write(UInt64(v.documentCount))
        p.write(UInt64(v.wordFeatureCount))
        p.write(UInt64(v.featureCount))
        p.write(strings: v.featureNames)
        p.write(array: v.idf)
        p.write(array: v.featureKeys())
        p.write(array: v.cache.keys)
        p.write(array: v.cache.wordStart)
        p.write(array: v.cache.wordHashes)
        p.write(array: v.cache.charStart)
        p.write(array: v.cache.charIDs)
        p.write(UInt64(scorer.classCount))
        p.write(buffer: scorer.storage.buffer)
        p.write(array: scorer.bias)
        if let counts {
            p.write(UInt8(1))
            p.write(array: counts.featureCounts)
            p.write(array: counts.classCounts)
        } else {
            p.write(UInt8(0))
        }
        if let neighbors {
            p.write(array: neighbors.classStart)
            p.write(array: neighbors.postStart)
            p.write(array: neighbors.postRow)
            p.write(array: neighbors.postValue)
        }
        if configuration.rejection.needsFormat3 {
            p.write(array: foreignWords?.bits ?? [])
        }
        var out = BinaryWriter()
        for b in ModelFormat.magic { out.write(b) }
        out.write(UInt32(ModelFormat.version(hasNeighbors: neighbors != nil, rejection: configuration.rejection)))
        out.write(UInt64(manifestBytes.count))
        var bytes = out.bytes + manifestBytes
        var lengthField = BinaryWriter()
        lengthField.write(UInt64(p.bytes.count))
        bytes += lengthField.bytes
        bytes += p.bytes
        var tail = BinaryWriter()
        tail.write(Checksum.of(bytes, 0..<bytes.count))
        return bytes + tail.bytes
    }

    /// Writes the model file atomically.
    /// - Throws: ``ModelFileError/writeFailed(path:reason:)``.
    public func write(to path: String) throws {
        let bytes = try serialized()
        do { try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw ModelFileError.writeFailed(path: path, reason: "\(error)")
        }
    }

    /// Loads a model file.
    /// - Throws: ``ModelFileError`` (not found, not a model, future version, truncated, checksum mismatch,
    ///   malformed).
    /// - Complexity: O(file size); a Banking77-sized model loads in a few milliseconds.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelFileError.fileNotFound(path: path) }
        try self.init(serialized: [UInt8](data), path: path)
    }

    /// Reads only the manifest of a model file (checksum verified).
    public static func manifest(ofFileAt path: String) throws -> ModelManifest {
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelFileError.fileNotFound(path: path) }
        return try Self.parseHeader([UInt8](data), path: path).manifest
    }

    private static func parseHeader(_ bytes: [UInt8], path: String) throws -> (manifest: ModelManifest, payload: Range<Int>) {
        guard bytes.count >= 8, Array(bytes[0..<4]) == ModelFormat.magic else {
            throw ModelFileError.notAModelFile(path: path)
        }
        var r = BinaryReader(bytes, range: 4..<bytes.count, path: path)
        let version = Int(try r.read(UInt32.self))
        guard ModelFormat.supportedVersions.contains(version) else {
            throw ModelFileError.unsupportedFormatVersion(path: path, found: version, supported: ModelFormat.supportedVersions)
        }
        guard bytes.count >= 8 + 8 + 8 + 8 else { throw ModelFileError.truncated(path: path) }
        let manifestLength = try r.read(UInt64.self)
        guard manifestLength <= UInt64(bytes.count) else { throw ModelFileError.truncated(path: path) }
        let manifestStart = r.offset
        let manifestEnd = manifestStart + Int(manifestLength)
        guard manifestEnd + 8 <= bytes.count else { throw ModelFileError.truncated(path: path) }
        var lengthReader = BinaryReader(bytes, range: manifestEnd..<bytes.count, path: path)
        let payloadLength = try lengthReader.read(UInt64.self)
        guard payloadLength <= UInt64(bytes.count) else { throw ModelFileError.truncated(path: path) }
        let payloadStart = manifestEnd + 8
        let payloadEnd = payloadStart + Int(payloadLength)
        guard payloadEnd + 8 <= bytes.count else { throw ModelFileError.truncated(path: path) }
        guard payloadEnd + 8 == bytes.count else {
            throw ModelFileError.malformed(path: path, reason: "\(bytes.count - payloadEnd - 8) unexpected trailing bytes")
        }
        var tail = BinaryReader(bytes, range: payloadEnd..<bytes.count, path: path)
        let stored = try tail.read(UInt64.self)
        let computed = Checksum.of(bytes, 0..<payloadEnd)
        guard stored == computed else { throw ModelFileError.checksumMismatch(path: path, stored: stored, computed: computed) }
        let manifest: ModelManifest
        do {
            manifest = try JSONDecoder().decode(ModelManifest.self, from: Data(bytes[manifestStart..<manifestEnd]))
        } catch {
            throw ModelFileError.malformed(path: path, reason: "manifest is not valid JSON for this version")
        }
        return (manifest, payloadStart..<payloadEnd)
    }

    /// Parses model-file bytes (see ``init(contentsOf:)``).
    public init(serialized bytes: [UInt8], path: String = "<memory>") throws {
        let (m, payload) = try Self.parseHeader(bytes, path: path)
        var r = BinaryReader(bytes, range: payload, path: path)
        func bad(_ reason: String) -> ModelFileError { .malformed(path: path, reason: reason) }
        let documentCount = Int(try r.read(UInt64.self))
        let wordFeatureCount = Int(try r.read(UInt64.self))
        let featureCount = Int(try r.read(UInt64.self))
        let names = try r.readStrings()
        let idf = try r.readArray(Float.self)
        let keys = try r.readArray(UInt64.self)
        var cache = ChunkCache()
        cache.keys = try r.readArray(UInt64.self)
        cache.wordStart = try r.readArray(Int32.self)
        cache.wordHashes = try r.readArray(UInt64.self)
        cache.charStart = try r.readArray(Int32.self)
        cache.charIDs = try r.readArray(Int32.self)
        let classCount = Int(try r.read(UInt64.self))
        let weights = try r.readAlignedFloats()
        let bias = try r.readArray(Float.self)
        let hasCounts = try r.read(UInt8.self)
        var counts: NaiveBayes.Counts? = nil
        if hasCounts == 1 {
            let fc = try r.readArray(Double.self)
            let cc = try r.readArray(Double.self)
            guard fc.count == featureCount * classCount, cc.count == classCount else { throw bad("naive Bayes counts size mismatch") }
            counts = NaiveBayes.Counts(featureCounts: fc, classCounts: cc, classCount: classCount, featureCount: featureCount)
        }
        var neighbors: NeighborIndex? = nil
        if m.formatVersion >= 2 && m.configuration.neighbors.isEnabled {
            let classStart = try r.readArray(Int32.self)
            let postStart = try r.readArray(Int32.self)
            let postRow = try r.readArray(Int32.self)
            let postValue = try r.readArray(Float.self)
            let rows = Int(classStart.last ?? -1)
            guard classStart.count == classCount + 1, classStart.first == 0,
                  zip(classStart, classStart.dropFirst()).allSatisfy({ $0 <= $1 }),
                  postStart.count == featureCount + 1, postStart.first == 0,
                  zip(postStart, postStart.dropFirst()).allSatisfy({ $0 <= $1 }),
                  postStart.last.map(Int.init) == postRow.count, postValue.count == postRow.count,
                  postRow.allSatisfy({ $0 >= 0 && Int($0) < rows })
            else { throw bad("neighbour index inconsistent") }
            neighbors = NeighborIndex(options: m.configuration.neighbors, classStart: classStart, postStart: postStart,
                                      postRow: postRow, postValue: postValue)
        }
        var foreignWords: ForeignWordTable? = nil
        if m.formatVersion >= 3 && m.configuration.rejection.needsFormat3 {
            // An empty table stands for none (a model built without one).
            let bits = try r.readArray(UInt64.self)
            if !bits.isEmpty {
                guard let table = ForeignWordTable(classCount: classCount, featureCount: wordFeatureCount, bits: bits)
                else { throw bad("foreign-word table size mismatch") }
                foreignWords = table
            }
        }
        guard r.isAtEnd else { throw bad("unexpected bytes after the payload") }
        guard classCount == m.labels.count, classCount >= 2 else { throw bad("label count mismatch") }
        guard weights.count == featureCount * LinearScorer.stride(for: classCount), bias.count == classCount,
              idf.count == featureCount, featureCount == m.featureCount, wordFeatureCount <= featureCount
        else { throw bad("weight table size mismatch") }
        let hashing = m.configuration.vectorizer.hashingBits != nil
        guard hashing ? (names.isEmpty && keys.isEmpty) : (names.count == featureCount && keys.count == featureCount)
        else { throw bad("vocabulary size mismatch") }
        guard cache.wordStart.count == cache.keys.count + 1, cache.charStart.count == cache.keys.count + 1,
              cache.wordStart.last.map(Int.init) == cache.wordHashes.count,
              cache.charStart.last.map(Int.init) == cache.charIDs.count,
              cache.charIDs.allSatisfy({ $0 >= 0 && Int($0) < featureCount })
        else { throw bad("chunk cache inconsistent") }
        cache.rebuildIndex()
        var wordTable = HashIndex(capacity: wordFeatureCount), charTable = HashIndex(capacity: featureCount - wordFeatureCount)
        if !hashing {
            for (i, k) in keys.enumerated() {
                if i < wordFeatureCount { wordTable.insert(k, value: Int32(i)) } else { charTable.insert(k, value: Int32(i)) }
            }
        }
        let vectorizer = TextVectorizer(
            options: m.configuration.vectorizer, featureNames: names, wordFeatureCount: wordFeatureCount,
            featureCount: featureCount, documentCount: documentCount, idf: idf, wordTable: wordTable,
            charTable: charTable, cache: cache)
        self.init(
            labels: m.labels, configuration: m.configuration, vectorizer: vectorizer,
            scorer: LinearScorer(classCount: classCount, featureCount: featureCount, storage: weights, bias: bias),
            temperature: m.temperature, threshold: m.threshold, intentThresholds: m.intentThresholds,
            inScopeThreshold: m.inScopeThreshold, inScopeIntentThresholds: m.inScopeIntentThresholds,
            counts: counts, neighbors: neighbors, foreignWords: foreignWords, metadata: m.metadata)
    }
}
