#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A zero-initialised `Float` buffer aligned to 64 bytes, so weight rows of a multiple of 16 floats never
/// straddle a cache line; buffers of 1 MiB or more are aligned to 2 MiB and, on Linux, advised as huge-page
/// candidates (fewer TLB misses when a sparse row touches weights scattered over megabytes).
///
/// `@unchecked Sendable`: the creator fills it before sharing it; afterwards it is only read.
package final class AlignedFloats: @unchecked Sendable {
    /// The first element.
    package let base: UnsafeMutablePointer<Float>
    /// The number of elements.
    package let count: Int
    private let raw: UnsafeMutableRawPointer

    /// A zero-filled buffer of `count` elements.
    package convenience init(count: Int) {
        self.init(count: count) { $0.initialize(repeating: 0, count: count) }
    }

    /// A buffer of `count` elements that `fill` initialises (all of them; no zero-fill first).
    package init(count: Int, initializingWith fill: (UnsafeMutablePointer<Float>) -> Void) {
        self.count = count
        raw = Self.allocate(count)
        base = raw.bindMemory(to: Float.self, capacity: max(1, count))
        if count == 0 { base.initialize(to: 0) }
        fill(base)
    }

    private static func allocate(_ count: Int) -> UnsafeMutableRawPointer {
        let bytes = max(1, count) * MemoryLayout<Float>.stride
        let raw: UnsafeMutableRawPointer
        let huge = 1 << 21
        if bytes >= huge / 2 {
            let rounded = (bytes + huge - 1) / huge * huge
            raw = UnsafeMutableRawPointer.allocate(byteCount: rounded, alignment: huge)
            #if os(Linux)
            _ = madvise(raw, rounded, 14) // MADV_HUGEPAGE; advisory, ignored where unsupported
            #endif
        } else {
            raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        }
        return raw
    }

    /// A buffer holding a copy of `values`.
    package convenience init(_ values: [Float]) {
        self.init(count: values.count) { dst in
            values.withUnsafeBufferPointer { v in
                if let src = v.baseAddress { dst.initialize(from: src, count: values.count) }
            }
        }
    }

    deinit { raw.deallocate() }

    /// The elements.
    package var buffer: UnsafeBufferPointer<Float> { UnsafeBufferPointer(start: base, count: count) }

    /// A copy as an array.
    package var array: [Float] { Array(buffer) }
}
