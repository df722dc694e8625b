// AVX2 versions of the classifier's two inner loops (see Sources/TriageClassifier/Models/SparseKernels.swift).
// They compute exactly what the portable Swift loops compute, element by element and in the same order (a
// multiply, then an add or subtract; no fused multiply-add), so a model gives bit-identical results on machines
// with and without AVX2. Call them only when triage_kernels_have_avx2() returns true.
#ifndef TRIAGE_KERNELS_H
#define TRIAGE_KERNELS_H

#include <stdbool.h>
#include <stdint.h>

/// Whether this CPU runs the AVX2 kernels (false on other architectures).
bool triage_kernels_have_avx2(void);

/// out[c] = sum over k in order of values[k] * weights[indices[k] * stride + c], for c in 0..<stride.
/// stride is a multiple of 8; weights is featureCount × stride floats.
void triage_sparse_product_avx2(const int32_t *indices, const float *values, int64_t count,
                                const float *weights, int64_t stride, float *out);

/// weights[indices[k] * stride + c] -= (factor * values[k]) * p[c], for every k and c in 0..<stride.
void triage_sparse_update_avx2(const int32_t *indices, const float *values, int64_t count, float factor,
                               const float *p, float *weights, int64_t stride);

#endif
