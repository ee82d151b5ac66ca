// Gathers and scatters along one axis (take, integer-array and mask indexing, set with such indices) and
// take_along_axis. Positions may be negative (counted from the end); one out of range sets *err to 1 and the
// host raises IndexOutOfBoundsException after the launch.
#include "xp_common.cuh"

__device__ __forceinline__ bool resolve(i64* p, i64 bound, int* err) {
    i64 q = *p < 0 ? *p + bound : *p;
    if (q < 0 || q >= bound) {
        *err = 1;
        return false;
    }
    *p = q;
    return true;
}

// Over the n positions of L (operand 0 = dst, operand 1 = src), the coordinate j along `axis` is replaced by
// pos[j] in operand `indexed` (1: gather, dst[..j..] = src[..pos[j]..]; 0: scatter, dst[..pos[j]..] = src[..j..]).
extern "C" __global__ void gather_scatter(i64 n, Strided<2> L, int axis, const void* pos, int pdt, i64 bound,
                                          int indexed, const void* src, void* dst, int itemsize, int* err) {
    GRID_STRIDE(i, n) {
        i64 off0 = 0, off1 = 0, rest = i;
        bool ok = true;
        for (int d = (int)L.nd - 1; d >= 0; d--) {
            i64 c = rest % L.shape[d];
            rest /= L.shape[d];
            if (d == axis) {
                i64 p = ld_i64(pos, c, pdt);
                ok = resolve(&p, bound, err);
                off0 += (indexed == 0 ? p : c) * L.st[0][d];
                off1 += (indexed == 1 ? p : c) * L.st[1][d];
            } else {
                off0 += c * L.st[0][d];
                off1 += c * L.st[1][d];
            }
        }
        if (ok) {
            copy_item(src, off1, dst, off0, itemsize);
        }
    }
}

// take_along_axis: over the n positions of the output (operand 0), operand 1 is x and operand 2 the
// indices; along `axis` x is read at the index found at the same position of the indices.
extern "C" __global__ void take_along(i64 n, Strided<3> L, int axis, const void* x, const void* idx, int idt,
                                      i64 bound, void* dst, int itemsize, int* err) {
    GRID_STRIDE(i, n) {
        i64 off[3];
        offsets<3>(L, i, off);
        i64 p = ld_i64(idx, off[2], idt);
        if (resolve(&p, bound, err)) {
            i64 c = i;
            for (int d = (int)L.nd - 1; d > axis; d--) c /= L.shape[d];
            c %= L.shape[axis];
            copy_item(x, off[1] + (p - c) * L.st[1][axis], dst, off[0], itemsize);
        }
    }
}
