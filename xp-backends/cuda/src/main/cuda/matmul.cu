// Batched matrix product C = A @ B by 16 x 16 shared-memory tiles (used when cuBLAS is absent, and for
// integer dtypes). Matrices are strided (row and column strides in elements, so transposed views need no
// copy); Lb maps a batch index to the offsets of C, A and B (operands 0, 1, 2), broadcasting included.
// Entry names: matmul_<kind>.
#include "xp_complex.cuh"

#define TILE 16

__device__ __forceinline__ float2 madd(float2 acc, float2 a, float2 b) { return make_float2(acc.x + a.x * b.x - a.y * b.y, acc.y + a.x * b.y + a.y * b.x); }
__device__ __forceinline__ double2 madd(double2 acc, double2 a, double2 b) { return make_double2(acc.x + a.x * b.x - a.y * b.y, acc.y + a.x * b.y + a.y * b.x); }
__device__ __forceinline__ float madd(float acc, float a, float b) { return fmaf(a, b, acc); }
__device__ __forceinline__ double madd(double acc, double a, double b) { return fma(a, b, acc); }
__device__ __forceinline__ i64 madd(i64 acc, i64 a, i64 b) { return (i64)((u64)acc + (u64)a * (u64)b); }
__device__ __forceinline__ u64 madd(u64 acc, u64 a, u64 b) { return acc + a * b; }

template <class T>
__device__ __forceinline__ void matmul_run(i64 batch, const Strided<3>& Lb, i64 M, i64 N, i64 K, const T* A,
                                           i64 ars, i64 acs, const T* B, i64 brs, i64 bcs, T* Cm, i64 crs, i64 ccs) {
    __shared__ T As[TILE][TILE + 1];
    __shared__ T Bs[TILE][TILE + 1];
    int tx = threadIdx.x, ty = threadIdx.y;
    i64 row = (i64)blockIdx.y * TILE + ty;
    i64 col = (i64)blockIdx.x * TILE + tx;
    for (i64 z = blockIdx.z; z < batch; z += gridDim.z) {
        i64 off[3];
        offsets<3>(Lb, z, off);
        const T* a = A + off[1];
        const T* b = B + off[2];
        T acc = T();
        for (i64 k0 = 0; k0 < K; k0 += TILE) {
            i64 ka = k0 + tx, kb = k0 + ty;
            As[ty][tx] = (row < M && ka < K) ? a[row * ars + ka * acs] : T();
            Bs[ty][tx] = (kb < K && col < N) ? b[kb * brs + col * bcs] : T();
            __syncthreads();
#pragma unroll
            for (int k = 0; k < TILE; k++) acc = madd(acc, As[ty][k], Bs[k][tx]);
            __syncthreads();
        }
        if (row < M && col < N) Cm[off[0] + row * crs + col * ccs] = acc;
    }
}

#define MATMUL(sfx, T)                                                                                     \
    extern "C" __global__ void matmul_##sfx(i64 batch, Strided<3> Lb, i64 M, i64 N, i64 K, const T* A, i64 ars, \
                                            i64 acs, const T* B, i64 brs, i64 bcs, T* Cm, i64 crs, i64 ccs) {   \
        matmul_run<T>(batch, Lb, M, N, K, A, ars, acs, B, brs, bcs, Cm, crs, ccs);                         \
    }

MATMUL(i64, i64) MATMUL(u64, u64) MATMUL(f32, float) MATMUL(f64, double) MATMUL(c64, float2) MATMUL(c128, double2)
