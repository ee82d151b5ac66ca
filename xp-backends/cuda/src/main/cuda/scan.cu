// Inclusive scans (cumulative_sum, cumulative_prod) along the rows of an M x K layout, and the compaction
// that turns a scan of non-zero flags into coordinates (nonzero, boolean masks). A row is scanned in tiles of
// SCAN_TILE elements; with several tiles the host scans the tile totals (the same kernel, recursively) and
// adds them back with scan_add. Entry names: scan_<sum|prod>_<kind>, scan_add_<sum|prod>_<kind>.
#include "xp_complex.cuh"

#define SCAN_BLOCK 256
#define SCAN_ITEMS 4
#define SCAN_TILE (SCAN_BLOCK * SCAN_ITEMS)

__device__ __forceinline__ float2 sadd(float2 a, float2 b) { return make_float2(a.x + b.x, a.y + b.y); }
__device__ __forceinline__ double2 sadd(double2 a, double2 b) { return cadd(a, b); }
__device__ __forceinline__ i64 sadd(i64 a, i64 b) { return (i64)((u64)a + (u64)b); }
__device__ __forceinline__ u64 sadd(u64 a, u64 b) { return a + b; }
__device__ __forceinline__ float sadd(float a, float b) { return a + b; }
__device__ __forceinline__ double sadd(double a, double b) { return a + b; }
__device__ __forceinline__ float2 smul(float2 a, float2 b) { return cmulf(a, b); }
__device__ __forceinline__ double2 smul(double2 a, double2 b) { return cmul(a, b); }
__device__ __forceinline__ i64 smul(i64 a, i64 b) { return (i64)((u64)a * (u64)b); }
__device__ __forceinline__ u64 smul(u64 a, u64 b) { return a * b; }
__device__ __forceinline__ float smul(float a, float b) { return a * b; }
__device__ __forceinline__ double smul(double a, double b) { return a * b; }

template <class T> struct ScanSum { static __device__ T comb(T a, T b) { return sadd(a, b); } };
template <class T> struct ScanProd { static __device__ T comb(T a, T b) { return smul(a, b); } };

// Scans tile blockIdx.x of rows blockIdx.y, blockIdx.y + gridDim.y, ...: in is read at row*inRow + k (any dtype),
// out written at row*outRow + outOff + k; the tile's total goes to totals[row*tiles + tile] when totals != 0.
template <class T, class Op>
__device__ __forceinline__ void scan_run(i64 M, i64 K, const void* in, int idt, i64 inRow, T* out, i64 outRow,
                                         i64 outOff, T* totals, i64 tiles) {
    __shared__ __align__(16) unsigned char raw[SCAN_BLOCK * sizeof(T)];
    T* sh = (T*)raw;
    i64 base = (i64)blockIdx.x * SCAN_TILE;
    for (i64 r = blockIdx.y; r < M; r += gridDim.y) {
        T v[SCAN_ITEMS];
        i64 k0 = base + (i64)threadIdx.x * SCAN_ITEMS;
        int have = 0;
#pragma unroll
        for (int j = 0; j < SCAN_ITEMS; j++) {
            if (k0 + j < K) {
                T x = Ld<T>::at(in, r * inRow + k0 + j, idt);
                v[j] = have ? Op::comb(v[j - 1], x) : x;
                have = 1;
            }
        }
        // block-wide inclusive scan of the thread totals (Hillis-Steele); threads past K hold no value
        int last = 0;
#pragma unroll
        for (int j = 0; j < SCAN_ITEMS; j++) if (k0 + j < K) last = j;
        bool any = k0 < K;
        T mine = any ? v[last] : T();
        for (int s = 1; s < SCAN_BLOCK; s <<= 1) {
            sh[threadIdx.x] = mine;
            __syncthreads();
            if (threadIdx.x >= s && base + (i64)(threadIdx.x - s) * SCAN_ITEMS < K) {
                T prev = sh[threadIdx.x - s];
                if (any) mine = Op::comb(prev, mine);
            }
            __syncthreads();
        }
        sh[threadIdx.x] = mine;
        __syncthreads();
        if (any) {
            bool first = threadIdx.x == 0;
            T before = first ? T() : sh[threadIdx.x - 1];
#pragma unroll
            for (int j = 0; j < SCAN_ITEMS; j++) {
                if (k0 + j < K) out[r * outRow + outOff + k0 + j] = first ? v[j] : Op::comb(before, v[j]);
            }
        }
        if (totals != 0 && threadIdx.x == 0) {
            i64 lastThread = min((i64)SCAN_BLOCK - 1, (K - 1 - base) / SCAN_ITEMS);
            totals[r * tiles + blockIdx.x] = sh[lastThread];
        }
        __syncthreads();
    }
}

// Combines the inclusive totals of tiles 0..t-1 into every element of tile t > 0.
template <class T, class Op>
__device__ __forceinline__ void scan_add_run(i64 M, i64 K, T* out, i64 outRow, i64 outOff, const T* totals,
                                             i64 tiles) {
    i64 t = blockIdx.x + 1;
    for (i64 r = blockIdx.y; r < M; r += gridDim.y) {
        T add = totals[r * tiles + t - 1];
        for (i64 k = t * SCAN_TILE + threadIdx.x; k < min(K, (t + 1) * SCAN_TILE); k += blockDim.x) {
            i64 o = r * outRow + outOff + k;
            out[o] = Op::comb(add, out[o]);
        }
    }
}

#define SCAN(op, sfx, T, Op)                                                                                   \
    extern "C" __global__ void scan_##op##_##sfx(i64 M, i64 K, const void* in, int idt, i64 inRow, T* out,      \
                                                 i64 outRow, i64 outOff, T* totals, i64 tiles) {                \
        scan_run<T, Op<T> >(M, K, in, idt, inRow, out, outRow, outOff, totals, tiles);                         \
    }                                                                                                          \
    extern "C" __global__ void scan_add_##op##_##sfx(i64 M, i64 K, T* out, i64 outRow, i64 outOff,              \
                                                     const T* totals, i64 tiles) {                             \
        scan_add_run<T, Op<T> >(M, K, out, outRow, outOff, totals, tiles);                                     \
    }

#define SCANS(sfx, T) SCAN(sum, sfx, T, ScanSum) SCAN(prod, sfx, T, ScanProd)

SCANS(i64, i64) SCANS(u64, u64) SCANS(f32, float) SCANS(f64, double) SCANS(c64, float2) SCANS(c128, double2)

// Flags of x != 0 over the n positions of a strided layout, as int64 0/1 into a contiguous array.
extern "C" __global__ void nonzero_flags(i64 n, Strided<1> L, const void* x, int xdt, i64* flags) {
    GRID_STRIDE(i, n) {
        i64 off[1];
        offsets<1>(L, i, off);
        flags[i] = ld_bool(x, off[0], xdt) ? 1 : 0;
    }
}

// From the inclusive scan of the flags, writes the C-order coordinates of every flagged position i:
// coords[d * count + j] for its rank j. shape holds the nd dimensions of the flagged array.
extern "C" __global__ void compact_coords(i64 n, Strided<1> shape, const i64* scanned, i64 count, i64* coords) {
    GRID_STRIDE(i, n) {
        i64 before = i == 0 ? 0 : scanned[i - 1];
        if (scanned[i] != before) {
            i64 j = before;
            i64 rest = i;
            for (int d = (int)shape.nd - 1; d >= 0; d--) {
                i64 c = rest % shape.shape[d];
                rest /= shape.shape[d];
                coords[d * count + j] = c;
            }
        }
    }
}
