import Foundation
import Testing
import TriageClassifier

@Suite struct ModelFileTests {
    @Test func trainingTwiceGivesIdenticalBytes() throws {
        let a = try IntentClassifier.train(examples: Fixtures.small, configuration: Fixtures.quick).serialized()
        let b = try IntentClassifier.train(examples: Fixtures.small, configuration: Fixtures.quick).serialized()
        #expect(Self.firstDifference(a, b) == nil)
        var sequential = Fixtures.quick
        sequential.parallel = false
        let c = try IntentClassifier.train(examples: Fixtures.small, configuration: sequential).serialized()
        #expect(Self.firstDifference(a, c) == nil)
    }

    /// The offset of the first differing byte (or the shorter length), nil when equal; keeps failures short.
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int? {
        if a == b { return nil }
        return zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    }

    @Test func roundTripPreservesPredictions() throws {
        let model = try #require(Fixtures.smallModel)
        let path = Fixtures.temporaryPath("roundtrip.tkic")
        try model.write(to: path)
        let loaded = try IntentClassifier(contentsOf: path)
        #expect(Self.firstDifference(try loaded.serialized(), try model.serialized()) == nil)
        for e in Fixtures.small.prefix(50) {
            #expect(try loaded.prediction(for: e.text) == model.prediction(for: e.text))
        }
        let manifest = try IntentClassifier.manifest(ofFileAt: path)
        #expect(manifest.labels == model.labels)
        #expect(manifest.metadata.trainingDataSHA256.count == 64)
    }

    @Test func aFlippedByteIsDetected() throws {
        let bytes = try #require(Fixtures.smallModel).serialized()
        for position in [bytes.count / 3, bytes.count / 2, bytes.count - 20] {
            var corrupted = bytes
            corrupted[position] ^= 0x01
            #expect(throws: ModelFileError.self) { try IntentClassifier(serialized: corrupted, path: "m.tkic") }
            do {
                _ = try IntentClassifier(serialized: corrupted, path: "m.tkic")
            } catch let error as ModelFileError {
                if case .checksumMismatch(let path, _, _) = error { #expect(path == "m.tkic") } else {
                    Issue.record("expected a checksum mismatch, got \(error)")
                }
            }
        }
    }

    @Test func aTruncatedFileIsDetected() throws {
        let bytes = try #require(Fixtures.smallModel).serialized()
        for length in [0, 3, 10, 100, bytes.count / 2, bytes.count - 1] {
            #expect(throws: ModelFileError.self) { try IntentClassifier(serialized: Array(bytes.prefix(length))) }
        }
        #expect(throws: ModelFileError.truncated(path: "t")) { try IntentClassifier(serialized: Array(bytes.prefix(bytes.count / 2)), path: "t") }
    }

    @Test func aFutureVersionIsRejected() throws {
        var bytes = try #require(Fixtures.smallModel).serialized()
        bytes[4] = 99
        #expect(throws: ModelFileError.unsupportedFormatVersion(path: "f", found: 99, supported: ModelFormat.supportedVersions)) {
            try IntentClassifier(serialized: bytes, path: "f")
        }
    }

    @Test func notAModelFileIsRejected() {
        #expect(throws: ModelFileError.notAModelFile(path: "x")) { try IntentClassifier(serialized: Array("hello world, not a model".utf8), path: "x") }
        #expect(throws: ModelFileError.fileNotFound(path: "/nonexistent/model.tkic")) { try IntentClassifier(contentsOf: "/nonexistent/model.tkic") }
    }

    @Test func aBankingSizedModelLoadsQuickly() throws {
        guard Fixtures.banking != nil else { return }
        let model = try #require(Fixtures.bankingModel)
        let path = Fixtures.temporaryPath("banking.tkic")
        try model.write(to: path)
        _ = try IntentClassifier(contentsOf: path)
        let t0 = Date()
        let loaded = try IntentClassifier(contentsOf: path)
        let ms = Date().timeIntervalSince(t0) * 1000
        print(String(format: "banking77 model: %d bytes, loaded in %.1f ms", (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1, ms))
        #expect(loaded.labels.count == 77)
        #expect(ms < 250)  // well under 100 ms on an idle machine; slack for a loaded CI box
    }
}
