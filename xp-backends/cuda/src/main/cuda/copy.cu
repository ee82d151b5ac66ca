// Copies with dtype conversion (astype, assignment into views, broadcasting copies), fills, ramps
// (arange, linspace), eye, tril/triu and where. Every kernel takes a grid-stride loop over n elements.
#include "xp_common.cuh"

__device__ __forceinline__ bool is_int_or_bool(int dt) { return dt <= DT_UINT64; }

// dst[off0] = convert(src[off1]) for n positions of a strided layout; NumPy's casting rules (floats truncate
// toward zero into integers, complex to real keeps the real part, anything non-zero is true).
extern "C" __global__ void copy_cast(i64 n, Strided<2> L, const void* src, int sdt, void* dst, int ddt, int itemsize) {
    GRID_STRIDE(i, n) {
        i64 off[2];
        offsets<2>(L, i, off);
        if (sdt == ddt) {
            copy_item(src, off[1], dst, off[0], itemsize);
        } else if (ddt == DT_BOOL) {
            store(dst, off[0], ddt, ld_bool(src, off[1], sdt));
        } else if (is_int_or_bool(sdt)) {
            if (sdt == DT_UINT64) {
                store(dst, off[0], ddt, (u64)ld_i64(src, off[1], sdt));
            } else {
                store(dst, off[0], ddt, ld_i64(src, off[1], sdt));
            }
        } else {
            store(dst, off[0], ddt, ld_c128(src, off[1], sdt));
        }
    }
}

// Fills n contiguous elements with one value: integers and bool from ival, floating dtypes from (re, im).
extern "C" __global__ void fill(i64 n, void* dst, int ddt, double re, double im, i64 ival) {
    GRID_STRIDE(i, n) {
        if (is_int_or_bool(ddt)) {
            st_int(dst, i, ddt, ival);
        } else {
            store(dst, i, ddt, make_double2(re, im));
        }
    }
}

// out[i] = start + i * step (integers exactly from i0/di when integral), with out[last] = (lre, lim) when
// last >= 0 (linspace's exact endpoint).
extern "C" __global__ void ramp(i64 n, void* dst, int ddt, double re0, double im0, double dre, double dim, i64 i0,
                                i64 di, int integral, i64 last, double lre, double lim) {
    GRID_STRIDE(i, n) {
        if (integral) {
            st_int(dst, i, ddt, i0 + i * di);
        } else if (i == last) {
            store(dst, i, ddt, make_double2(lre, lim));
        } else {
            store(dst, i, ddt, make_double2(re0 + (double)i * dre, im0 + (double)i * dim));
        }
    }
}

// A rows x cols identity-like matrix with ones on diagonal k (contiguous).
extern "C" __global__ void eye(i64 n, i64 cols, i64 k, void* dst, int ddt) {
    GRID_STRIDE(i, n) {
        i64 r = i / cols;
        i64 c = i - r * cols;
        st_int(dst, i, ddt, c - r == k ? 1 : 0);
    }
}

// Zeroes, in place, the part of each contiguous rows x cols matrix outside the triangle: above diagonal k
// for tril (lower != 0), below it for triu.
extern "C" __global__ void tri_zero(i64 n, i64 rows, i64 cols, i64 k, int lower, void* dst, int itemsize) {
    const double2 zero = make_double2(0.0, 0.0);
    GRID_STRIDE(i, n) {
        i64 m = i % (rows * cols);
        i64 r = m / cols;
        i64 c = m - r * cols;
        bool drop = lower ? c > r + k : c < r + k;
        if (drop) {
            copy_item(&zero, 0, dst, i, itemsize);
        }
    }
}

// out[off0] = cond[off1] ? a[off2] : b[off3]; a, b and out share one dtype of `itemsize` bytes.
extern "C" __global__ void where_select(i64 n, Strided<4> L, const void* cond, int cdt, const void* a, const void* b,
                                        void* dst, int itemsize) {
    GRID_STRIDE(i, n) {
        i64 off[4];
        offsets<4>(L, i, off);
        if (ld_bool(cond, off[1], cdt)) {
            copy_item(a, off[2], dst, off[0], itemsize);
        } else {
            copy_item(b, off[3], dst, off[0], itemsize);
        }
    }
}
