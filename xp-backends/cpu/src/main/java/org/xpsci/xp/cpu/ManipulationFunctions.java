package org.xpsci.xp.cpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.spi.ShapeRules;
import org.xpsci.xp.spi.StridedLayout;

/** The standard's manipulation functions on the cpu; views wherever the layout allows. */
final class ManipulationFunctions {

    private final CpuNamespace ns;

    ManipulationFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    List<NdArray> broadcastArrays(CpuArray... arrays) {
        int[][] shapes = new int[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            shapes[i] = arrays[i].shapeRef();
        }
        int[] shape = Broadcast.shapes(shapes);
        List<NdArray> out = new ArrayList<>();
        for (CpuArray a : arrays) {
            out.add(broadcastTo(a, shape));
        }
        return out;
    }

    CpuArray broadcastTo(CpuArray x, int[] shape) {
        if (Arrays.equals(x.shapeRef(), shape)) {
            return x;
        }
        return x.readOnlyView(x.layout().broadcastTo(shape));
    }

    CpuArray concat(List<CpuArray> arrays, Integer axis) {
        DType dt = arrays.get(0).dtype();
        for (CpuArray a : arrays) {
            dt = Promotion.resultType(dt, a.dtype(), Promotion.Rules.NUMPY);
        }
        if (axis == null) {
            List<CpuArray> flat = new ArrayList<>();
            for (CpuArray a : arrays) {
                flat.add(reshape(a, new int[] {-1}, null));
            }
            return concat(flat, 0);
        }
        int[] shape = ShapeRules.concat(shapes(arrays), axis);
        int ax = Axes.normalize(axis, shape.length);
        CpuArray out = CpuArray.allocate(ns, dt, shape);
        int at = 0;
        for (CpuArray a : arrays) {
            int len = a.shapeRef()[ax];
            if (len > 0) {
                Index[] idx = new Index[shape.length];
                Arrays.fill(idx, Index.all());
                idx[ax] = Index.range(at, at + len);
                CpuArray dst = ns.indexing().get(out, idx);
                ns.dataTypes().assign(a, dst);
            }
            at += len;
        }
        return out;
    }

    CpuArray expandDims(CpuArray x, int axis) {
        return x.view(x.layout().expandDims(axis));
    }

    /** Flips along axes; null or empty flips every axis. */
    CpuArray flip(CpuArray x, int[] axes) {
        return x.view(x.layout().flip(axes));
    }

    CpuArray moveaxis(CpuArray x, int[] source, int[] destination) {
        return x.view(x.layout().moveaxis(source, destination));
    }

    CpuArray permuteDims(CpuArray x, int[] axes) {
        return x.view(x.layout().permuteDims(axes));
    }

    CpuArray matrixTranspose(CpuArray x) {
        return x.view(x.layout().matrixTranspose());
    }

    CpuArray repeat(CpuArray x, CpuArray repeats, Integer axis) {
        if (!repeats.dtype().isIntegral()) {
            throw new IllegalArgumentException("repeats must have an integer dtype; got " + repeats.dtype());
        }
        long[] r = org.xpsci.xp.Xp.toLongArray(repeats);
        if (repeats.ndim() > 1) {
            throw new IllegalArgumentException("repeats must be 0-d or 1-d; got shape "
                    + Broadcast.format(repeats.shapeRef()));
        }
        CpuArray src = axis == null ? reshape(x, new int[] {-1}, null) : x;
        int ax = axis == null ? 0 : Axes.normalize(axis, x.ndim());
        long[] p = ShapeRules.repeatPositions(r, src.shapeRef()[ax], ax);
        return ns.indexing().take(src, p, ax, new int[] {p.length});
    }

    CpuArray repeat(CpuArray x, long repeats, Integer axis) {
        return repeat(x, (CpuArray) ns.asarray(new long[] {repeats}), axis);
    }

    CpuArray reshape(CpuArray x, int[] shape, Boolean copy) {
        int[] target = StridedLayout.reshapeTarget(shape, x.shapeRef());
        StridedLayout view = x.layout().reshapeView(target, copy);
        if (view != null) {
            return x.view(view);
        }
        return ns.copyOf(x).view(StridedLayout.contiguous(target));
    }

    CpuArray roll(CpuArray x, int[] shifts, int[] axes) {
        CpuArray src = axes == null ? reshape(x, new int[] {-1}, null) : x;
        int[] shift = ShapeRules.rollShifts(src.shapeRef(), shifts, axes);
        CpuArray cur = src;
        for (int a = 0; a < shift.length; a++) {
            int n = src.shapeRef()[a];
            if (shift[a] == 0) {
                continue;
            }
            long[] p = new long[n];
            for (int i = 0; i < n; i++) {
                p[i] = Math.floorMod(i - shift[a], n);
            }
            cur = ns.indexing().take(cur, p, a, new int[] {n});
        }
        CpuArray out = cur == src ? ns.copyOf(src) : cur;
        return axes == null ? reshape(out, x.shapeRef(), null) : out;
    }

    /** Removes the named axes; null or empty removes every axis of length 1. */
    CpuArray squeeze(CpuArray x, int[] axes) {
        return x.view(x.layout().squeeze(axes));
    }

    CpuArray stack(List<CpuArray> arrays, int axis) {
        ShapeRules.stack(shapes(arrays), axis);
        List<CpuArray> expanded = new ArrayList<>();
        for (CpuArray a : arrays) {
            expanded.add(expandDims(a, axis));
        }
        return concat(expanded, axis);
    }

    /** The arrays' shapes (not copied). */
    static List<int[]> shapes(List<CpuArray> arrays) {
        List<int[]> out = new ArrayList<>(arrays.size());
        for (CpuArray a : arrays) {
            out.add(a.shapeRef());
        }
        return out;
    }

    CpuArray tile(CpuArray x, int[] reps) {
        ShapeRules.Tiling t = ShapeRules.tile(x.shapeRef(), reps);
        int[] s = t.shape();
        int[] r = t.reps();
        CpuArray cur = reshape(x, s, null);
        boolean copied = false;
        for (int a = 0; a < s.length; a++) {
            if (r[a] == 1) {
                continue;
            }
            int n = s[a];
            long[] p = new long[Math.multiplyExact(n, r[a])];
            for (int i = 0; i < p.length; i++) {
                p[i] = i % n;
            }
            cur = ns.indexing().take(cur, p, a, new int[] {p.length});
            copied = true;
        }
        return copied ? cur : ns.copyOf(cur);
    }

    List<NdArray> unstack(CpuArray x, int axis) {
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("unstack needs an array of at least 1 dimension; got a 0-d array");
        }
        int ax = Axes.normalize(axis, x.ndim());
        List<NdArray> out = new ArrayList<>();
        for (int i = 0; i < x.shapeRef()[ax]; i++) {
            Index[] idx = new Index[x.ndim()];
            Arrays.fill(idx, Index.all());
            idx[ax] = Index.at(i);
            out.add(ns.indexing().get(x, idx));
        }
        return out;
    }
}
