import Foundation
import TriageSearch

/// Writes an ``IndexSegment`` as named blobs and reads it back with consistency checks.
enum SegmentCodec {
    struct Info: Codable {
        var fieldWeights: [Float]
        var tfScale: Float
        var metadataKeys: [String]
        var documentCount: Int
        var termCount: Int
    }

    static func blobs(_ s: IndexSegment) throws -> [String: Data] {
        var b: [String: Data] = [:]
        let keys = s.metadata.keys.sorted()
        let info = Info(fieldWeights: s.fieldWeights, tfScale: s.tfScale, metadataKeys: keys,
                        documentCount: s.documentCount, termCount: s.dictionary.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        b["info"] = try encoder.encode(info)
        b["dictionary.bytes"] = Data(s.dictionary.bytes)
        b["dictionary.offsets"] = BlobCodec.data(s.dictionary.offsets)
        b["df"] = BlobCodec.data(s.documentFrequency)
        b["termBlockStart"] = BlobCodec.data(s.termBlockStart)
        b["blockLastDoc"] = BlobCodec.data(s.blockLastDoc)
        b["blockOffset"] = BlobCodec.data(s.blockOffset)
        b["blockMaxTF"] = BlobCodec.data(s.blockMaxTF)
        b["blockMinLength"] = BlobCodec.data(s.blockMinLength)
        b["postings"] = Data(s.postings)
        b["documentLength"] = BlobCodec.data(s.documentLength)
        let ids = BlobCodec.strings(s.ids)
        b["ids.bytes"] = ids.bytes
        b["ids.offsets"] = ids.offsets
        b["forward"] = Data(s.forward)
        b["forwardOffset"] = BlobCodec.data(s.forwardOffset)
        for (i, k) in keys.enumerated() {
            guard let column = s.metadata[k] else { continue }
            let values = BlobCodec.strings(column.values)
            b["meta.\(i).values.bytes"] = values.bytes
            b["meta.\(i).values.offsets"] = values.offsets
            b["meta.\(i).codes"] = BlobCodec.data(column.codes)
        }
        return b
    }

    static func segment(_ blobs: [String: Data], path: String) throws -> IndexSegment {
        func blob(_ name: String) throws -> Data {
            guard let d = blobs[name] else { throw StoreError.corruptIndex(path: path, part: name, reason: "missing") }
            return d
        }
        let info: Info
        do { info = try JSONDecoder().decode(Info.self, from: try blob("info")) } catch let e as StoreError { throw e } catch {
            throw StoreError.corruptIndex(path: path, part: "info", reason: "unreadable JSON")
        }
        let dictOffsets = try BlobCodec.integers(try blob("dictionary.offsets"), as: UInt32.self, part: "dictionary.offsets", path: path)
        let dictBytes = [UInt8](try blob("dictionary.bytes"))
        let df = try BlobCodec.integers(try blob("df"), as: UInt32.self, part: "df", path: path)
        let termBlockStart = try BlobCodec.integers(try blob("termBlockStart"), as: UInt32.self, part: "termBlockStart", path: path)
        let blockLastDoc = try BlobCodec.integers(try blob("blockLastDoc"), as: UInt32.self, part: "blockLastDoc", path: path)
        let blockOffset = try BlobCodec.integers(try blob("blockOffset"), as: UInt64.self, part: "blockOffset", path: path)
        let blockMaxTF = try BlobCodec.floats(try blob("blockMaxTF"), part: "blockMaxTF", path: path)
        let blockMinLength = try BlobCodec.floats(try blob("blockMinLength"), part: "blockMinLength", path: path)
        let postings = [UInt8](try blob("postings"))
        let documentLength = try BlobCodec.floats(try blob("documentLength"), part: "documentLength", path: path)
        let ids = try BlobCodec.strings(bytes: try blob("ids.bytes"), offsets: try blob("ids.offsets"), part: "ids", path: path)
        let forward = [UInt8](try blob("forward"))
        let forwardOffset = try BlobCodec.integers(try blob("forwardOffset"), as: UInt64.self, part: "forwardOffset", path: path)
        let v = info.termCount, n = info.documentCount, blocks = blockLastDoc.count
        func check(_ ok: Bool, _ part: String, _ reason: String) throws {
            if !ok { throw StoreError.corruptIndex(path: path, part: part, reason: reason) }
        }
        try check(dictOffsets.count == v + 1 && Int(dictOffsets.last ?? 0) == dictBytes.count && dictOffsets.first == 0,
                  "dictionary", "offsets do not match \(v) terms")
        try check(zip(dictOffsets, dictOffsets.dropFirst()).allSatisfy { $0 <= $1 }, "dictionary", "offsets decrease")
        try check(df.count == v, "df", "expected \(v) entries, found \(df.count)")
        try check(termBlockStart.count == v + 1 && Int(termBlockStart.last ?? 0) == blocks && termBlockStart.first == 0,
                  "termBlockStart", "does not cover \(blocks) blocks")
        try check(zip(termBlockStart, termBlockStart.dropFirst()).allSatisfy { $0 <= $1 }, "termBlockStart", "decreases")
        try check(blockOffset.count == blocks + 1 && Int(blockOffset.last ?? 0) == postings.count,
                  "blockOffset", "does not cover the postings")
        try check(zip(blockOffset, blockOffset.dropFirst()).allSatisfy { $0 <= $1 }, "blockOffset", "decreases")
        try check(blockMaxTF.count == blocks && blockMinLength.count == blocks, "block bounds", "expected \(blocks) entries")
        try check(blockLastDoc.allSatisfy { Int($0) < n }, "blockLastDoc", "document number out of range")
        try check(documentLength.count == n && ids.count == n, "documents", "expected \(n) lengths and ids")
        try check(forwardOffset.isEmpty || (forwardOffset.count == n + 1 && Int(forwardOffset.last ?? 0) == forward.count),
                  "forwardOffset", "does not cover the term vectors")
        try check(zip(forwardOffset, forwardOffset.dropFirst()).allSatisfy { $0 <= $1 }, "forwardOffset", "decreases")
        try check(info.fieldWeights.allSatisfy(\.isFinite) && info.tfScale > 0, "info", "invalid weights")
        var metadata: [String: MetadataColumn] = [:]
        for (i, k) in info.metadataKeys.enumerated() {
            let values = try BlobCodec.strings(bytes: try blob("meta.\(i).values.bytes"), offsets: try blob("meta.\(i).values.offsets"),
                                               part: "metadata \(k)", path: path)
            let codes = try BlobCodec.integers(try blob("meta.\(i).codes"), as: UInt32.self, part: "metadata \(k)", path: path)
            try check(codes.count == n && codes.allSatisfy { Int($0) <= values.count }, "metadata \(k)", "codes out of range")
            metadata[k] = MetadataColumn(values: values, codes: codes)
        }
        return IndexSegment(fieldWeights: info.fieldWeights, tfScale: info.tfScale,
                            dictionary: TermDictionary(bytes: dictBytes, offsets: dictOffsets),
                            documentFrequency: df, termBlockStart: termBlockStart, blockLastDoc: blockLastDoc,
                            blockOffset: blockOffset, blockMaxTF: blockMaxTF, blockMinLength: blockMinLength,
                            postings: postings, documentLength: documentLength, ids: ids, metadata: metadata,
                            storedFields: [], forward: forward, forwardOffset: forwardOffset)
    }
}
