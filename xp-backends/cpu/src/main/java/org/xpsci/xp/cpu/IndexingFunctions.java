package org.xpsci.xp.cpu;

import java.util.Arrays;
import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostReader;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.spi.ShapeRules;
import org.xpsci.xp.spi.StridedIndex;

/**
 * {@code __getitem__}/{@code __setitem__}, {@code take} and {@code take_along_axis} on the cpu. Basic indices
 * give views; one boolean mask or integer array becomes a gather (or scatter) of the selected places, with the
 * result's dimensions where NumPy puts them (first when an integer index is separated from the array index).
 */
final class IndexingFunctions {

    private final CpuNamespace ns;

    IndexingFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray get(CpuArray x, Index... index) {
        StridedIndex.View v = StridedIndex.resolve(x.shapeRef(), x.strides(), x.offset(), index);
        CpuArray view = x.view(v.shape(), v.strides(), v.offset());
        if (v.advanced() == null) {
            return view;
        }
        Selection s = selection(view, v.advanced(), v.advancedAxis());
        CpuArray out = gather(view, s);
        return v.advancedFirst() ? permuteDims(out, s.toFront()) : out;
    }

    void set(CpuArray x, NdArray value, Index... index) {
        x.requireWritable();
        CpuArray val = ns.cpu(value, "value");
        StridedIndex.View v = StridedIndex.resolve(x.shapeRef(), x.strides(), x.offset(), index);
        CpuArray view = x.view(v.shape(), v.strides(), v.offset());
        if (v.advanced() == null) {
            ns.dataTypes().assign(val, view);
            return;
        }
        Selection s = selection(view, v.advanced(), v.advancedAxis());
        CpuArray ordered;
        if (v.advancedFirst()) {
            int[] front = s.toFront();
            int[] numpyShape = new int[front.length];
            for (int i = 0; i < front.length; i++) {
                numpyShape[i] = s.shape()[front[i]];
            }
            ordered = permuteDims(ns.manipulation().broadcastTo(val, numpyShape), inverse(front));
        } else {
            ordered = ns.manipulation().broadcastTo(val, s.shape());
        }
        CpuArray c = ns.dataTypes().copy(ordered, x.dtype());
        RowMoves.scatter(c.data(), x.data(), s.rows(), s.inner(), width(x.dtype()), s.distinct());
    }

    /**
     * An advanced index resolved to element places: rows (one per outer index and selected position, absolute
     * offsets) and the offsets of the trailing axes within a row.
     *
     * @param shape    the result's shape with the selection's dimensions at {@code axis}
     * @param axis     where the selection's dimensions start
     * @param rank     how many dimensions the selection contributes
     * @param distinct whether no place is selected twice (masks)
     */
    private record Selection(int[] rows, int[] inner, int[] shape, int axis, int rank, boolean distinct) {

        /** The permutation that moves the selection's dimensions to the front (NumPy's non-adjacent rule). */
        int[] toFront() {
            int[] p = new int[shape.length];
            int k = 0;
            for (int i = 0; i < rank; i++) {
                p[k++] = axis + i;
            }
            for (int i = 0; i < shape.length; i++) {
                if (i < axis || i >= axis + rank) {
                    p[k++] = i;
                }
            }
            return p;
        }
    }

    private Selection selection(CpuArray view, Index advanced, int axis) {
        int[] vs = view.shapeRef();
        int[] st = view.strides();
        int covered;
        int[] offs;
        int[] posShape;
        boolean distinct;
        if (advanced instanceof Index.Positions p) {
            CpuArray idx = ns.cpu(p.positions(), "index");
            if (!idx.dtype().isIntegral()) {
                throw new IllegalArgumentException("an integer index array must have an integer dtype; got "
                        + idx.dtype());
            }
            long[] pos = positions(idx, vs[axis], axis);
            offs = new int[pos.length];
            for (int j = 0; j < pos.length; j++) {
                offs[j] = (int) pos[j] * st[axis];
            }
            covered = 1;
            posShape = idx.shapeRef();
            distinct = false;
        } else {
            CpuArray mask = ns.cpu(((Index.Mask) advanced).mask(), "mask");
            if (!mask.dtype().isBool()) {
                throw new IllegalArgumentException("a mask index must have dtype bool; got " + mask.dtype());
            }
            covered = Math.max(mask.ndim(), 1);
            int[] ms = mask.ndim() == 0 ? new int[] {1} : mask.shapeRef();
            for (int i = 0; i < covered; i++) {
                if (vs[axis + i] != ms[i]) {
                    throw new IndexOutOfBoundsException("boolean index did not match indexed array along axis "
                            + (axis + i) + "; size of axis is " + vs[axis + i] + " but size of the boolean index is "
                            + ms[i]);
                }
            }
            offs = maskOffsets(mask, Arrays.copyOfRange(st, axis, axis + covered), ms);
            posShape = new int[] {offs.length};
            distinct = true;
        }
        int[] outer = Layout.offsets(vs, st, 0, axis);
        int[] rows = outer.length == 1 ? offs : new int[Math.multiplyExact(outer.length, offs.length)];
        for (int o = outer.length - 1, r = rows.length - 1; o >= 0; o--) {
            for (int j = offs.length - 1; j >= 0; j--) {
                rows[r--] = view.offset() + outer[o] + offs[j]; // backwards: safe when rows is offs itself
            }
        }
        int[] shape = new int[vs.length - covered + posShape.length];
        System.arraycopy(vs, 0, shape, 0, axis);
        System.arraycopy(posShape, 0, shape, axis, posShape.length);
        System.arraycopy(vs, axis + covered, shape, axis + posShape.length, vs.length - axis - covered);
        int[] inner = Layout.offsets(vs, st, axis + covered, vs.length);
        return new Selection(rows, inner, shape, axis, posShape.length, distinct);
    }

