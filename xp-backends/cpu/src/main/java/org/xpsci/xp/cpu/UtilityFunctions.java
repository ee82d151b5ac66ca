package org.xpsci.xp.cpu;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.Truth;

/**
 * all, any and diff on the cpu. all/any test truth (non-zero, NaN included; complex with either part
 * non-zero); diff subtracts neighbours along an axis, n times, in the dtype of x (after promotion with
 * prepend/append), with bool differences meaning "not equal" as in NumPy.
 */
final class UtilityFunctions {

    private final CpuNamespace ns;

    UtilityFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray all(CpuArray x, int[] axes, boolean keepdims) {
        return ns.statistics().reduce(x, axes, keepdims, DType.BOOL, new Truth(Truth.Mode.ALL));
    }

    CpuArray any(CpuArray x, int[] axes, boolean keepdims) {
        return ns.statistics().reduce(x, axes, keepdims, DType.BOOL, new Truth(Truth.Mode.ANY));
    }

    CpuArray diff(CpuArray x, int axis, int n, CpuArray prepend, CpuArray append) {
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("diff requires input that is at least one dimensional; got a 0-d"
                    + " array");
        }
        if (n < 0) {
            throw new IllegalArgumentException("n must be a non-negative number of differences; got " + n);
        }
        int ax = Axes.normalize(axis, x.ndim());
        CpuArray a = x;
        if (prepend != null || append != null) {
            List<CpuArray> parts = new ArrayList<>(3);
            if (prepend != null) {
                parts.add(edge(prepend, x, ax, "prepend"));
            }
            parts.add(x);
            if (append != null) {
                parts.add(edge(append, x, ax, "append"));
            }
            a = ns.manipulation().concat(parts, ax);
        }
        for (int k = 0; k < n && a.shapeRef()[ax] > 0; k++) {
            a = difference(a, ax);
        }
        return a;
    }

    /** One forward difference along ax: {@code a[1:] - a[:-1]} (for bool: {@code a[1:] != a[:-1]}). */
    private CpuArray difference(CpuArray a, int ax) {
        int[] shape = a.shape();
        shape[ax] -= 1;
        CpuArray hi = a.view(shape, a.strides(), a.offset() + a.strides()[ax]);
        CpuArray lo = a.view(shape, a.strides(), a.offset());
        if (!a.dtype().isBool()) {
            return ns.elementwise().binary(ElementwiseOp.SUBTRACT, hi, lo);
        }
        CpuArray d = ns.elementwise().binary(ElementwiseOp.SUBTRACT, ns.dataTypes().copy(hi, DType.INT8),
                ns.dataTypes().copy(lo, DType.INT8));
        return ns.dataTypes().copy(d, DType.BOOL);
    }

    /** prepend/append checked against x and, when 0-d, broadcast to x's shape with length 1 along ax. */
    private CpuArray edge(CpuArray p, CpuArray x, int ax, String name) {
        int[] shape = x.shape();
        if (p.ndim() == 0) {
            shape[ax] = 1;
            return ns.manipulation().broadcastTo(p, shape);
        }
        boolean ok = p.ndim() == x.ndim();
        for (int d = 0; ok && d < shape.length; d++) {
            ok = d == ax || p.shapeRef()[d] == shape[d];
        }
        if (!ok) {
            throw new IllegalArgumentException(name + " must have x's shape " + Broadcast.format(shape)
                    + " except along axis " + ax + " (or be 0-d); got shape " + Broadcast.format(p.shapeRef()));
        }
        return p;
    }
}
