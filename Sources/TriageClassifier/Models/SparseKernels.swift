import TriageKernels

/// The two inner loops of every linear model here, over feature-major weights with rows of `stride` floats
/// (a multiple of 8): the sparse × dense product and the sparse rank-one update.
///
/// Both walk the row's features once per column group of 40, 32, 16 or 8 floats (the product; the update
/// uses 32, 16 or 8) (`SIMD16`/`SIMD8` only: `SIMD32` arithmetic is not
/// vectorised on Linux x86-64), keeping that group's
/// accumulator (or gradient) in registers, so no partial sum goes through memory. Each output element is still
/// `Σ_k v_k · W[f_k, c]` summed in feature order (and each update `W[f, c] − g_f · p_c`), so results are
/// bit-identical to a plain element-by-element loop.
///
/// `weights` must be 16-byte aligned (``AlignedFloats`` is 64-byte aligned and `stride` is a multiple of 8), so
/// the weight loads are aligned and fold into the arithmetic instructions.
///
/// Where the CPU has AVX2 (checked once, at run time), both loops run as the C functions of `TriageKernels`,
/// which do the same multiplications and additions in the same order on 8 floats at a time with all of a row's
/// column blocks in registers; the results are bit-identical to the portable loops here (a test compares them).
package enum SparseKernels {
    /// Whether the AVX2 kernels are used on this machine.
    package static var usesAVX2: Bool { triage_kernels_have_avx2() }

    /// Writes `out[c] = Σ_k values[k] · W[indices[k], c]` for `c` in `0..<stride`, summing in `k` order.
    /// - Parameters:
    ///   - weights: `featureCount × stride` floats, feature-major.
    ///   - out: at least `stride` floats.
    @inline(__always)
    package static func product(indices: UnsafePointer<Int32>, values: UnsafePointer<Float>, count: Int,
                                weights: UnsafeRawPointer, stride: Int, into out: UnsafeMutableRawPointer) {
        if triage_kernels_have_avx2() {
            triage_sparse_product_avx2(indices, values, Int64(count), weights.assumingMemoryBound(to: Float.self),
                                       Int64(stride), out.assumingMemoryBound(to: Float.self))
            return
        }
        portableProduct(indices: indices, values: values, count: count, weights: weights, stride: stride, into: out)
    }

    /// ``product(indices:values:count:weights:stride:into:)`` without the AVX2 kernel.
    @inline(__always)
    package static func portableProduct(indices: UnsafePointer<Int32>, values: UnsafePointer<Float>, count: Int,
                                        weights: UnsafeRawPointer, stride: Int, into out: UnsafeMutableRawPointer) {
        let rowBytes = stride &* 4
        var offset = 0
        while offset &+ 160 <= rowBytes && rowBytes &- offset != 192 {
            var a0 = SIMD16<Float>(), a1 = SIMD16<Float>(), a2 = SIMD8<Float>()
            for k in 0..<count {
                let at = Int(indices[k]) &* rowBytes &+ offset
                let v = SIMD16<Float>(repeating: values[k])
                a0 = a0 + v * weights.load(fromByteOffset: at, as: SIMD16<Float>.self)
                a1 = a1 + v * weights.load(fromByteOffset: at &+ 64, as: SIMD16<Float>.self)
                a2 = a2 + v.lowHalf * weights.load(fromByteOffset: at &+ 128, as: SIMD8<Float>.self)
            }
            out.storeBytes(of: a0, toByteOffset: offset, as: SIMD16<Float>.self)
            out.storeBytes(of: a1, toByteOffset: offset &+ 64, as: SIMD16<Float>.self)
            out.storeBytes(of: a2, toByteOffset: offset &+ 128, as: SIMD8<Float>.self)
            offset &+= 160
        }
        while offset &+ 128 <= rowBytes {
            var a0 = SIMD16<Float>(), a1 = SIMD16<Float>()
            for k in 0..<count {
                let at = Int(indices[k]) &* rowBytes &+ offset
                let v = SIMD16<Float>(repeating: values[k])
                a0 = a0 + v * weights.load(fromByteOffset: at, as: SIMD16<Float>.self)
                a1 = a1 + v * weights.load(fromByteOffset: at &+ 64, as: SIMD16<Float>.self)
            }
            out.storeBytes(of: a0, toByteOffset: offset, as: SIMD16<Float>.self)
            out.storeBytes(of: a1, toByteOffset: offset &+ 64, as: SIMD16<Float>.self)
            offset &+= 128
        }
        if offset &+ 64 <= rowBytes {
            var a = SIMD16<Float>()
            for k in 0..<count {
                let w = weights.load(fromByteOffset: Int(indices[k]) &* rowBytes &+ offset, as: SIMD16<Float>.self)
                a = a + SIMD16<Float>(repeating: values[k]) * w
            }
            out.storeBytes(of: a, toByteOffset: offset, as: SIMD16<Float>.self)
            offset &+= 64
        }
        if offset &+ 32 <= rowBytes {
            var a = SIMD8<Float>()
            for k in 0..<count {
                let w = weights.load(fromByteOffset: Int(indices[k]) &* rowBytes &+ offset, as: SIMD8<Float>.self)
                a = a + SIMD8<Float>(repeating: values[k]) * w
            }
            out.storeBytes(of: a, toByteOffset: offset, as: SIMD8<Float>.self)
        }
    }

    /// `W[indices[k], c] -= (factor · values[k]) · p[c]` for every `k` and `c` in `0..<stride`.
    /// - Parameter p: at least `stride` floats (padding entries 0).
    @inline(__always)
    package static func update(indices: UnsafePointer<Int32>, values: UnsafePointer<Float>, count: Int, factor: Float,
                               p: UnsafeRawPointer, weights: UnsafeMutableRawPointer, stride: Int) {
        if triage_kernels_have_avx2() {
            triage_sparse_update_avx2(indices, values, Int64(count), factor, p.assumingMemoryBound(to: Float.self),
                                      weights.assumingMemoryBound(to: Float.self), Int64(stride))
            return
        }
        portableUpdate(indices: indices, values: values, count: count, factor: factor, p: p, weights: weights, stride: stride)
    }

    /// ``update(indices:values:count:factor:p:weights:stride:)`` without the AVX2 kernel.
    @inline(__always)
    package static func portableUpdate(indices: UnsafePointer<Int32>, values: UnsafePointer<Float>, count: Int, factor: Float,
                                       p: UnsafeRawPointer, weights: UnsafeMutableRawPointer, stride: Int) {
        let rowBytes = stride &* 4
        var offset = 0
        while offset &+ 128 <= rowBytes {
            let p0 = p.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
            let p1 = p.loadUnaligned(fromByteOffset: offset &+ 64, as: SIMD16<Float>.self)
            for k in 0..<count {
                let at = Int(indices[k]) &* rowBytes &+ offset
                let g = SIMD16<Float>(repeating: factor * values[k])
                let w0 = weights.load(fromByteOffset: at, as: SIMD16<Float>.self)
                let w1 = weights.load(fromByteOffset: at &+ 64, as: SIMD16<Float>.self)
                weights.storeBytes(of: w0 - g * p0, toByteOffset: at, as: SIMD16<Float>.self)
                weights.storeBytes(of: w1 - g * p1, toByteOffset: at &+ 64, as: SIMD16<Float>.self)
            }
            offset &+= 128
        }
        if offset &+ 64 <= rowBytes {
            let pv = p.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
            for k in 0..<count {
                let at = Int(indices[k]) &* rowBytes &+ offset
                let g = SIMD16<Float>(repeating: factor * values[k])
                let w = weights.load(fromByteOffset: at, as: SIMD16<Float>.self)
                weights.storeBytes(of: w - g * pv, toByteOffset: at, as: SIMD16<Float>.self)
            }
            offset &+= 64
        }
        if offset &+ 32 <= rowBytes {
            let pv = p.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
            for k in 0..<count {
                let at = Int(indices[k]) &* rowBytes &+ offset
                let g = SIMD8<Float>(repeating: factor * values[k])
                let w = weights.load(fromByteOffset: at, as: SIMD8<Float>.self)
                weights.storeBytes(of: w - g * pv, toByteOffset: at, as: SIMD8<Float>.self)
            }
        }
    }
}
