// Reductions over a set of axes. The host views the input as `rows` x `K`: Lrow maps a row to its offset,
// Lred maps a position along the reduced axes to its offset (both in elements of the input). Two strategies
// (chosen by the host, ReducePlan): a thread per row for short rows, or `S` blocks per row that each write a
// partial result (to the output when S == 1, else to a partial buffer the host reduces in a second launch).
// Entry names: reduce_<op>_<kind> and argreduce_<argmax|argmin>_<kind>, in module reduce_<kind>.
#include "xp_complex.cuh"

#define RBLOCK 256

template <class T> struct Lim;
template <> struct Lim<i64> { static __device__ i64 lo() { return (i64)0x8000000000000000ULL; } static __device__ i64 hi() { return 0x7fffffffffffffffLL; } };
template <> struct Lim<u64> { static __device__ u64 lo() { return 0; } static __device__ u64 hi() { return ~0ULL; } };
template <> struct Lim<float> { static __device__ float lo() { return -INFINITY; } static __device__ float hi() { return INFINITY; } };
template <> struct Lim<double> { static __device__ double lo() { return -INFINITY; } static __device__ double hi() { return INFINITY; } };
template <> struct Lim<bool> { static __device__ bool lo() { return false; } static __device__ bool hi() { return true; } };

template <class T> __device__ __forceinline__ bool nan_(T v) { return false; }
template <> __device__ __forceinline__ bool nan_<float>(float v) { return isnan(v); }
template <> __device__ __forceinline__ bool nan_<double>(double v) { return isnan(v); }

template <class T> __device__ __forceinline__ T zero_() { return (T)0; }
template <> __device__ __forceinline__ float2 zero_<float2>() { return make_float2(0.0f, 0.0f); }
template <> __device__ __forceinline__ double2 zero_<double2>() { return make_double2(0.0, 0.0); }
template <class T> __device__ __forceinline__ T one_() { return (T)1; }
template <> __device__ __forceinline__ float2 one_<float2>() { return make_float2(1.0f, 0.0f); }
template <> __device__ __forceinline__ double2 one_<double2>() { return make_double2(1.0, 0.0); }

__device__ __forceinline__ float2 add_(float2 a, float2 b) { return make_float2(a.x + b.x, a.y + b.y); }
__device__ __forceinline__ double2 add_(double2 a, double2 b) { return cadd(a, b); }
template <class T> __device__ __forceinline__ T add_(T a, T b) { return a + b; }
__device__ __forceinline__ float2 mul_(float2 a, float2 b) { return cmulf(a, b); }
__device__ __forceinline__ double2 mul_(double2 a, double2 b) { return cmul(a, b); }
template <class T> __device__ __forceinline__ T mul_(T a, T b) { return a * b; }

template <class T> struct SumOp {
    typedef T Acc;
    static __device__ T id() { return zero_<T>(); }
    static __device__ T load(const void* p, i64 o, int dt) { return Ld<T>::at(p, o, dt); }
    static __device__ T comb(T a, T b) { return add_(a, b); }
};
template <class T> struct ProdOp {
    typedef T Acc;
    static __device__ T id() { return one_<T>(); }
    static __device__ T load(const void* p, i64 o, int dt) { return Ld<T>::at(p, o, dt); }
    static __device__ T comb(T a, T b) { return mul_(a, b); }
};
template <class T> struct MaxOp {
    typedef T Acc;
    static __device__ T id() { return Lim<T>::lo(); }
    static __device__ T load(const void* p, i64 o, int dt) { return Ld<T>::at(p, o, dt); }
    static __device__ T comb(T a, T b) { return (nan_(a) || a >= b) ? a : b; }
};
template <class T> struct MinOp {
    typedef T Acc;
    static __device__ T id() { return Lim<T>::hi(); }
    static __device__ T load(const void* p, i64 o, int dt) { return Ld<T>::at(p, o, dt); }
    static __device__ T comb(T a, T b) { return (nan_(a) || a <= b) ? a : b; }
};
struct AllOp {
    typedef bool Acc;
    static __device__ bool id() { return true; }
    static __device__ bool load(const void* p, i64 o, int dt) { return ld_bool(p, o, dt); }
    static __device__ bool comb(bool a, bool b) { return a && b; }
};
struct AnyOp {
    typedef bool Acc;
    static __device__ bool id() { return false; }
    static __device__ bool load(const void* p, i64 o, int dt) { return ld_bool(p, o, dt); }
    static __device__ bool comb(bool a, bool b) { return a || b; }
};
struct CountOp {
    typedef i64 Acc;
    static __device__ i64 id() { return 0; }
    static __device__ i64 load(const void* p, i64 o, int dt) { return ld_bool(p, o, dt) ? 1 : 0; }
    static __device__ i64 comb(i64 a, i64 b) { return a + b; }
};

