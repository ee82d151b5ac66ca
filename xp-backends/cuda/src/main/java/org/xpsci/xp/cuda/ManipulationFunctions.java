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
import org.xpsci.xp.cuda.internal.StridedLayout;

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
        int[] st = StridedLayout.broadcastStrides(x.shapeRef(), x.strides(), shape);
        return x.readOnlyView(shape.clone(), st, x.offset());
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
        int nd = x.ndim() + 1;
        if (axis < -nd || axis >= nd) {
            throw new AxisException("axis " + axis + " is out of bounds for array of dimension " + nd);
        }
        int ax = axis < 0 ? axis + nd : axis;
        int[] s = new int[nd];
        int[] st = new int[nd];
        for (int i = 0, j = 0; i < nd; i++) {
            if (i == ax) {
                s[i] = 1;
                st[i] = 0;
            } else {
                s[i] = x.shapeRef()[j];
                st[i] = x.strides()[j];
                j++;
            }
        }
        return x.view(s, st, x.offset());
    }

    /** Flips along axes; null or empty flips every axis. */
    CudaArray flip(CudaArray x, int[] axes) {
        int[] ax = Axes.normalize(axes == null || axes.length == 0 ? null : axes, x.ndim());
        int[] st = x.strides().clone();
        long off = x.offset();
        int[] s = x.shapeRef();
        for (int a : ax) {
            if (s[a] > 0) {
                off += (s[a] - 1) * st[a];
            }
            st[a] = -st[a];
        }
        return x.view(s.clone(), st, off);
    }

    CudaArray moveaxis(CudaArray x, int[] source, int[] destination) {
        if (source.length != destination.length) {
            throw new IllegalArgumentException("moveaxis needs source and destination of the same length; got "
                    + source.length + " and " + destination.length);
        }
        int nd = x.ndim();
        int[] src = Axes.normalize(source, nd);
        int[] dst = Axes.normalize(destination, nd);
        int[] order = new int[nd];
        Arrays.fill(order, -1);
        boolean[] used = new boolean[nd];
        for (int i = 0; i < src.length; i++) {
            order[dst[i]] = src[i];
            used[src[i]] = true;
        }
        int next = 0;
        for (int i = 0; i < nd; i++) {
            if (order[i] < 0) {
                while (used[next]) {
                    next++;
                }
                order[i] = next++;
            }
        }
        return permuteDims(x, order);
    }

    CudaArray permuteDims(CudaArray x, int[] axes) {
        int nd = x.ndim();
        if (axes == null || axes.length != nd) {
            throw new IllegalArgumentException("permute_dims needs a permutation of all " + nd + " axes; got "
                    + Arrays.toString(axes));
        }
        int[] ax = Axes.normalize(axes, nd);
        int[] s = new int[nd];
        int[] st = new int[nd];
        for (int i = 0; i < nd; i++) {
            s[i] = x.shapeRef()[ax[i]];
            st[i] = x.strides()[ax[i]];
        }
        return x.view(s, st, x.offset());
    }

    CudaArray matrixTranspose(CudaArray x) {
        int nd = x.ndim();
        if (nd < 2) {
            throw new IllegalArgumentException("matrix_transpose needs an array of at least 2 dimensions; got shape "
                    + Broadcast.format(x.shapeRef()));
        }
        int[] order = new int[nd];
        for (int i = 0; i < nd; i++) {
            order[i] = i;
        }
        order[nd - 2] = nd - 1;
        order[nd - 1] = nd - 2;
        return permuteDims(x, order);
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
        int[] target = resolveShape(shape, x.size(), x.shapeRef());
        if (!Boolean.TRUE.equals(copy)) {
            int[] st = StridedLayout.reshapeStrides(x.shapeRef(), x.strides(), target);
            if (st != null) {
                return x.view(target, st, x.offset());
            }
            if (Boolean.FALSE.equals(copy)) {
                throw new IllegalArgumentException("reshape with copy=false is impossible: the array's layout does not"
                        + " allow a view of shape " + Broadcast.format(target));
            }
        }
        CudaArray c = ns.copyOf(x);
        return c.view(target, StridedLayout.contiguous(target), 0);
    }

    private static int[] resolveShape(int[] shape, long size, int[] from) {
        int[] t = shape.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < t.length; i++) {
            if (t[i] == -1) {
                if (unknown >= 0) {
                    throw new IllegalArgumentException("can only specify one unknown dimension (-1); got "
                            + Arrays.toString(shape));
                }
                unknown = i;
            } else if (t[i] < 0) {
                throw new IllegalArgumentException("reshape dimensions must be >= -1; got " + Arrays.toString(shape));
            } else {
                known *= t[i];
            }
        }
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw new IllegalArgumentException("cannot reshape array of size " + size + " into shape "
                        + Arrays.toString(shape));
            }
            t[unknown] = (int) (size / known);
        } else if (known != size) {
            throw new IllegalArgumentException("cannot reshape array of size " + size + " (shape "
                    + Broadcast.format(from) + ") into shape " + Broadcast.format(t));
        }
        return t;
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
        int[] ax = axes == null || axes.length == 0 ? null : Axes.normalize(axes, x.ndim());
        boolean[] drop = new boolean[x.ndim()];
        if (ax == null) {
            for (int i = 0; i < x.ndim(); i++) {
                drop[i] = x.shapeRef()[i] == 1;
            }
        } else {
            for (int a : ax) {
                if (x.shapeRef()[a] != 1) {
                    throw new IllegalArgumentException("cannot select an axis to squeeze out which has size not equal"
                            + " to one: axis " + a + " has size " + x.shapeRef()[a]);
                }
                drop[a] = true;
            }
        }
        int n = 0;
        for (boolean d : drop) {
            n += d ? 0 : 1;
        }
        int[] s = new int[n];
        int[] st = new int[n];
        for (int i = 0, j = 0; i < x.ndim(); i++) {
            if (!drop[i]) {
                s[j] = x.shapeRef()[i];
                st[j] = x.strides()[i];
                j++;
            }
        }
        return x.view(s, st, x.offset());
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
