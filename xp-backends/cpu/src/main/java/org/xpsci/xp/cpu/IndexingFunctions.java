package org.xpsci.xp.cpu;

import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.cpu.kernel.Loader;
import org.xpsci.xp.cpu.kernel.Parallel;
import org.xpsci.xp.spi.StridedIndex;

/**
 * {@code __getitem__}/{@code __setitem__}, {@code take} and {@code take_along_axis} on the cpu. Basic
 * indices give views; a boolean mask or an integer array on one axis is turned into a gather (or scatter)
 * of whole blocks along that axis.
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
        return take(s.target, s.positions, s.axis, s.positionsShape);
    }

    void set(CpuArray x, NdArray value, Index... index) {
        if (!x.writable()) {
            throw new IllegalArgumentException("assignment destination is read-only (a broadcast or sliding-window"
                    + " view); copy it first");
        }
        CpuArray val = ns.cpu(value, "value");
        StridedIndex.View v = StridedIndex.resolve(x.shapeRef(), x.strides(), x.offset(), index);
        CpuArray view = x.view(v.shape(), v.strides(), v.offset());
        if (v.advanced() == null) {
            ns.dataTypes().assign(val, view);
            return;
        }
        Selection s = selection(view, v.advanced(), v.advancedAxis());
        scatter(s.target, s.positions, s.axis, val);
    }

    /** An advanced index reduced to integer positions along one axis of a (possibly reshaped) view. */
    private record Selection(CpuArray target, long[] positions, int[] positionsShape, int axis) {
    }

    private Selection selection(CpuArray view, Index advanced, int axis) {
        if (advanced instanceof Index.Positions p) {
            CpuArray idx = ns.cpu(p.positions(), "index");
            if (!idx.dtype().isIntegral()) {
                throw new IllegalArgumentException("an integer index array must have an integer dtype; got "
                        + idx.dtype());
            }
            return new Selection(view, positions(idx, view.shapeRef()[axis], axis), idx.shapeRef(), axis);
        }
        CpuArray mask = ns.cpu(((Index.Mask) advanced).mask(), "mask");
        if (!mask.dtype().isBool()) {
            throw new IllegalArgumentException("a mask index must have dtype bool; got " + mask.dtype());
        }
        int k = Math.max(mask.ndim(), 1);
        int[] vs = view.shapeRef();
        int[] ms = mask.ndim() == 0 ? new int[] {1} : mask.shapeRef();
        for (int i = 0; i < k; i++) {
            if (vs[axis + i] != ms[i]) {
                throw new IndexOutOfBoundsException("boolean index did not match indexed array along axis "
                        + (axis + i) + "; size of axis is " + vs[axis + i] + " but size of the boolean index is " + ms[i]);
            }
        }
        int[] merged = new int[vs.length - k + 1];
        System.arraycopy(vs, 0, merged, 0, axis);
        merged[axis] = Math.toIntExact(Axes.size(ms));
        System.arraycopy(vs, axis + k, merged, axis + 1, vs.length - axis - k);
        CpuArray target = k == 1 ? view : reshapeView(view, merged);
        byte[] flags = new byte[Math.toIntExact(mask.size())];
        CpuArray mc = mask.isContiguous() ? mask : ns.copyOf(mask);
        Loader.toBool(mc.data(), DType.BOOL, mc.offset(), 1, flags.length, flags);
        int count = 0;
        for (byte f : flags) {
            count += f;
        }
        long[] pos = new long[count];
        for (int i = 0, j = 0; i < flags.length; i++) {
            if (flags[i] != 0) {
                pos[j++] = i;
            }
        }
        return new Selection(target, pos, new int[] {count}, axis);
    }

    /** A view of x with the given shape, sharing memory (x must allow it: the masked axes are merged). */
    private CpuArray reshapeView(CpuArray x, int[] shape) {
        int[] st = Layout.reshapeStrides(x.shapeRef(), x.strides(), shape);
        if (st == null) {
            throw new IllegalArgumentException("a multi-dimensional boolean mask needs the masked axes of the view to"
                    + " be mergeable; index a copy of the array instead");
        }
        return x.view(shape, st, x.offset());
    }

    private static long[] positions(CpuArray idx, int n, int axis) {
        long[] p = new long[Math.toIntExact(idx.size())];
        CpuArray c = idx;
        int i = 0;
        org.xpsci.xp.HostReader.forEachLong(c.buffer(), (k, v) -> p[k] = v);
        for (i = 0; i < p.length; i++) {
            long q = p[i] < 0 ? p[i] + n : p[i];
            if (q < 0 || q >= n) {
                throw new IndexOutOfBoundsException("index " + p[i] + " is out of bounds for axis " + axis + " with size "
                        + n);
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
                throw new IllegalArgumentException("take needs an axis when x has " + x.ndim() + " dimensions");
            }
            ax = 0;
        } else {
            ax = Axes.normalize(axis, x.ndim());
        }
        return take(x, positions(indices, x.shapeRef()[ax], ax), ax, indices.shapeRef());
    }

    /** Gathers whole blocks along {@code axis} at {@code pos}; the result's axis is replaced by posShape. */
    CpuArray take(CpuArray x, long[] pos, int axis, int[] posShape) {
        int[] xs = x.shapeRef();
        int[] outShape = new int[xs.length - 1 + posShape.length];
        System.arraycopy(xs, 0, outShape, 0, axis);
        System.arraycopy(posShape, 0, outShape, axis, posShape.length);
        System.arraycopy(xs, axis + 1, outShape, axis + posShape.length, xs.length - axis - 1);
        CpuArray src = x.isContiguous() ? x : ns.copyOf(x);
        CpuArray out = CpuArray.allocate(ns, x.dtype(), outShape);
        int outer = (int) Axes.size(java.util.Arrays.copyOfRange(xs, 0, axis));
        int inner = (int) Axes.size(java.util.Arrays.copyOfRange(xs, axis + 1, xs.length));
        int n = xs[axis];
        int m = pos.length;
        int w = x.dtype().isComplexFloating() ? 2 : 1;
        long work = (long) outer * m * inner;
        int chunks = Parallel.chunks(work, Parallel.CHEAP_GRAIN);
        long rows = (long) outer * m;
        long per = (rows + chunks - 1) / chunks;
        Object sd = src.data();
        Object od = out.data();
        int base = src.offset();
        Parallel.forEach(chunks, c -> {
            long r0 = c * per;
            long r1 = Math.min(rows, r0 + per);
            for (long r = r0; r < r1; r++) {
                int o = (int) (r / m);
                int j = (int) (r % m);
                int from = base + (int) ((o * (long) n + pos[j]) * inner);
                int to = (int) (r * inner);
                if (inner == 1 && w == 1) {
                    copyOne(sd, from, od, to);
                } else {
                    System.arraycopy(sd, w * from, od, w * to, w * inner);
                }
            }
        });
        return out;
    }

    private static void copyOne(Object s, int from, Object d, int to) {
        if (s instanceof double[] a) {
            ((double[]) d)[to] = a[from];
        } else if (s instanceof float[] a) {
            ((float[]) d)[to] = a[from];
        } else if (s instanceof long[] a) {
            ((long[]) d)[to] = a[from];
        } else if (s instanceof int[] a) {
            ((int[]) d)[to] = a[from];
        } else if (s instanceof short[] a) {
            ((short[]) d)[to] = a[from];
        } else {
            ((byte[]) d)[to] = ((byte[]) s)[from];
        }
    }

    /** Writes value (broadcast to the selection's shape, cast to x's dtype) into the selected blocks of x. */
    private void scatter(CpuArray x, long[] pos, int axis, CpuArray value) {
        int[] xs = x.shapeRef();
        int[] selShape = xs.clone();
        selShape[axis] = pos.length;
        CpuArray v = ns.dataTypes().copy(ns.manipulation().broadcastTo(value, selShape), x.dtype());
        int outer = (int) Axes.size(java.util.Arrays.copyOfRange(xs, 0, axis));
        int[] innerShape = java.util.Arrays.copyOfRange(xs, axis + 1, xs.length);
        for (int o = 0; o < outer; o++) {
            int[] oIdx = unravel(o, java.util.Arrays.copyOfRange(xs, 0, axis));
            for (int j = 0; j < pos.length; j++) {
                int dstOff = x.offset() + (int) pos[j] * x.strides()[axis];
                for (int d = 0; d < axis; d++) {
                    dstOff += oIdx[d] * x.strides()[d];
                }
                int[] innerStrides = java.util.Arrays.copyOfRange(x.strides(), axis + 1, xs.length);
                CpuArray dst = x.view(innerShape, innerStrides, dstOff);
                int srcOff = (o * pos.length + j) * (int) Axes.size(innerShape);
                CpuArray src = v.view(innerShape, Layout.contiguous(innerShape), srcOff);
                ns.dataTypes().assign(src, dst);
            }
        }
    }

    private static int[] unravel(int flat, int[] shape) {
        int[] idx = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            idx[d] = flat % shape[d];
            flat /= shape[d];
        }
        return idx;
    }

    // ---- take_along_axis -----------------------------------------------------------------------------

    CpuArray takeAlongAxis(CpuArray x, CpuArray indices, int axis) {
        if (!indices.dtype().isIntegral()) {
            throw new IllegalArgumentException("take_along_axis indices must have an integer dtype; got "
                    + indices.dtype());
        }
        if (x.ndim() != indices.ndim()) {
            throw new IllegalArgumentException("take_along_axis needs x and indices of the same rank; got shapes "
                    + Broadcast.format(x.shapeRef()) + " and " + Broadcast.format(indices.shapeRef()));
        }
        int ax = Axes.normalize(axis, x.ndim());
        int[] xs = x.shapeRef().clone();
        int[] is = indices.shapeRef().clone();
        int n = xs[ax];
        xs[ax] = 1;
        int m = is[ax];
        is[ax] = 1;
        int[] outer = Broadcast.shapes(xs, is);
        int[] outShape = outer.clone();
        outShape[ax] = m;
        CpuArray xb = broadcastExcept(x, outer, ax, n);
        CpuArray ib = ns.copyOf(broadcastExcept(indices, outer, ax, m));
        long[] idx = positions(ib, n, ax);
        CpuArray xc = ns.copyOf(xb);
        CpuArray out = CpuArray.allocate(ns, x.dtype(), outShape);
        int before = (int) Axes.size(java.util.Arrays.copyOfRange(outShape, 0, ax));
        int after = (int) Axes.size(java.util.Arrays.copyOfRange(outShape, ax + 1, outShape.length));
        int w = x.dtype().isComplexFloating() ? 2 : 1;
        for (int b = 0; b < before; b++) {
            for (int j = 0; j < m; j++) {
                for (int a = 0; a < after; a++) {
                    int dst = (b * m + j) * after + a;
                    int src = (int) ((b * (long) n + idx[dst]) * after + a);
                    System.arraycopy(xc.data(), w * src, out.data(), w * dst, w);
                }
            }
        }
        return out;
    }

    private CpuArray broadcastExcept(CpuArray x, int[] shape, int axis, int len) {
        int[] target = shape.clone();
        target[axis] = len;
        return ns.manipulation().broadcastTo(x, target);
    }
}
