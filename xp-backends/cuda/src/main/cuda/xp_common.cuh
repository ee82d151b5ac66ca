// Shared definitions of the xpsci cuda kernels: dtype codes, strided layouts, loads and stores that convert
// between any storage dtype and a compute type. Included by every .cu file; compiled to PTX by
// tools/build-ptx.sh. The Java side (org.xpsci.xp.cuda.internal) mirrors the codes and the layout packing.
#pragma once

#ifndef XP_EMULATE
#include <cuda_runtime.h>
#endif
#include <math.h>
#include <stdint.h>

typedef long long i64;
typedef unsigned long long u64;

// dtype codes: org.xpsci.xp.DType ordinals
#define DT_BOOL 0
#define DT_INT8 1
#define DT_INT16 2
#define DT_INT32 3
#define DT_INT64 4
#define DT_UINT8 5
#define DT_UINT16 6
#define DT_UINT32 7
#define DT_UINT64 8
#define DT_FLOAT32 9
#define DT_FLOAT64 10
#define DT_COMPLEX64 11
#define DT_COMPLEX128 12

// The most axes a kernel layout holds after the host has merged contiguous axes (StridedLayout.MAX_DIMS).
#define XP_MAXD 16

// A strided iteration space of `nd` axes and K operands, strides in elements; packed by the host as
// nd, shape[XP_MAXD], strides[K][XP_MAXD] (all 64-bit).
template <int K>
struct Strided {
    i64 nd;
    i64 shape[XP_MAXD];
    i64 st[K][XP_MAXD];
};

// Offsets (elements) of flat C-order position i in each operand. The loop stays rolled: the compiler reads
// the layout from parameter space by address (no local-memory copy) and divides in 32 bits when it can.
template <int K>
__device__ __forceinline__ void offsets(const Strided<K>& L, i64 i, i64 off[K]) {
    if (L.nd == 1) {
#pragma unroll
        for (int k = 0; k < K; k++) off[k] = i * L.st[k][0];
        return;
    }
#pragma unroll
    for (int k = 0; k < K; k++) off[k] = 0;
#pragma unroll 1
    for (int d = (int)L.nd - 1; d >= 0; d--) {
        i64 n = L.shape[d];
        i64 c = i % n;
        i /= n;
#pragma unroll
        for (int k = 0; k < K; k++) off[k] += c * L.st[k][d];
    }
}

#define GRID_STRIDE(i, n) \
    for (i64 i = (i64)blockIdx.x * blockDim.x + threadIdx.x; i < (n); i += (i64)blockDim.x * gridDim.x)

// ---- conversions from any storage dtype -------------------------------------------------------------

__device__ __forceinline__ u64 f2u(double v) {
    return v < 0 ? (u64)(i64)v : (u64)v;
}

__device__ __forceinline__ i64 ld_i64(const void* p, i64 i, int dt) {
    switch (dt) {
        case DT_BOOL: case DT_UINT8: return ((const unsigned char*)p)[i];
        case DT_INT8: return ((const signed char*)p)[i];
        case DT_INT16: return ((const short*)p)[i];
        case DT_INT32: return ((const int*)p)[i];
        case DT_UINT16: return ((const unsigned short*)p)[i];
        case DT_UINT32: return ((const unsigned int*)p)[i];
        case DT_FLOAT32: return (i64)((const float*)p)[i];
        case DT_FLOAT64: return (i64)((const double*)p)[i];
        case DT_COMPLEX64: return (i64)((const float2*)p)[i].x;
        case DT_COMPLEX128: return (i64)((const double2*)p)[i].x;
        default: return ((const i64*)p)[i];
    }
}

__device__ __forceinline__ u64 ld_u64(const void* p, i64 i, int dt) {
    switch (dt) {
        case DT_FLOAT32: return f2u(((const float*)p)[i]);
        case DT_FLOAT64: return f2u(((const double*)p)[i]);
        case DT_COMPLEX64: return f2u(((const float2*)p)[i].x);
        case DT_COMPLEX128: return f2u(((const double2*)p)[i].x);
        default: return (u64)ld_i64(p, i, dt);
    }
}

