package org.xpsci.xp.cuda;

import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.cuda.internal.ComputeKind;
import org.xpsci.xp.cuda.internal.DeviceContext;
import org.xpsci.xp.cuda.internal.KernelArgs;
import org.xpsci.xp.cuda.internal.LaunchConfig;

/**
 * sort and argsort on the device by a bitonic network over rows padded to a power of two (sort.cu). Ties are
 * broken by original position, so every sort is stable; NaNs sort last ascending and first descending, as
 * the standard's flip-based descending order gives.
 */
final class SortingFunctions {

    private final CudaNamespace ns;

    SortingFunctions(CudaNamespace ns) {
        this.ns = ns;
    }

    /** The sorted keys and the permutation of one sort, in padded rows. */
    private record Sorted(CudaArray keys, CudaArray idx, CudaArray moved, int[] paddedStrides) {
        void close() {
            keys.close();
            idx.close();
        }
    }

    CudaArray argsort(CudaArray x, int axis, boolean descending, boolean stable) {
        int ax = axisOf(x, axis);
        Sorted s = run(x, ax, descending);
        CudaArray out = CudaArray.allocate(ns, x.context(), DType.INT64, s.moved.shapeRef());
        if (out.size() > 0) {
            ns.dataTypes().assign(s.idx.view(s.moved.shapeRef(), s.paddedStrides, 0), out);
        }
        s.close();
        return back(out, ax, x.ndim());
    }

    CudaArray sort(CudaArray x, int axis, boolean descending, boolean stable) {
        int ax = axisOf(x, axis);
        Sorted s = run(x, ax, descending);
        CudaArray out = CudaArray.allocate(ns, x.context(), x.dtype(), s.moved.shapeRef());
        if (out.size() > 0) {
            ns.dataTypes().assign(s.keys.view(s.moved.shapeRef(), s.paddedStrides, 0), out);
        }
        s.close();
        return back(out, ax, x.ndim());
    }

    private static int axisOf(CudaArray x, int axis) {
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("sort needs an array of at least one dimension; got a 0-d array");
        }
        return Axes.normalize(axis, x.ndim());
    }

    private CudaArray back(CudaArray out, int ax, int nd) {
        return ns.manipulation().moveaxis(out, new int[] {nd - 1}, new int[] {ax});
    }

    /** The kind keys are sorted in: bool and narrow integers widen; complex sorts lexicographically. */
    static ComputeKind kind(DType d) {
        ComputeKind k = ComputeKind.of(d);
        return k == ComputeKind.B ? ComputeKind.U64 : k;
    }

    private Sorted run(CudaArray x, int ax, boolean descending) {
        DeviceContext ctx = x.context();
        CudaArray moved = ns.manipulation().moveaxis(x, new int[] {ax}, new int[] {-1});
        int[] shape = moved.shapeRef();
        int nd = shape.length;
        long k = shape[nd - 1];
        long m = k == 0 ? 0 : moved.size() / k;
        long p = Long.highestOneBit(Math.max(k, 1));
        if (p < k) {
            p <<= 1;
        }
        int[] padded = new int[nd];
        padded[nd - 1] = 1;
        long acc = p;
        for (int d = nd - 2; d >= 0; d--) {
            padded[d] = Math.toIntExact(acc);
            acc *= shape[d];
        }
        ComputeKind kind = kind(x.dtype());
        int slots = Math.toIntExact(m * p);
        CudaArray keys = CudaArray.allocate(ns, ctx, kind.natural(), new int[] {slots});
        CudaArray idx = CudaArray.allocate(ns, ctx, DType.INT64, new int[] {slots});
        if (slots > 0) {
            ns.dataTypes().assign(moved, keys.view(shape, padded, 0));
            ctx.run("sort", "sort_iota", LaunchConfig.linear(slots), new KernelArgs().i64(m).i64(k).i64(p)
                    .ptr(idx.pointer()));
            LaunchConfig half = LaunchConfig.linear(slots / 2);
            for (long size = 2; size <= p; size <<= 1) {
                for (long j = size / 2; j > 0; j >>= 1) {
                    ctx.run("sort", "sort_step_" + kind.suffix(), half, new KernelArgs().i64(m).i64(p).i64(j)
                            .i64(size).ptr(keys.pointer()).ptr(idx.pointer()).flag(descending));
                }
            }
        }
        return new Sorted(keys, idx, moved, padded);
    }
}
