import Testing
import TriageClassifier

/// The AVX2 kernels (used where the CPU has AVX2) against the portable loops: bit-identical results.
@Suite struct KernelTests {
    /// Seeded rows of distinct feature ids with values, and random weights.
    struct Case {
        var indices: [Int32] = []
        var values: [Float] = []
        var weights: [Float] = []
        var p: [Float] = []
        init(features: Int, count: Int, stride: Int, seed: UInt64) {
            var state = seed
            func next() -> UInt64 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return state >> 11
            }
            func float() -> Float { Float(Double(next() % 2_000_001) / 1_000_000 - 1) }
            var used = Set<Int32>()
            while indices.count < count {
                let f = Int32(next() % UInt64(features))
                if used.insert(f).inserted { indices.append(f); values.append(float() * 3) }
            }
            weights = (0..<(features * stride)).map { _ in float() * 5 }
            p = (0..<stride).map { _ in float() }
        }
    }

    @Test(arguments: [8, 16, 40, 80, 96, 104, 200])
    func productAndUpdateMatchThePortableLoops(stride: Int) {
        print("AVX2 kernels in use: \(SparseKernels.usesAVX2)")
        for (seed, count) in [(1, 0), (2, 1), (3, 17), (4, 170)] as [(UInt64, Int)] {
            let c = Case(features: 400, count: count, stride: stride, seed: seed)
            var fast = [Float](repeating: .nan, count: stride), portable = [Float](repeating: .nan, count: stride)
            c.indices.withUnsafeBufferPointer { i in
                c.values.withUnsafeBufferPointer { v in
                    c.weights.withUnsafeBytes { w in
                        let ib = i.baseAddress ?? UnsafePointer(bitPattern: 8)!, vb = v.baseAddress ?? UnsafePointer(bitPattern: 8)!
                        fast.withUnsafeMutableBytes { o in
                            SparseKernels.product(indices: ib, values: vb, count: count, weights: w.baseAddress!, stride: stride, into: o.baseAddress!)
                        }
                        portable.withUnsafeMutableBytes { o in
                            SparseKernels.portableProduct(indices: ib, values: vb, count: count, weights: w.baseAddress!, stride: stride, into: o.baseAddress!)
                        }
                    }
                }
            }
            #expect(fast.map(\.bitPattern) == portable.map(\.bitPattern), "product, stride \(stride), \(count) features")
            if count > 0 { #expect(fast.contains { $0 != 0 }) }
            var updatedFast = c.weights, updatedPortable = c.weights
            c.indices.withUnsafeBufferPointer { i in
                c.values.withUnsafeBufferPointer { v in
                    c.p.withUnsafeBytes { p in
                        let ib = i.baseAddress ?? UnsafePointer(bitPattern: 8)!, vb = v.baseAddress ?? UnsafePointer(bitPattern: 8)!
                        updatedFast.withUnsafeMutableBytes { w in
                            SparseKernels.update(indices: ib, values: vb, count: count, factor: 0.37, p: p.baseAddress!,
                                                 weights: w.baseAddress!, stride: stride)
                        }
                        updatedPortable.withUnsafeMutableBytes { w in
                            SparseKernels.portableUpdate(indices: ib, values: vb, count: count, factor: 0.37, p: p.baseAddress!,
                                                         weights: w.baseAddress!, stride: stride)
                        }
                    }
                }
            }
            #expect(updatedFast.map(\.bitPattern) == updatedPortable.map(\.bitPattern), "update, stride \(stride), \(count) features")
            #expect((updatedFast != c.weights) == (count > 0))
        }
    }
}