__device__ __forceinline__ double ld_f64(const void* p, i64 i, int dt) {
    switch (dt) {
        case DT_UINT64: return (double)((const u64*)p)[i];
        case DT_FLOAT32: return ((const float*)p)[i];
        case DT_FLOAT64: return ((const double*)p)[i];
        case DT_COMPLEX64: return ((const float2*)p)[i].x;
        case DT_COMPLEX128: return ((const double2*)p)[i].x;
        default: return (double)ld_i64(p, i, dt);
    }
}

__device__ __forceinline__ float ld_f32(const void* p, i64 i, int dt) {
    switch (dt) {
        case DT_FLOAT32: return ((const float*)p)[i];
        case DT_COMPLEX64: return ((const float2*)p)[i].x;
        default: return (float)ld_f64(p, i, dt);
    }
}

__device__ __forceinline__ double2 ld_c128(const void* p, i64 i, int dt) {
    switch (dt) {
        case DT_COMPLEX64: { float2 v = ((const float2*)p)[i]; return make_double2(v.x, v.y); }
        case DT_COMPLEX128: return ((const double2*)p)[i];
        default: return make_double2(ld_f64(p, i, dt), 0.0);
    }
}

__device__ __forceinline__ float2 ld_c64(const void* p, i64 i, int dt) {
    switch (dt) {
        case DT_COMPLEX64: return ((const float2*)p)[i];
        case DT_COMPLEX128: { double2 v = ((const double2*)p)[i]; return make_float2((float)v.x, (float)v.y); }
        case DT_FLOAT32: return make_float2(((const float*)p)[i], 0.0f);
        default: return make_float2((float)ld_f64(p, i, dt), 0.0f);
    }
}

__device__ __forceinline__ bool ld_bool(const void* p, i64 i, int dt) {
    switch (dt) {
        case DT_FLOAT32: return ((const float*)p)[i] != 0.0f;
        case DT_FLOAT64: return ((const double*)p)[i] != 0.0;
        case DT_COMPLEX64: { float2 v = ((const float2*)p)[i]; return v.x != 0.0f || v.y != 0.0f; }
        case DT_COMPLEX128: { double2 v = ((const double2*)p)[i]; return v.x != 0.0 || v.y != 0.0; }
        default: return ld_i64(p, i, dt) != 0;
    }
}

// Typed loads: Ld<T>::at(p, i, dt) converts storage dtype dt to compute type T.
template <class T> struct Ld;
template <> struct Ld<bool> { static __device__ __forceinline__ bool at(const void* p, i64 i, int dt) { return ld_bool(p, i, dt); } };
template <> struct Ld<i64> { static __device__ __forceinline__ i64 at(const void* p, i64 i, int dt) { return ld_i64(p, i, dt); } };
template <> struct Ld<u64> { static __device__ __forceinline__ u64 at(const void* p, i64 i, int dt) { return ld_u64(p, i, dt); } };
template <> struct Ld<float> { static __device__ __forceinline__ float at(const void* p, i64 i, int dt) { return ld_f32(p, i, dt); } };
template <> struct Ld<double> { static __device__ __forceinline__ double at(const void* p, i64 i, int dt) { return ld_f64(p, i, dt); } };
template <> struct Ld<float2> { static __device__ __forceinline__ float2 at(const void* p, i64 i, int dt) { return ld_c64(p, i, dt); } };
template <> struct Ld<double2> { static __device__ __forceinline__ double2 at(const void* p, i64 i, int dt) { return ld_c128(p, i, dt); } };

// ---- conversions to any storage dtype ---------------------------------------------------------------

