package org.xpsci.xp.cuda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Promotion;
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
        CudaArray first = arrays.get(0);
        if (first.ndim() == 0) {
            throw new IllegalArgumentException("zero-dimensional arrays cannot be concatenated");
        }
        int ax = Axes.normalize(axis, first.ndim());
        int[] shape = first.shapeRef().clone();
        int total = 0;
        for (int i = 0; i < arrays.size(); i++) {
            int[] s = arrays.get(i).shapeRef();
            if (s.length != shape.length) {
                throw new IllegalArgumentException("all the input arrays must have the same number of dimensions; array 0"
                        + " has " + shape.length + " and array " + i + " has " + s.length);
            }
            for (int d = 0; d < s.length; d++) {
                if (d != ax && s[d] != shape[d]) {
                    throw new IllegalArgumentException("all the input array dimensions except for the concatenation axis"
                            + " must match exactly; array 0 has shape " + Broadcast.format(shape) + " and array " + i
                            + " has shape " + Broadcast.format(s));
                }
            }
            total += s[ax];
        }
        shape[ax] = total;
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
        int n = src.shapeRef()[ax];
        if (r.length != 1 && r.length != n) {
            throw new IllegalArgumentException("repeats must have one count or " + n + " counts (the length of axis "
                    + ax + "); got " + r.length);
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            long c = r.length == 1 ? r[0] : r[i];
            if (c < 0) {
                throw new IllegalArgumentException("repeats may not contain negative values; got " + c);
            }
            total += c;
        }
        long[] p = new long[Math.toIntExact(total)];
        int j = 0;
        for (int i = 0; i < n; i++) {
            long c = r.length == 1 ? r[0] : r[i];
            for (long k = 0; k < c; k++) {
                p[j++] = i;
            }
        }
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
        if (axes == null) {
            if (shifts.length != 1) {
                throw new IllegalArgumentException("roll without axes takes exactly one shift; got " + shifts.length);
            }
            CudaArray flat = reshape(x, new int[] {-1}, null);
            return reshape(roll(flat, shifts, new int[] {0}), x.shapeRef(), null);
        }
        if (shifts.length != axes.length && shifts.length != 1) {
            throw new IllegalArgumentException("roll needs one shift per axis; got " + shifts.length + " shifts and "
                    + axes.length + " axes");
        }
        int[] total = new int[x.ndim()];
        for (int i = 0; i < axes.length; i++) {
            int a = Axes.normalize(axes[i], x.ndim());
            total[a] += shifts.length == 1 ? shifts[0] : shifts[i];
        }
        CudaArray cur = x;
        for (int a = 0; a < x.ndim(); a++) {
            int n = x.shapeRef()[a];
            if (n == 0 || total[a] % n == 0) {
                continue;
            }
            int s = Math.floorMod(total[a], n);
            Index[] tail = new Index[x.ndim()];
            Index[] head = new Index[x.ndim()];
            Arrays.fill(tail, Index.all());
            Arrays.fill(head, Index.all());
            tail[a] = Index.range(n - s, n);
            head[a] = Index.range(0, n - s);
            cur = concat(List.of(ns.indexing().get(cur, tail), ns.indexing().get(cur, head)), a);
        }
        return cur == x ? ns.copyOf(x) : cur;
    }

    /** Removes the named axes; null or empty removes every axis of length 1. */
    CudaArray squeeze(CudaArray x, int[] axes) {
        return x.view(x.layout().squeeze(axes));
    }

    CudaArray stack(List<CudaArray> arrays, int axis) {
        int[] shape = arrays.get(0).shapeRef();
        int nd = shape.length + 1;
        if (axis < -nd || axis >= nd) {
            throw new AxisException("axis " + axis + " is out of bounds for array of dimension " + nd);
        }
        List<CudaArray> expanded = new ArrayList<>();
        for (int i = 0; i < arrays.size(); i++) {
            CudaArray a = arrays.get(i);
            if (!Arrays.equals(a.shapeRef(), shape)) {
                throw new IllegalArgumentException("all input arrays must have the same shape; array 0 has shape "
                        + Broadcast.format(shape) + " and array " + i + " has shape " + Broadcast.format(a.shapeRef()));
            }
            expanded.add(expandDims(a, axis));
        }
        return concat(expanded, axis);
    }

    CudaArray tile(CudaArray x, int[] reps) {
        for (int r : reps) {
            if (r < 0) {
                throw new IllegalArgumentException("tile repetitions must be non-negative; got " + Arrays.toString(reps));
            }
        }
        int nd = Math.max(x.ndim(), reps.length);
        int[] s = new int[nd];
        int[] r = new int[nd];
        Arrays.fill(s, 1);
        Arrays.fill(r, 1);
        System.arraycopy(x.shapeRef(), 0, s, nd - x.ndim(), x.ndim());
        System.arraycopy(reps, 0, r, nd - reps.length, reps.length);
        CudaArray cur = reshape(x, s, null);
        for (int a = 0; a < nd; a++) {
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
        return cur == x ? ns.copyOf(x) : cur;
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
