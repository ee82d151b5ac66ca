package org.xpsci.xp.cuda;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.cuda.internal.ComputeKind;
import org.xpsci.xp.cuda.internal.DeviceContext;
import org.xpsci.xp.cuda.internal.KernelArgs;
import org.xpsci.xp.cuda.internal.KernelLayout;
import org.xpsci.xp.cuda.internal.LaunchConfig;
import org.xpsci.xp.spi.StridedLayout;

/**
 * argmax, argmin, count_nonzero, nonzero, searchsorted and where on the device. nonzero scans the non-zero
 * flags and compacts the coordinates on the device; only the count comes back to the host, because it is
 * the result's shape.
 */
final class SearchingFunctions {

    private final CudaNamespace ns;

    SearchingFunctions(CudaNamespace ns) {
        this.ns = ns;
    }

    CudaArray argmax(CudaArray x, Integer axis, boolean keepdims) {
        return ns.reductions().argReduce(true, x, axis, keepdims);
    }

    CudaArray argmin(CudaArray x, Integer axis, boolean keepdims) {
        return ns.reductions().argReduce(false, x, axis, keepdims);
    }

    CudaArray countNonzero(CudaArray x, int[] axes, boolean keepdims) {
        return ns.reductions().reduce("count", ComputeKind.B, x, axes, keepdims, DType.INT64, 0L);
    }

    List<NdArray> nonzero(CudaArray x) {
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("nonzero is not defined for 0-d arrays; use nonzero(atleast_1d(x))"
                    + " (reshape it to one dimension first)");
        }
        DeviceContext ctx = x.context();
        long n = x.size();
        CudaArray flags = CudaArray.allocate(ns, ctx, DType.INT64, new int[] {Math.toIntExact(n)});
        long count = 0;
        if (n > 0) {
            KernelLayout l = KernelLayout.of(x.shapeRef(), x.strides());
            ctx.run("scan", "nonzero_flags", LaunchConfig.linear(n), new KernelArgs().i64(n).layout(l.pack())
                    .ptr(x.pointer()).i32(ComputeKind.code(x.dtype())).ptr(flags.pointer()));
            ns.reductions().scanRows("sum", ComputeKind.I64, ctx, 1, n, flags.pointer(), DType.INT64, n,
                    flags.pointer(), n, 0);
            long[] last = new long[1];
            ctx.download(jcuda.Pointer.to(last), flags.pointer().plus((n - 1) * 8), 8);
            count = last[0];
        }
        int nd = x.ndim();
        CudaArray coords = CudaArray.allocate(ns, ctx, DType.INT64, new int[] {nd, Math.toIntExact(count)});
        if (count > 0) {
            int[] shape = x.shapeRef();
            KernelLayout s = new KernelLayout(shape.clone(), new long[][] {new long[shape.length]});
            ctx.run("scan", "compact_coords", LaunchConfig.linear(n), new KernelArgs().i64(n).layout(s.pack())
                    .ptr(flags.pointer()).i64(count).ptr(coords.pointer()));
        }
        flags.close();
        List<NdArray> out = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            out.add(coords.view(new int[] {Math.toIntExact(count)}, new int[] {1}, d * count));
        }
        coords.close();
        return out;
    }

    CudaArray searchsorted(CudaArray x1, CudaArray x2, String side, CudaArray sorter) {
        if (!"left".equals(side) && !"right".equals(side)) {
            throw new IllegalArgumentException("side must be \"left\" or \"right\"; got " + side);
        }
        if (x1.ndim() != 1) {
            throw new IllegalArgumentException("searchsorted needs a 1-d x1; got shape " + Broadcast.format(x1.shapeRef()));
        }
        DeviceContext ctx = ns.sameDevice(x1, x2, sorter);
        CudaArray a = sorter == null ? x1 : ns.indexing().take(x1, sorter, 0);
        DType common = Promotion.resultType(a.dtype(), x2.dtype(), Promotion.Rules.NUMPY);
        ComputeKind kind = ComputeKind.of(common);
        if (kind == ComputeKind.B) {
            kind = ComputeKind.I64;
        }
        CudaArray out = CudaArray.allocate(ns, ctx, DType.INT64, x2.shapeRef());
        if (out.size() > 0) {
            KernelLayout l = KernelLayout.of(x2.shapeRef(), x2.strides());
            ctx.run("sort", "searchsorted_" + kind.suffix(), LaunchConfig.linear(l.size()), new KernelArgs()
                    .i64(l.size()).layout(l.pack()).ptr(x2.pointer()).i32(ComputeKind.code(x2.dtype()))
                    .ptr(a.pointer()).i32(ComputeKind.code(a.dtype())).i64(a.shapeRef()[0]).i64(a.strides()[0])
                    .flag("right".equals(side)).ptr(out.pointer()));
        }
        return out;
    }

    CudaArray where(CudaArray condition, CudaArray x1, CudaArray x2) {
        DeviceContext ctx = ns.sameDevice(condition, x1, x2);
        DType dt = Promotion.resultType(x1.dtype(), x2.dtype(), Promotion.Rules.NUMPY);
        CudaArray a = ns.dataTypes().as(x1, dt);
        CudaArray b = ns.dataTypes().as(x2, dt);
        int[] shape = Broadcast.shapes(condition.shapeRef(), a.shapeRef(), b.shapeRef());
        CudaArray out = CudaArray.allocate(ns, ctx, dt, shape);
        if (out.size() > 0) {
            KernelLayout l = KernelLayout.of(shape, out.strides(),
                    StridedLayout.broadcastStrides(condition.shapeRef(), condition.strides(), shape),
                    StridedLayout.broadcastStrides(a.shapeRef(), a.strides(), shape),
                    StridedLayout.broadcastStrides(b.shapeRef(), b.strides(), shape));
            ctx.run("copy", "where_select", LaunchConfig.linear(l.size()), new KernelArgs().i64(l.size())
                    .layout(l.pack()).ptr(condition.pointer()).i32(ComputeKind.code(condition.dtype()))
                    .ptr(a.pointer()).ptr(b.pointer()).ptr(out.pointer()).i32(dt.itemSize()));
        }
        if (a != x1) {
            a.close();
        }
        if (b != x2) {
            b.close();
        }
        return out;
    }
}