template <class Op>
__device__ __forceinline__ void reduce_run(i64 rows, i64 K, const Strided<1>& Lrow, const Strided<1>& Lred,
                                           const void* in, int idt, void* out, int odt, int perThread) {
    typedef typename Op::Acc A;
    if (perThread) {
        GRID_STRIDE(r, rows) {
            i64 ro[1];
            offsets<1>(Lrow, r, ro);
            A acc = Op::id();
            for (i64 k = 0; k < K; k++) {
                i64 ko[1];
                offsets<1>(Lred, k, ko);
                acc = Op::comb(acc, Op::load(in, ro[0] + ko[0], idt));
            }
            store(out, r, odt, acc);
        }
        return;
    }
    __shared__ __align__(16) unsigned char raw[RBLOCK * sizeof(A)];
    A* sh = (A*)raw;
    i64 S = gridDim.x;
    i64 chunk = (K + S - 1) / S;
    i64 k0 = blockIdx.x * chunk;
    i64 k1 = min(K, k0 + chunk);
    for (i64 r = blockIdx.y; r < rows; r += gridDim.y) {
        i64 ro[1];
        offsets<1>(Lrow, r, ro);
        A acc = Op::id();
        for (i64 k = k0 + threadIdx.x; k < k1; k += blockDim.x) {
            i64 ko[1];
            offsets<1>(Lred, k, ko);
            acc = Op::comb(acc, Op::load(in, ro[0] + ko[0], idt));
        }
        sh[threadIdx.x] = acc;
        __syncthreads();
        for (int s = blockDim.x / 2; s > 0; s >>= 1) {
            if (threadIdx.x < s) sh[threadIdx.x] = Op::comb(sh[threadIdx.x], sh[threadIdx.x + s]);
            __syncthreads();
        }
        if (threadIdx.x == 0) store(out, r * S + blockIdx.x, odt, sh[0]);
        __syncthreads();
    }
}

#define REDUCE(op, sfx, Op)                                                                                   \
    extern "C" __global__ void reduce_##op##_##sfx(i64 rows, i64 K, Strided<1> Lrow, Strided<1> Lred,        \
                                                   const void* in, int idt, void* out, int odt, int perThread) { \
        reduce_run<Op>(rows, K, Lrow, Lred, in, idt, out, odt, perThread);                                    \
    }

#define ARITH(sfx, T) REDUCE(sum, sfx, SumOp<T>) REDUCE(prod, sfx, ProdOp<T>)
#define ORDER(sfx, T) REDUCE(max, sfx, MaxOp<T>) REDUCE(min, sfx, MinOp<T>)


// ---- argmax / argmin: (value, index) pairs under a total order, so any combination order gives the first
// occurrence of the extreme (NaN counts as the extreme, as in NumPy) -----------------------------------

template <class T> struct Pair { T v; i64 i; };

template <class T, bool MAX>
__device__ __forceinline__ Pair<T> better(Pair<T> a, Pair<T> b) {
    bool an = nan_(a.v), bn = nan_(b.v);
    if (an != bn) return an ? a : b;
    if (!an && a.v != b.v) return (MAX ? a.v > b.v : a.v < b.v) ? a : b;
    return a.i <= b.i ? a : b;
}

