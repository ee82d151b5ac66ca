package org.xpsci.xp.cpu;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.cpu.kernel.ArgExtremum;
import org.xpsci.xp.cpu.kernel.BinarySearch;
import org.xpsci.xp.cpu.kernel.Kind;
import org.xpsci.xp.cpu.kernel.Loader;
import org.xpsci.xp.cpu.kernel.NonzeroIndices;
import org.xpsci.xp.cpu.kernel.Select;
import org.xpsci.xp.cpu.kernel.Truth;

/**
 * argmax, argmin, count_nonzero, nonzero, searchsorted and where on the cpu. Indices are int64 (the default
 * index dtype). argmax/argmin return the first occurrence, and a NaN counts as the extreme value (NumPy's
 * rule); searchsorted orders NaN last and complex numbers lexicographically, as NumPy's sort does.
 */
final class SearchingFunctions {

    private final CpuNamespace ns;

    SearchingFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray argmax(CpuArray x, Integer axis, boolean keepdims) {
        return arg(x, axis, keepdims, true);
    }

    CpuArray argmin(CpuArray x, Integer axis, boolean keepdims) {
        return arg(x, axis, keepdims, false);
    }

    CpuArray countNonzero(CpuArray x, int[] axes, boolean keepdims) {
        return ns.statistics().reduce(x, axes, keepdims, DType.INT64, new Truth(Truth.Mode.COUNT));
    }

    List<NdArray> nonzero(CpuArray x) {
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("nonzero is not defined for 0-d arrays (the array API standard"
                    + " requires at least one dimension); reshape x to shape (1,) first");
        }
        CpuArray count = countNonzero(x, null, false);
        long[][] indices = NonzeroIndices.find(x.buffer(), (int) count.longValue());
        List<NdArray> out = new ArrayList<>(indices.length);
        for (long[] axisIndices : indices) {
            out.add(new CpuArray(ns, DType.INT64, new int[] {axisIndices.length}, new int[] {1}, 0, axisIndices,
                    true));
        }
        return out;
    }

    CpuArray searchsorted(CpuArray x1, CpuArray x2, String side, CpuArray sorter) {
        if (x1.ndim() != 1) {
            throw new IllegalArgumentException("searchsorted needs a one-dimensional x1; got shape "
                    + Broadcast.format(x1.shapeRef()));
        }
        boolean right = parseSide(side);
        long[] order = sorter == null ? null : sorterIndices(sorter, x1.shapeRef()[0]);
        DType common = Promotion.resultType(x1.dtype(), x2.dtype(), Promotion.Rules.NUMPY);
        Kind kind = common.isRealFloating() ? Kind.DOUBLE
                : common.isComplexFloating() ? Kind.COMPLEX
                : common.isUnsignedInteger() ? Kind.ULONG : Kind.LONG;
        CpuArray out = CpuArray.allocate(ns, DType.INT64, x2.shapeRef());
        BinarySearch.run(x1.buffer(), order, x2.buffer(), kind, right, (long[]) out.data());
        return out;
    }

    CpuArray where(CpuArray condition, CpuArray x1, CpuArray x2) {
        DType dtype = Promotion.resultType(x1.dtype(), x2.dtype(), Promotion.Rules.NUMPY);
        int[] shape = Broadcast.shapes(condition.shapeRef(), x1.shapeRef(), x2.shapeRef());
        CpuArray out = CpuArray.allocate(ns, dtype, shape);
        Select.run(out.buffer(), over(condition, shape), over(x1, shape), over(x2, shape));
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private CpuArray arg(CpuArray x, Integer axis, boolean keepdims, boolean max) {
        String name = max ? "argmax" : "argmin";
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException(name + " is not defined for complex input (the array API standard"
                    + " leaves the order of complex numbers unspecified); got " + x.dtype()
                    + "; search the real part or the magnitude instead");
        }
        if (axis == null) {
            if (x.size() == 0) {
                throw new IllegalArgumentException("attempt to get " + name + " of an empty sequence (x has shape "
                        + Broadcast.format(x.shapeRef()) + ")");
            }
            CpuArray flat = x.isContiguous() ? x : ns.copyOf(x);
            CpuArray line = flat.view(new int[] {(int) x.size()}, new int[] {1}, flat.offset());
            int[] shape = keepdims ? ones(x.ndim()) : new int[0];
            CpuArray out = CpuArray.allocate(ns, DType.INT64, shape);
            ArgExtremum.run(line.buffer(), 0, (long[]) out.data(), max);
            return out;
        }
        int ax = Axes.normalize(axis, x.ndim());
        int[] shape = Axes.reducedShape(x.shapeRef(), new int[] {ax}, keepdims);
        if (x.shapeRef()[ax] == 0 && Axes.size(shape) > 0) {
            throw new IllegalArgumentException("attempt to get " + name + " of an empty sequence (axis " + axis
                    + " of x with shape " + Broadcast.format(x.shapeRef()) + " has length 0)");
        }
        CpuArray out = CpuArray.allocate(ns, DType.INT64, shape);
        ArgExtremum.run(x.buffer(), ax, (long[]) out.data(), max);
        return out;
    }

    private static int[] ones(int n) {
        int[] s = new int[n];
        java.util.Arrays.fill(s, 1);
        return s;
    }

    private static boolean parseSide(String side) {
        if ("left".equals(side)) {
            return false;
        }
        if ("right".equals(side)) {
            return true;
        }
        throw new IllegalArgumentException("side must be 'left' or 'right'; got " + (side == null ? "null"
                : "'" + side + "'"));
    }

    /** The sorter as positions, checked: an integer array of x1's length whose entries index x1. */
    private static long[] sorterIndices(CpuArray sorter, int n) {
        if (!sorter.dtype().isIntegral()) {
            throw new IllegalArgumentException("sorter must have an integer dtype; got " + sorter.dtype());
        }
        if (sorter.ndim() != 1 || sorter.shapeRef()[0] != n) {
            throw new IllegalArgumentException("sorter must have x1's shape (" + n + ",); got "
                    + Broadcast.format(sorter.shapeRef()));
        }
        long[] order = new long[n];
        Loader.toLong(sorter.data(), sorter.dtype(), sorter.offset(), n == 0 ? 1 : sorter.strides()[0], n, order);
        for (int i = 0; i < n; i++) {
            if (order[i] < 0 || order[i] >= n) {
                throw new IllegalArgumentException("sorter[" + i + "] = "
                        + (sorter.dtype() == DType.UINT64 ? Long.toUnsignedString(order[i]) : order[i])
                        + " is out of range for x1 of length " + n + "; sorter must hold indices in [0, " + n + ")");
            }
        }
        return order;
    }

    /** x's buffer laid over {@code shape} by broadcasting. */
    private static HostBuffer over(CpuArray x, int[] shape) {
        return new HostBuffer(x.data(), x.dtype(), shape, Layout.broadcastStrides(x.shapeRef(), x.strides(), shape),
                x.offset());
    }
}