    /** The offsets (over the masked axes' strides) of the mask's true elements, in C order. */
    private int[] maskOffsets(CpuArray mask, int[] strides, int[] ms) {
        CpuArray mc = mask.isContiguous() ? mask : ns.copyOf(mask);
        byte[] flags = (byte[]) mc.data();
        int from = mc.offset();
        int n = Math.toIntExact(mask.size());
        int[] all = ms.length == 1 ? null : Layout.offsets(ms, strides, 0, ms.length);
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += flags[from + i] != 0 ? 1 : 0;
        }
        int[] offs = new int[count];
        for (int i = 0, j = 0; i < n; i++) {
            if (flags[from + i] != 0) {
                offs[j++] = all == null ? i * strides[0] : all[i];
            }
        }
        return offs;
    }

    private CpuArray gather(CpuArray view, Selection s) {
        CpuArray out = CpuArray.allocate(ns, view.dtype(), s.shape());
        RowMoves.gather(view.data(), s.rows(), s.inner(), out.data(), width(view.dtype()));
        return out;
    }

    private static CpuArray permuteDims(CpuArray x, int[] order) {
        int[] s = new int[order.length];
        int[] st = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            s[i] = x.shapeRef()[order[i]];
            st[i] = x.strides()[order[i]];
        }
        return x.view(s, st, x.offset());
    }

    private static int[] inverse(int[] perm) {
        int[] inv = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            inv[perm[i]] = i;
        }
        return inv;
    }

    private static int width(DType d) {
        return d.isComplexFloating() ? 2 : 1;
    }

    /** The index array's values, negative ones counted from the end, each checked against the axis length. */
    private static long[] positions(CpuArray idx, int n, int axis) {
        long[] p = new long[Math.toIntExact(idx.size())];
        HostReader.forEachLong(idx.buffer(), (k, v) -> p[k] = v);
        boolean unsigned = idx.dtype() == DType.UINT64;
        for (int i = 0; i < p.length; i++) {
            long q = p[i] < 0 && !unsigned ? p[i] + n : p[i];
            if (q < 0 || q >= n) {
                throw new IndexOutOfBoundsException("index " + (unsigned ? Long.toUnsignedString(p[i]) : p[i])
                        + " is out of bounds for axis " + axis + " with size " + n);
            }
            p[i] = q;
        }
        return p;
    }

    // ---- take ----------------------------------------------------------------------------------------

    CpuArray take(CpuArray x, CpuArray indices, Integer axis) {
        if (!indices.dtype().isIntegral()) {
            throw new IllegalArgumentException("take indices must have an integer dtype; got " + indices.dtype());
        }
        int ax;
        if (axis == null) {
            if (x.ndim() != 1) {
                throw new IllegalArgumentException("take needs an axis when x has " + x.ndim()
                        + " dimensions (axis may be omitted only for 1-d x)");
            }
            ax = 0;
        } else {
            ax = Axes.normalize(axis, x.ndim());
        }
        return take(x, positions(indices, x.shapeRef()[ax], ax), ax, indices.shapeRef());
    }

    /** Gathers x at (already normalised) positions along axis; the result's axis is replaced by posShape. */
    CpuArray take(CpuArray x, long[] pos, int axis, int[] posShape) {
        int[] xs = x.shapeRef();
        int[] st = x.strides();
        int[] outer = Layout.offsets(xs, st, 0, axis);
        int[] rows = new int[Math.multiplyExact(outer.length, pos.length)];
        for (int o = 0, r = 0; o < outer.length; o++) {
            for (long p : pos) {
                rows[r++] = x.offset() + outer[o] + (int) p * st[axis];
            }
        }
        int[] shape = new int[xs.length - 1 + posShape.length];
        System.arraycopy(xs, 0, shape, 0, axis);
        System.arraycopy(posShape, 0, shape, axis, posShape.length);
        System.arraycopy(xs, axis + 1, shape, axis + posShape.length, xs.length - axis - 1);
        CpuArray out = CpuArray.allocate(ns, x.dtype(), shape);
        RowMoves.gather(x.data(), rows, Layout.offsets(xs, st, axis + 1, xs.length), out.data(), width(x.dtype()));
        return out;
    }

    // ---- take_along_axis -----------------------------------------------------------------------------

    CpuArray takeAlongAxis(CpuArray x, CpuArray indices, int axis) {
        if (!indices.dtype().isIntegral()) {
            throw new IllegalArgumentException("take_along_axis indices must have an integer dtype; got "
                    + indices.dtype());
        }
        int[] outShape = ShapeRules.takeAlongAxis(x.shapeRef(), indices.shapeRef(), axis);
        int ax = Axes.normalize(axis, x.ndim());
        int n = x.shapeRef()[ax];
        int[] xTarget = outShape.clone();
        xTarget[ax] = n;
        CpuArray xb = ns.manipulation().broadcastTo(x, xTarget);
        long[] idx = positions(ns.manipulation().broadcastTo(indices, outShape), n, ax);
        int[] xStrides = xb.strides().clone();
        int along = xStrides[ax];
        xStrides[ax] = 0;
        int[] base = Layout.offsets(outShape, xStrides, 0, outShape.length);
        int[] rows = new int[base.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = xb.offset() + base[i] + (int) idx[i] * along;
        }
        CpuArray out = CpuArray.allocate(ns, x.dtype(), outShape);
        RowMoves.gather(x.data(), rows, new int[] {0}, out.data(), width(x.dtype()));
        return out;
    }
}
