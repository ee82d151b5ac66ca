package org.xpsci.xp.cuda;

import java.util.Arrays;
import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.cuda.internal.ComputeKind;
import org.xpsci.xp.cuda.internal.DeviceBuffer;
import org.xpsci.xp.cuda.internal.DeviceContext;
import org.xpsci.xp.cuda.internal.KernelArgs;
import org.xpsci.xp.cuda.internal.KernelLayout;
import org.xpsci.xp.cuda.internal.LaunchConfig;
import org.xpsci.xp.spi.ShapeRules;
import org.xpsci.xp.spi.StridedIndex;
import org.xpsci.xp.spi.StridedLayout;

/**
 * {@code __getitem__}/{@code __setitem__}, {@code take} and {@code take_along_axis} on the device. Basic
 * indices give views (xp-core's {@link StridedIndex}); an integer array or a boolean mask on one axis becomes
 * positions on the device (a mask through {@code nonzero}) and one gather or scatter launch. Out-of-range
 * positions are detected on the device and raised after the launch.
 */
final class IndexingFunctions {

    private final CudaNamespace ns;

    IndexingFunctions(CudaNamespace ns) {
        this.ns = ns;
    }

    CudaArray get(CudaArray x, Index... index) {
        x.checkOpen();
        StridedIndex.View v = StridedIndex.resolve(x.shapeRef(), x.strides(), Math.toIntExact(x.offset()), index);
        CudaArray view = x.view(v.shape(), v.strides(), v.offset());
        if (v.advanced() == null) {
            return view;
        }
        Selection s = selection(view, v.advanced(), v.advancedAxis());
        CudaArray out = gather(s.target, s.positions, s.axis, s.positionsShape, s.checked);
        return v.advancedFirst() ? ns.manipulation().permuteDims(out, s.toFront(out.ndim())) : out;
    }

    void set(CudaArray x, NdArray value, Index... index) {
        if (!x.writable()) {
            throw new IllegalArgumentException("assignment destination is read-only (a broadcast view); copy it first");
        }
        CudaArray val = ns.cuda(value, "value");
        StridedIndex.View v = StridedIndex.resolve(x.shapeRef(), x.strides(), Math.toIntExact(x.offset()), index);
        CudaArray view = x.view(v.shape(), v.strides(), v.offset());
        if (v.advanced() == null) {
            ns.dataTypes().assign(val, view);
            return;
        }
        Selection s = selection(view, v.advanced(), v.advancedAxis());
        int[] ts = s.target.shapeRef();
        int[] result = new int[ts.length - 1 + s.positionsShape.length];
        System.arraycopy(ts, 0, result, 0, s.axis);
        System.arraycopy(s.positionsShape, 0, result, s.axis, s.positionsShape.length);
        System.arraycopy(ts, s.axis + 1, result, s.axis + s.positionsShape.length, ts.length - s.axis - 1);
        CudaArray ordered;
        if (v.advancedFirst()) {
            int[] front = s.toFront(result.length);
            int[] numpyShape = new int[front.length];
            for (int i = 0; i < front.length; i++) {
                numpyShape[i] = result[front[i]];
            }
            ordered = ns.manipulation().permuteDims(ns.manipulation().broadcastTo(val, numpyShape), inverse(front));
        } else {
            ordered = ns.manipulation().broadcastTo(val, result);
        }
        int[] sel = ts.clone();
        sel[s.axis] = s.positions.shapeRef()[0];
        CudaArray flat = ns.dataTypes().copy(ordered, x.dtype());
        scatter(s.target, s.positions, s.axis, flat.view(sel, DlpackTensor.contiguousStrides(sel), 0), s.checked);
        flat.close();
    }