// idx == null: positions along the reduced axes are the indices; else indices come from idx (a second pass
// over partial results, contiguous rows x K like vals).
template <class T, bool MAX>
__device__ __forceinline__ void argreduce_run(i64 rows, i64 K, const Strided<1>& Lrow, const Strided<1>& Lred,
                                              const void* in, int idt, const i64* idx, T* outv, i64* outi,
                                              int perThread) {
    Pair<T> none;
    none.v = MAX ? Lim<T>::lo() : Lim<T>::hi();
    none.i = 0x7fffffffffffffffLL;
    if (perThread) {
        GRID_STRIDE(r, rows) {
            i64 ro[1];
            offsets<1>(Lrow, r, ro);
            Pair<T> acc = none;
            for (i64 k = 0; k < K; k++) {
                i64 ko[1];
                offsets<1>(Lred, k, ko);
                Pair<T> e;
                e.v = Ld<T>::at(in, ro[0] + ko[0], idt);
                e.i = idx ? idx[ro[0] + ko[0]] : k;
                acc = better<T, MAX>(acc, e);
            }
            if (outv) outv[r] = acc.v;
            outi[r] = acc.i;
        }
        return;
    }
    __shared__ __align__(16) unsigned char raw[RBLOCK * sizeof(Pair<T>)];
    Pair<T>* sh = (Pair<T>*)raw;
    i64 S = gridDim.x;
    i64 chunk = (K + S - 1) / S;
    i64 k0 = blockIdx.x * chunk;
    i64 k1 = min(K, k0 + chunk);
    for (i64 r = blockIdx.y; r < rows; r += gridDim.y) {
        i64 ro[1];
        offsets<1>(Lrow, r, ro);
        Pair<T> acc = none;
        for (i64 k = k0 + threadIdx.x; k < k1; k += blockDim.x) {
            i64 ko[1];
            offsets<1>(Lred, k, ko);
            Pair<T> e;
            e.v = Ld<T>::at(in, ro[0] + ko[0], idt);
            e.i = idx ? idx[ro[0] + ko[0]] : k;
            acc = better<T, MAX>(acc, e);
        }
        sh[threadIdx.x] = acc;
        __syncthreads();
        for (int s = blockDim.x / 2; s > 0; s >>= 1) {
            if (threadIdx.x < s) sh[threadIdx.x] = better<T, MAX>(sh[threadIdx.x], sh[threadIdx.x + s]);
            __syncthreads();
        }
        if (threadIdx.x == 0) {
            if (outv) outv[r * S + blockIdx.x] = sh[0].v;
            outi[r * S + blockIdx.x] = sh[0].i;
        }
        __syncthreads();
    }
}

#define ARGREDUCE(sfx, T)                                                                                     \
    extern "C" __global__ void argreduce_argmax_##sfx(i64 rows, i64 K, Strided<1> Lrow, Strided<1> Lred,     \
            const void* in, int idt, const i64* idx, T* outv, i64* outi, int perThread) {                     \
        argreduce_run<T, true>(rows, K, Lrow, Lred, in, idt, idx, outv, outi, perThread);                     \
    }                                                                                                         \
    extern "C" __global__ void argreduce_argmin_##sfx(i64 rows, i64 K, Strided<1> Lrow, Strided<1> Lred,     \
            const void* in, int idt, const i64* idx, T* outv, i64* outi, int perThread) {                     \
        argreduce_run<T, false>(rows, K, Lrow, Lred, in, idt, idx, outv, outi, perThread);                    \
    }

// One module per compute kind (tools/build-ptx.sh passes -DXP_KIND_<KIND>), so a program JIT-compiles only
// the kinds it reduces.
#if defined(XP_KIND_B)
ORDER(b, bool) REDUCE(all, b, AllOp) REDUCE(any, b, AnyOp) REDUCE(count, b, CountOp) ARGREDUCE(b, bool)
#elif defined(XP_KIND_I64)
ARITH(i64, i64) ORDER(i64, i64) ARGREDUCE(i64, i64)
#elif defined(XP_KIND_U64)
ARITH(u64, u64) ORDER(u64, u64) ARGREDUCE(u64, u64)
#elif defined(XP_KIND_F32)
ARITH(f32, float) ORDER(f32, float) ARGREDUCE(f32, float)
#elif defined(XP_KIND_F64)
ARITH(f64, double) ORDER(f64, double) ARGREDUCE(f64, double)
#elif defined(XP_KIND_C64)
ARITH(c64, float2)
#elif defined(XP_KIND_C128)
ARITH(c128, double2)
#else
#error "compile with -DXP_KIND_B, _I64, _U64, _F32, _F64, _C64 or _C128"
#endif
