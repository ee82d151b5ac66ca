// sort / argsort along rows, and searchsorted. The host lays the keys out as M rows of P = next power of two
// >= K slots (keys in the compute kind's dtype, idx int64 with -1 marking padding), then runs the bitonic
// network: one sort_step launch per (k, j) stage. The order is total (ties broken by original index), so
// the result is the stable sort; NaNs go last ascending and first descending (array-api's flip rule).
// Entry names: sort_iota, sort_step_<kind>, searchsorted_<kind>.
#include "xp_common.cuh"

template <class T> __device__ __forceinline__ bool isnan_(T v) { return false; }
template <> __device__ __forceinline__ bool isnan_<float>(float v) { return isnan(v); }
template <> __device__ __forceinline__ bool isnan_<double>(double v) { return isnan(v); }
template <> __device__ __forceinline__ bool isnan_<float2>(float2 v) { return isnan(v.x) || isnan(v.y); }
template <> __device__ __forceinline__ bool isnan_<double2>(double2 v) { return isnan(v.x) || isnan(v.y); }

template <class T> __device__ __forceinline__ bool lt_(T a, T b) { return a < b; }
template <> __device__ __forceinline__ bool lt_<float2>(float2 a, float2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }
template <> __device__ __forceinline__ bool lt_<double2>(double2 a, double2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }
template <class T> __device__ __forceinline__ bool eq_(T a, T b) { return a == b; }
template <> __device__ __forceinline__ bool eq_<float2>(float2 a, float2 b) { return a.x == b.x && a.y == b.y; }
template <> __device__ __forceinline__ bool eq_<double2>(double2 a, double2 b) { return a.x == b.x && a.y == b.y; }

// Whether (ka, ia) comes before (kb, ib); index -1 marks padding, which goes after everything.
template <class T>
__device__ __forceinline__ bool before(T ka, i64 ia, T kb, i64 ib, int descending) {
    if (ia < 0) return false;
    if (ib < 0) return true;
    bool na = isnan_(ka), nb = isnan_(kb);
    if (na || nb) {
        if (na && nb) return ia < ib;
        return descending ? na : nb;
    }
    if (eq_(ka, kb)) return ia < ib;
    return descending ? lt_(kb, ka) : lt_(ka, kb);
}

// idx[r*P + k] = k for k < K, -1 for the padding slots.
extern "C" __global__ void sort_iota(i64 M, i64 K, i64 P, i64* idx) {
    GRID_STRIDE(t, M * P) {
        i64 k = t % P;
        idx[t] = k < K ? k : -1;
    }
}

// One compare-exchange stage (block size k, distance j) of the bitonic network over every row.
template <class T>
__device__ __forceinline__ void step_run(i64 M, i64 P, i64 j, i64 k, T* keys, i64* idx, int descending) {
    i64 half = P / 2;
    GRID_STRIDE(t, M * half) {
        i64 r = t / half;
        i64 q = t - r * half;
        i64 i = 2 * j * (q / j) + (q % j);
        i64 l = i + j;
        i64 a = r * P + i, b = r * P + l;
        T ka = keys[a], kb = keys[b];
        i64 ia = idx[a], ib = idx[b];
        bool up = (i & k) == 0;
        bool swap = up ? before(kb, ib, ka, ia, descending) : before(ka, ia, kb, ib, descending);
        if (swap) {
            keys[a] = kb; keys[b] = ka;
            idx[a] = ib; idx[b] = ia;
        }
    }
}

#define SORT(sfx, T)                                                                                    \
    extern "C" __global__ void sort_step_##sfx(i64 M, i64 P, i64 j, i64 k, T* keys, i64* idx, int desc) { \
        step_run<T>(M, P, j, k, keys, idx, desc);                                                       \
    }

SORT(i64, i64) SORT(u64, u64) SORT(f32, float) SORT(f64, double) SORT(c64, float2) SORT(c128, double2)

// NaN-last order for searchsorted.
template <class T>
__device__ __forceinline__ bool less_nan(T x, T y) { return !isnan_(x) && (isnan_(y) || lt_(x, y)); }

// out[i] = insertion point of v[L(i)] into the sorted a[0 .. na) (stride astride): the first position whose
// element is not less than it (left) or greater than it (right).
template <class T>
__device__ __forceinline__ void search_run(i64 n, const Strided<1>& L, const void* v, int vdt, const void* a,
                                           int adt, i64 na, i64 astride, int right, i64* out) {
    GRID_STRIDE(i, n) {
        i64 off[1];
        offsets<1>(L, i, off);
        T x = Ld<T>::at(v, off[0], vdt);
        i64 lo = 0, hi = na;
        while (lo < hi) {
            i64 mid = lo + (hi - lo) / 2;
            T m = Ld<T>::at(a, mid * astride, adt);
            bool goRight = right ? !less_nan(x, m) : less_nan(m, x);
            if (goRight) lo = mid + 1; else hi = mid;
        }
        out[i] = lo;
    }
}

#define SEARCH(sfx, T)                                                                                    \
    extern "C" __global__ void searchsorted_##sfx(i64 n, Strided<1> L, const void* v, int vdt, const void* a, \
                                                  int adt, i64 na, i64 astride, int right, i64* out) {    \
        search_run<T>(n, L, v, vdt, a, adt, na, astride, right, out);                                     \
    }

SEARCH(i64, i64) SEARCH(u64, u64) SEARCH(f32, float) SEARCH(f64, double) SEARCH(c64, float2) SEARCH(c128, double2)