__device__ __forceinline__ void st_int(void* p, i64 i, int dt, i64 v) {
    switch (dt) {
        case DT_BOOL: ((unsigned char*)p)[i] = v != 0; break;
        case DT_INT8: case DT_UINT8: ((unsigned char*)p)[i] = (unsigned char)v; break;
        case DT_INT16: case DT_UINT16: ((unsigned short*)p)[i] = (unsigned short)v; break;
        case DT_INT32: case DT_UINT32: ((unsigned int*)p)[i] = (unsigned int)v; break;
        case DT_FLOAT32: ((float*)p)[i] = (float)v; break;
        case DT_FLOAT64: ((double*)p)[i] = (double)v; break;
        case DT_COMPLEX64: ((float2*)p)[i] = make_float2((float)v, 0.0f); break;
        case DT_COMPLEX128: ((double2*)p)[i] = make_double2((double)v, 0.0); break;
        default: ((i64*)p)[i] = v; break;
    }
}

__device__ __forceinline__ void store(void* p, i64 i, int dt, i64 v) { st_int(p, i, dt, v); }

__device__ __forceinline__ void store(void* p, i64 i, int dt, u64 v) {
    switch (dt) {
        case DT_FLOAT32: ((float*)p)[i] = (float)v; break;
        case DT_FLOAT64: ((double*)p)[i] = (double)v; break;
        case DT_COMPLEX64: ((float2*)p)[i] = make_float2((float)v, 0.0f); break;
        case DT_COMPLEX128: ((double2*)p)[i] = make_double2((double)v, 0.0); break;
        default: st_int(p, i, dt, (i64)v); break;
    }
}

__device__ __forceinline__ void store(void* p, i64 i, int dt, bool v) { st_int(p, i, dt, v ? 1 : 0); }

__device__ __forceinline__ void store(void* p, i64 i, int dt, double2 v) {
    switch (dt) {
        case DT_BOOL: ((unsigned char*)p)[i] = v.x != 0.0 || v.y != 0.0; break;
        case DT_FLOAT32: ((float*)p)[i] = (float)v.x; break;
        case DT_FLOAT64: ((double*)p)[i] = v.x; break;
        case DT_COMPLEX64: ((float2*)p)[i] = make_float2((float)v.x, (float)v.y); break;
        case DT_COMPLEX128: ((double2*)p)[i] = v; break;
        case DT_UINT64: ((u64*)p)[i] = f2u(v.x); break;
        case DT_UINT8: case DT_UINT16: case DT_UINT32: st_int(p, i, dt, (i64)f2u(v.x)); break;
        default: st_int(p, i, dt, (i64)v.x); break;
    }
}

__device__ __forceinline__ void store(void* p, i64 i, int dt, double v) {
    switch (dt) {
        case DT_FLOAT64: ((double*)p)[i] = v; break;
        case DT_FLOAT32: ((float*)p)[i] = (float)v; break;
        default: store(p, i, dt, make_double2(v, 0.0)); break;
    }
}

__device__ __forceinline__ void store(void* p, i64 i, int dt, float v) {
    if (dt == DT_FLOAT32) {
        ((float*)p)[i] = v;
    } else {
        store(p, i, dt, (double)v);
    }
}

__device__ __forceinline__ void store(void* p, i64 i, int dt, float2 v) {
    if (dt == DT_COMPLEX64) {
        ((float2*)p)[i] = v;
    } else {
        store(p, i, dt, make_double2(v.x, v.y));
    }
}

// Copies one element of `size` bytes (1, 2, 4, 8 or 16) without conversion.
__device__ __forceinline__ void copy_item(const void* s, i64 si, void* d, i64 di, int size) {
    switch (size) {
        case 1: ((unsigned char*)d)[di] = ((const unsigned char*)s)[si]; break;
        case 2: ((unsigned short*)d)[di] = ((const unsigned short*)s)[si]; break;
        case 4: ((unsigned int*)d)[di] = ((const unsigned int*)s)[si]; break;
        case 8: ((u64*)d)[di] = ((const u64*)s)[si]; break;
        default: ((double2*)d)[di] = ((const double2*)s)[si]; break;
    }
}
