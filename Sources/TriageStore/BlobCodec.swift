import Foundation
import TriageSearch

/// Fixed-width arrays and string lists as blobs (little-endian machine layout, as on every supported
/// platform), checked for length on the way back.
enum BlobCodec {
    static func data<T: FixedWidthInteger>(_ array: [T]) -> Data {
        array.withUnsafeBytes { Data($0) }
    }

    static func data(_ array: [Float]) -> Data {
        array.withUnsafeBytes { Data($0) }
    }

    static func integers<T: FixedWidthInteger>(_ data: Data, as: T.Type, part: String, path: String) throws -> [T] {
        let stride = MemoryLayout<T>.stride
        guard data.count % stride == 0 else {
            throw StoreError.corruptIndex(path: path, part: part, reason: "\(data.count) bytes is not a multiple of \(stride)")
        }
        var out = [T](repeating: 0, count: data.count / stride)
        out.withUnsafeMutableBytes { dst in _ = data.copyBytes(to: dst) }
        return out
    }

    static func floats(_ data: Data, part: String, path: String) throws -> [Float] {
        guard data.count % 4 == 0 else {
            throw StoreError.corruptIndex(path: path, part: part, reason: "\(data.count) bytes is not a multiple of 4")
        }
        var out = [Float](repeating: 0, count: data.count / 4)
        out.withUnsafeMutableBytes { dst in _ = data.copyBytes(to: dst) }
        return out
    }

    /// Strings as UTF-8 bytes back to back plus end offsets.
    static func strings(_ list: [String]) -> (bytes: Data, offsets: Data) {
        var bytes: [UInt8] = []
        var ends: [UInt32] = []
        ends.reserveCapacity(list.count)
        for s in list {
            bytes.append(contentsOf: s.utf8)
            ends.append(UInt32(bytes.count))
        }
        return (Data(bytes), data(ends))
    }

    static func strings(bytes: Data, offsets: Data, part: String, path: String) throws -> [String] {
        let ends = try integers(offsets, as: UInt32.self, part: part, path: path)
        var out: [String] = []
        out.reserveCapacity(ends.count)
        var start = 0
        let raw = [UInt8](bytes)
        for e in ends {
            let end = Int(e)
            guard end >= start, end <= raw.count else {
                throw StoreError.corruptIndex(path: path, part: part, reason: "string offsets out of range")
            }
            out.append(String(decoding: raw[start..<end], as: UTF8.self))
            start = end
        }
        return out
    }
}