    private static int[] inverse(int[] p) {
        int[] q = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            q[p[i]] = i;
        }
        return q;
    }

    /** An advanced index as int64 positions (on the device) along one axis of a (possibly merged) view. */
    private record Selection(CudaArray target, CudaArray positions, int[] positionsShape, int axis, boolean checked) {

        /** The permutation of a result of rank nd that moves the selection's dimensions to the front (NumPy's rule). */
        int[] toFront(int nd) {
            int rank = positionsShape.length;
            int[] p = new int[nd];
            int k = 0;
            for (int i = 0; i < rank; i++) {
                p[k++] = axis + i;
            }
            for (int i = 0; i < nd; i++) {
                if (i < axis || i >= axis + rank) {
                    p[k++] = i;
                }
            }
            return p;
        }
    }

    private Selection selection(CudaArray view, Index advanced, int axis) {
        if (advanced instanceof Index.Positions p) {
            CudaArray idx = ns.cuda(p.positions(), "index");
            if (!idx.dtype().isIntegral()) {
                throw new IllegalArgumentException("an integer index array must have an integer dtype; got "
                        + idx.dtype());
            }
            return new Selection(view, flat(idx), idx.shapeRef(), axis, true);
        }
        CudaArray mask = ns.cuda(((Index.Mask) advanced).mask(), "mask");
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
        CudaArray target = view;
        if (k > 1) {
            int[] st = StridedLayout.reshapeStrides(vs, view.strides(), merged);
            if (st == null) {
                throw new IllegalArgumentException("a multi-dimensional boolean mask needs the masked axes of the view"
                        + " to be mergeable; index a copy of the array instead");
            }
            target = view.view(merged, st, view.offset());
        }
        CudaArray flatMask = ns.manipulation().reshape(mask, new int[] {-1}, null);
        CudaArray pos = (CudaArray) ns.searching().nonzero(flatMask).get(0);
        return new Selection(target, pos, pos.shapeRef(), axis, false);
    }

    /** The index array as a contiguous 1-d array (a view when it already is one), as the kernels read it. */
    private CudaArray flat(CudaArray idx) {
        CudaArray f = ns.manipulation().reshape(idx, new int[] {-1}, null);
        return f.isContiguous() ? f : ns.copyOf(f);
    }

    // ---- take ----------------------------------------------------------------------------------------

    CudaArray take(CudaArray x, CudaArray indices, Integer axis) {
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
        return gather(x, flat(indices), ax, indices.shapeRef(), true);
    }

    /**
     * Gathers whole blocks along {@code axis} at the 1-d positions {@code pos}; the result's axis is replaced by
     * {@code posShape}.
     */
    CudaArray gather(CudaArray x, CudaArray pos, int axis, int[] posShape, boolean check) {
        DeviceContext ctx = ns.sameDevice(x, pos);
        int[] xs = x.shapeRef();
        int m = pos.shapeRef()[0];
        int[] flatShape = xs.clone();
        flatShape[axis] = m;
        CudaArray out = CudaArray.allocate(ns, ctx, x.dtype(), flatShape);
        if (out.size() > 0) {
            if (xs[axis] == 0) {
                throw new IndexOutOfBoundsException("cannot take from an empty axis " + axis + " (size 0)");
            }
            KernelLayout l = KernelLayout.exact(flatShape, out.strides(), x.strides());
            launchGatherScatter(ctx, l, axis, pos, xs[axis], 1, x, out, check);
        }
        int[] outShape = new int[xs.length - 1 + posShape.length];
        System.arraycopy(xs, 0, outShape, 0, axis);
        System.arraycopy(posShape, 0, outShape, axis, posShape.length);
        System.arraycopy(xs, axis + 1, outShape, axis + posShape.length, xs.length - axis - 1);
        return Arrays.equals(outShape, flatShape) ? out : out.view(outShape, DlpackTensor.contiguousStrides(outShape), 0);
    }

    /** Writes value (broadcast to the selection, cast to x's dtype) at the positions along axis of x. */
    private void scatter(CudaArray x, CudaArray pos, int axis, CudaArray value, boolean check) {
        DeviceContext ctx = ns.sameDevice(x, pos, value);
        int[] sel = x.shapeRef().clone();
        sel[axis] = pos.shapeRef()[0];
        if (Axes.size(sel) == 0) {
            return;
        }
        CudaArray v = ns.dataTypes().as(value, x.dtype());
        int[] vs = StridedLayout.broadcastStrides(v.shapeRef(), v.strides(), sel);
        KernelLayout l = KernelLayout.exact(sel, x.strides(), vs);
        launchGatherScatter(ctx, l, axis, pos, x.shapeRef()[axis], 0, v, x, check);
    }

    private void launchGatherScatter(DeviceContext ctx, KernelLayout l, int axis, CudaArray pos, int bound,
                                     int indexed, CudaArray src, CudaArray dst, boolean check) {
        DeviceBuffer err = errorFlag(ctx);
        ctx.run("gather", "gather_scatter", LaunchConfig.linear(l.size()), new KernelArgs().i64(l.size())
                .layout(l.pack()).i32(axis).ptr(pos.pointer()).i32(ComputeKind.code(pos.dtype())).i64(bound)
                .i32(indexed).ptr(src.pointer()).ptr(dst.pointer()).i32(dst.dtype().itemSize()).ptr(err.pointer()));
        if (check) {
            raiseIfSet(ctx, err, "index out of bounds for axis " + axis + " with size " + bound);
        } else {
            err.release();
        }
    }

    /** A zeroed device int the kernels set to 1 when a position is out of range. */
    private static DeviceBuffer errorFlag(DeviceContext ctx) {
        DeviceBuffer b = ctx.allocate(4);
        b.retain();
        ctx.zero(b.pointer(), 4);
        return b;
    }

    private static void raiseIfSet(DeviceContext ctx, DeviceBuffer err, String message) {
        int[] flag = new int[1];
        ctx.download(jcuda.Pointer.to(flag), err.pointer(), 4);
        err.release();
        if (flag[0] != 0) {
            throw new IndexOutOfBoundsException(message);
        }
    }

    // ---- take_along_axis -----------------------------------------------------------------------------

    CudaArray takeAlongAxis(CudaArray x, CudaArray indices, int axis) {
        if (!indices.dtype().isIntegral()) {
            throw new IllegalArgumentException("take_along_axis indices must have an integer dtype; got "
                    + indices.dtype());
        }
        int[] outShape = ShapeRules.takeAlongAxis(x.shapeRef(), indices.shapeRef(), axis);
        DeviceContext ctx = ns.sameDevice(x, indices);
        int ax = Axes.normalize(axis, x.ndim());
        int n = x.shapeRef()[ax];
        CudaArray out = CudaArray.allocate(ns, ctx, x.dtype(), outShape);
        if (out.size() == 0) {
            return out;
        }
        int[] xt = outShape.clone();
        xt[ax] = n;
        int[] xst = StridedLayout.broadcastStrides(x.shapeRef(), x.strides(), xt);
        int[] ist = StridedLayout.broadcastStrides(indices.shapeRef(), indices.strides(), outShape);
        KernelLayout l = KernelLayout.exact(outShape, out.strides(), xst, ist);
        DeviceBuffer err = errorFlag(ctx);
        ctx.run("gather", "take_along", LaunchConfig.linear(l.size()), new KernelArgs().i64(l.size()).layout(l.pack())
                .i32(ax).ptr(x.pointer()).ptr(indices.pointer()).i32(ComputeKind.code(indices.dtype())).i64(n)
                .ptr(out.pointer()).i32(x.dtype().itemSize()).ptr(err.pointer()));
        raiseIfSet(ctx, err, "index out of bounds for axis " + ax + " with size " + n);
        return out;
    }

    /** Int64 positions 0..n-1 of an arange, for gathers whose positions are computed from shapes only. */
    CudaArray positions(DeviceContext ctx, long[] values) {
        return ns.transfers().upload(values, DType.INT64, new int[] {values.length}, ctx);
    }
}
