#include "TriageKernels.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

bool triage_kernels_have_avx2(void) {
    // Cached after the first call; concurrent first calls write the same value.
    static volatile int cached = -1;
    if (cached < 0) {
        __builtin_cpu_init();
        cached = __builtin_cpu_supports("avx2") ? 1 : 0;
    }
    return cached == 1;
}

// One pass over the features for N consecutive 8-float column blocks starting at column `col`, with the N
// accumulators in registers.
#define TRIAGE_PRODUCT_BLOCK(N)                                                                              \
    __attribute__((target("avx2"))) static inline void product_##N(                                         \
        const int32_t *indices, const float *values, int64_t count, const float *weights, int64_t stride,   \
        int64_t col, float *out) {                                                                           \
        __m256 acc[N];                                                                                       \
        for (int b = 0; b < N; b++) acc[b] = _mm256_setzero_ps();                                            \
        for (int64_t k = 0; k < count; k++) {                                                                \
            const float *row = weights + (int64_t)indices[k] * stride + col;                                 \
            __m256 v = _mm256_set1_ps(values[k]);                                                            \
            for (int b = 0; b < N; b++) acc[b] = _mm256_add_ps(acc[b], _mm256_mul_ps(v, _mm256_loadu_ps(row + 8 * b))); \
        }                                                                                                    \
        for (int b = 0; b < N; b++) _mm256_storeu_ps(out + col + 8 * b, acc[b]);                             \
    }

TRIAGE_PRODUCT_BLOCK(1)
TRIAGE_PRODUCT_BLOCK(2)
TRIAGE_PRODUCT_BLOCK(3)
TRIAGE_PRODUCT_BLOCK(4)
TRIAGE_PRODUCT_BLOCK(5)
TRIAGE_PRODUCT_BLOCK(6)
TRIAGE_PRODUCT_BLOCK(7)
TRIAGE_PRODUCT_BLOCK(8)
TRIAGE_PRODUCT_BLOCK(9)
TRIAGE_PRODUCT_BLOCK(10)
TRIAGE_PRODUCT_BLOCK(11)
TRIAGE_PRODUCT_BLOCK(12)

typedef void (*triage_product_block)(const int32_t *, const float *, int64_t, const float *, int64_t, int64_t, float *);

// product_blocks[n] handles n column blocks in one pass over the features.
static const triage_product_block product_blocks[13] = {
    0, product_1, product_2, product_3, product_4, product_5, product_6,
    product_7, product_8, product_9, product_10, product_11, product_12,
};

void triage_sparse_product_avx2(const int32_t *indices, const float *values, int64_t count,
                                const float *weights, int64_t stride, float *out) {
    // Up to 12 blocks (96 floats) per pass; a stride that is not a multiple of 8 leaves its tail untouched.
    for (int64_t col = 0; col + 8 <= stride;) {
        int64_t blocks = (stride - col) / 8;
        if (blocks > 12) blocks = 12;
        product_blocks[blocks](indices, values, count, weights, stride, col, out);
        col += blocks * 8;
    }
}

__attribute__((target("avx2")))
void triage_sparse_update_avx2(const int32_t *indices, const float *values, int64_t count, float factor,
                               const float *p, float *weights, int64_t stride) {
    for (int64_t k = 0; k < count; k++) {
        float *row = weights + (int64_t)indices[k] * stride;
        __m256 g = _mm256_set1_ps(factor * values[k]);
        for (int64_t c = 0; c + 8 <= stride; c += 8) {
            __m256 w = _mm256_loadu_ps(row + c);
            _mm256_storeu_ps(row + c, _mm256_sub_ps(w, _mm256_mul_ps(g, _mm256_loadu_ps(p + c))));
        }
    }
}

#else

bool triage_kernels_have_avx2(void) { return false; }

void triage_sparse_product_avx2(const int32_t *indices, const float *values, int64_t count,
                                const float *weights, int64_t stride, float *out) {
    (void)indices; (void)values; (void)count; (void)weights; (void)stride; (void)out;
}

void triage_sparse_update_avx2(const int32_t *indices, const float *values, int64_t count, float factor,
                               const float *p, float *weights, int64_t stride) {
    (void)indices; (void)values; (void)count; (void)factor; (void)p; (void)weights; (void)stride;
}

#endif
