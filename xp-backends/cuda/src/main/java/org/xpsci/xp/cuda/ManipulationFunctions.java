package org.xpsci.xp.cuda;

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

/** The standard's manipulation functions on the device; views wherever the layout allows. */
final class ManipulationFunctions {

    private final CudaNamespace ns;

    ManipulationFunctions(CudaNamespace ns) {
        this.ns = ns;
    }

    List<NdArray> broadcastArrays(CudaArray... arrays) {
        int[][] shapes = new int[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            shapes[i] = arrays[i].shapeRef();
        }
        int[] shape = Broadcast.shapes(shapes);
        List<NdArray> out = new ArrayList<>();
        for (CudaArray a : arrays) {
            out.add(broadcastTo(a, shape));
        }
        return out;
    }

    CudaArray broadcastTo(CudaArray x, int[] shape) {
        if (Arrays.equals(x.shapeRef(), shape)) {
            return x;
        }
        return x.readOnlyView(x.layout().broadcastTo(shape));
    }

    CudaArray concat(List<CudaArray> arrays, Integer axis) {
        DType dt = arrays.get(0).dtype();
        for (CudaArray a : arrays) {
            dt = Promotion.resultType(dt, a.dtype(), Promotion.Rules.NUMPY);
        }
        if (axis == null) {
            List<CudaArray> flat = new ArrayList<>();
            for (CudaArray a : arrays) {
                flat.add(reshape(a, new int[] {-1}, null));
            }
            return concat(flat, 0);
        }
        int[] shape = ShapeRules.concat(shapes(arrays), axis);
        int ax = Axes.normalize(axis, shape.length);
        CudaArray out = CudaArray.allocate(ns, ns.sameDevice(arrays.toArray(new CudaArray[0])), dt, shape);
        int at = 0;
        for (CudaArray a : arrays) {
            int len = a.shapeRef()[ax];
            if (len > 0) {
                Index[] idx = new Index[shape.length];
                Arrays.fill(idx, Index.all());
                idx[ax] = Index.range(at, at + len);
                CudaArray dst = ns.indexing().get(out, idx);
                ns.dataTypes().assign(a, dst);
            }
            at += len;
        }
        return out;
    }

    CudaArray expandDims(CudaArray x, int axis) {
        return x.view(x.layout().expandDims(axis));
    }

    /** Flips along axes; null or empty flips every axis. */
    CudaArray flip(CudaArray x, int[] axes) {
        return x.view(x.layout().flip(axes));
    }

    CudaArray moveaxis(CudaArray x, int[] source, int[] destination) {
        return x.view(x.layout().moveaxis(source, destination));
    }

    CudaArray permuteDims(CudaArray x, int[] axes) {
        return x.view(x.layout().permuteDims(axes));
    }

    CudaArray matrixTranspose(CudaArray x) {
        return x.view(x.layout().matrixTranspose());
    }

    /** {@code repeat}; the counts are read on the host, since they decide the result's shape. */
    CudaArray repeat(CudaArray x, CudaArray repeats, Integer axis) {
        if (!repeats.dtype().isIntegral()) {
            throw new IllegalArgumentException("repeats must have an integer dtype; got " + repeats.dtype());
        }
        if (repeats.ndim() > 1) {
            throw new IllegalArgumentException("repeats must be 0-d or 1-d; got shape "
                    + Broadcast.format(repeats.shapeRef()));
        }
        long[] r = toLongs(ns.transfers().download(ns.dataTypes().as(repeats, DType.INT64)));
        return repeat(x, r, axis);
    }

    private static long[] toLongs(Object data) {
        return (long[]) data;
    }

    private CudaArray repeat(CudaArray x, long[] r, Integer axis) {
        CudaArray src = axis == null ? reshape(x, new int[] {-1}, null) : x;
        int ax = axis == null ? 0 : Axes.normalize(axis, x.ndim());
        long[] p = ShapeRules.repeatPositions(r, src.shapeRef()[ax], ax);
        return take(src, p, ax);
    }

    CudaArray repeat(CudaArray x, long repeats, Integer axis) {
        return repeat(x, new long[] {repeats}, axis);
    }

    /** Gathers along axis at positions computed from shapes alone (uploaded as an index array). */
    private CudaArray take(CudaArray x, long[] p, int axis) {
        CudaArray pos = ns.indexing().positions(x.context(), p);
        return ns.indexing().gather(x, pos, axis, new int[] {p.length}, false);
    }

    CudaArray reshape(CudaArray x, int[] shape, Boolean copy) {
        int[] target = StridedLayout.reshapeTarget(shape, x.shapeRef());
        StridedLayout view = x.layout().reshapeView(target, copy);
        if (view != null) {
            return x.view(view);
        }
        return ns.copyOf(x).view(StridedLayout.contiguous(target));
    }

    CudaArray roll(CudaArray x, int[] shifts, int[] axes) {
        CudaArray src = axes == null ? reshape(x, new int[] {-1}, null) : x;
        int[] shift = ShapeRules.rollShifts(src.shapeRef(), shifts, axes);
        CudaArray cur = src;
        for (int a = 0; a < shift.length; a++) {
            int n = src.shapeRef()[a];
            if (shift[a] == 0) {
                continue;
            }
            Index[] tail = new Index[shift.length];
            Index[] head = new Index[shift.length];
            Arrays.fill(tail, Index.all());
            Arrays.fill(head, Index.all());
            tail[a] = Index.range(n - shift[a], n);
            head[a] = Index.range(0, n - shift[a]);
            cur = concat(List.of(ns.indexing().get(cur, tail), ns.indexing().get(cur, head)), a);
        }
        CudaArray out = cur == src ? ns.copyOf(src) : cur;
        return axes == null ? reshape(out, x.shapeRef(), null) : out;
    }

    /** Removes the named axes; null or empty removes every axis of length 1. */
    CudaArray squeeze(CudaArray x, int[] axes) {
        return x.view(x.layout().squeeze(axes));
    }

    CudaArray stack(List<CudaArray> arrays, int axis) {
        ShapeRules.stack(shapes(arrays), axis);
        List<CudaArray> expanded = new ArrayList<>();
        for (CudaArray a : arrays) {
            expanded.add(expandDims(a, axis));
        }
        return concat(expanded, axis);
    }

    /** The arrays' shapes (not copied). */
    static List<int[]> shapes(List<CudaArray> arrays) {
        List<int[]> out = new ArrayList<>(arrays.size());
        for (CudaArray a : arrays) {
            out.add(a.shapeRef());
        }
        return out;
    }

    CudaArray tile(CudaArray x, int[] reps) {
        ShapeRules.Tiling t = ShapeRules.tile(x.shapeRef(), reps);
        int[] s = t.shape();
        int[] r = t.reps();
        CudaArray start = reshape(x, s, null);
        CudaArray cur = start;
        for (int a = 0; a < s.length; a++) {
            if (r[a] == 1) {
                continue;
            }
            int n = s[a];
            long[] p = new long[n * r[a]];
            for (int i = 0; i < p.length; i++) {
                p[i] = n == 0 ? 0 : i % n;
            }
            cur = n == 0 ? zeroLength(cur, a, p.length) : take(cur, p, a);
        }
        return cur == start ? ns.copyOf(start) : cur; // a new array, as NumPy's tile, even for reps of 1
    }

    private CudaArray zeroLength(CudaArray x, int axis, int len) {
        int[] shape = x.shapeRef().clone();
        shape[axis] = len;
        return CudaArray.allocate(ns, x.context(), x.dtype(), shape);
    }

    List<NdArray> unstack(CudaArray x, int axis) {
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
