package org.xpsci.xp.cuda;

import java.util.Arrays;
import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.cuda.internal.ComputeKind;
import org.xpsci.xp.cuda.internal.DeviceContext;
import org.xpsci.xp.cuda.internal.DevicePointer;
import org.xpsci.xp.cuda.internal.KernelArgs;
import org.xpsci.xp.cuda.internal.KernelLayout;
import org.xpsci.xp.cuda.internal.LaunchConfig;
import org.xpsci.xp.cuda.internal.ReducePlan;

/**
 * Launches the reduction and scan kernels (reduce.cu, scan.cu) for the statistical, searching and utility
 * functions: the input is read in place through two layouts (kept axes, reduced axes), never copied.
 */
final class Reductions {

    /** Elements of one scan tile (SCAN_TILE in scan.cu). */
    static final int SCAN_TILE = 1024;

    private final CudaNamespace ns;

    Reductions(CudaNamespace ns) {
        this.ns = ns;
    }

    /** The rows x K view of x for a reduction over {@code axes} (normalised). */
    private record Split(long rows, long k, KernelLayout row, KernelLayout red) {
        static Split of(CudaArray x, int[] axes) {
            boolean[] m = Axes.mask(axes, x.ndim());
            int[] s = x.shapeRef();
            int[] st = x.strides();
            int nk = 0;
            for (boolean b : m) {
                nk += b ? 1 : 0;
            }
            int[] ks = new int[nk];
            int[] kst = new int[nk];
            int[] rs = new int[s.length - nk];
            int[] rst = new int[s.length - nk];
            for (int d = 0, i = 0, j = 0; d < s.length; d++) {
                if (m[d]) {
                    ks[i] = s[d];
                    kst[i++] = st[d];
                } else {
                    rs[j] = s[d];
                    rst[j++] = st[d];
                }
            }
            return new Split(Axes.size(rs), Axes.size(ks), KernelLayout.of(rs, rst), KernelLayout.of(ks, kst));
        }
    }

    /**
     * {@code reduce_<op>_<kind>} over axes (null: all) into a new array of {@code outType}; empty reductions
     * give {@code identity} (a Java value), or throw when it is null.
     */
    CudaArray reduce(String op, ComputeKind kind, CudaArray x, int[] axes, boolean keepdims, DType outType,
                     Object identity) {
        int[] ax = Axes.normalize(axes, x.ndim());
        int[] outShape = Axes.reducedShape(x.shapeRef(), ax, keepdims);
        DeviceContext ctx = x.context();
        CudaArray out = CudaArray.allocate(ns, ctx, outType, outShape);
        Split sp = Split.of(x, ax);
        if (sp.rows == 0) {
            return out;
        }
        if (sp.k == 0) {
            if (identity == null) {
                throw new IllegalArgumentException("zero-size array to reduction operation " + op
                        + " which has no identity");
            }
            ns.creation().fill(out, identity);
            return out;
        }
        ReducePlan plan = ReducePlan.of(sp.rows, sp.k);
        String entry = "reduce_" + op + "_" + kind.suffix();
        if (plan.perThread() || plan.segments() == 1) {
            launchReduce(ctx, kind, entry, plan, sp.rows, sp.k, sp.row, sp.red, x.pointer(), x.dtype(), out.pointer(),
                    outType);
            return out;
        }
        long s = plan.segments();
        DType partialType = op.equals("count") ? DType.INT64 : kind.natural();
        CudaArray partial = CudaArray.allocate(ns, ctx, partialType, new int[] {Math.toIntExact(sp.rows * s)});
        launchReduce(ctx, kind, entry, plan, sp.rows, sp.k, sp.row, sp.red, x.pointer(), x.dtype(), partial.pointer(),
                partialType);
        ComputeKind secondKind = op.equals("count") ? ComputeKind.I64 : kind;
        String second = op.equals("count") ? "reduce_sum_i64" : entry;
        KernelLayout rows = new KernelLayout(new int[] {Math.toIntExact(sp.rows)}, new long[][] {{s}});
        KernelLayout red = new KernelLayout(new int[] {Math.toIntExact(s)}, new long[][] {{1}});
        ReducePlan p2 = ReducePlan.of(sp.rows, s);
        ReducePlan single = p2.perThread() ? p2 : new ReducePlan(false, 1);
        launchReduce(ctx, secondKind, second, single, sp.rows, s, rows, red, partial.pointer(), partialType, out.pointer(),
                outType);
        partial.close();
        return out;
    }

    /** The PTX module of a kind's reduction kernels. */
    static String module(ComputeKind kind) {
        return "reduce_" + kind.suffix();
    }

    private static void launchReduce(DeviceContext ctx, ComputeKind kind, String entry, ReducePlan plan, long rows,
                                     long k, KernelLayout row, KernelLayout red, DevicePointer in, DType inType,
                                     DevicePointer out, DType outType) {
        ctx.run(module(kind), entry, plan.launch(rows), new KernelArgs().i64(rows).i64(k).layout(row.pack())
                .layout(red.pack()).ptr(in).i32(ComputeKind.code(inType)).ptr(out).i32(ComputeKind.code(outType))
                .flag(plan.perThread()));
    }

    /** argmax / argmin along one axis (null: the flattened array), as int64. */
    CudaArray argReduce(boolean max, CudaArray x, Integer axis, boolean keepdims) {
        String name = max ? "argmax" : "argmin";
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException(name + " is not defined for complex dtypes; got " + x.dtype());
        }
        CudaArray src = axis == null ? ns.manipulation().reshape(x, new int[] {-1}, null) : x;
        int ax = axis == null ? 0 : Axes.normalize(axis, x.ndim());
        if (src.ndim() == 0) {
            src = ns.manipulation().reshape(x, new int[] {1}, null);
        }
        int[] outShape = Axes.reducedShape(src.shapeRef(), new int[] {ax}, keepdims);
        if (axis == null && keepdims) {
            outShape = new int[x.ndim()];
            Arrays.fill(outShape, 1);
        }
        DeviceContext ctx = x.context();
        CudaArray out = CudaArray.allocate(ns, ctx, DType.INT64, outShape);
        Split sp = Split.of(src, new int[] {ax});
        if (sp.rows == 0) {
            return out;
        }
        if (sp.k == 0) {
            throw new IllegalArgumentException("attempt to get " + name + " of an empty sequence");
        }
        ComputeKind kind = ComputeKind.of(x.dtype());
        String entry = "argreduce_" + name + "_" + kind.suffix();
        ReducePlan plan = ReducePlan.of(sp.rows, sp.k);
        if (plan.perThread() || plan.segments() == 1) {
            launchArg(ctx, kind, entry, plan, sp.rows, sp.k, sp.row, sp.red, src.pointer(), src.dtype(), null, null,
                    out.pointer());
            return out;
        }
        long s = plan.segments();
        int len = Math.toIntExact(sp.rows * s);
        CudaArray pv = CudaArray.allocate(ns, ctx, kind.natural(), new int[] {len});
        CudaArray pi = CudaArray.allocate(ns, ctx, DType.INT64, new int[] {len});
        launchArg(ctx, kind, entry, plan, sp.rows, sp.k, sp.row, sp.red, src.pointer(), src.dtype(), null, pv.pointer(),
                pi.pointer());
        KernelLayout rows = new KernelLayout(new int[] {Math.toIntExact(sp.rows)}, new long[][] {{s}});
        KernelLayout red = new KernelLayout(new int[] {Math.toIntExact(s)}, new long[][] {{1}});
        ReducePlan p2 = ReducePlan.of(sp.rows, s);
        ReducePlan single = p2.perThread() ? p2 : new ReducePlan(false, 1);
        launchArg(ctx, kind, entry, single, sp.rows, s, rows, red, pv.pointer(), kind.natural(), pi.pointer(), null,
                out.pointer());
        pv.close();
        pi.close();
        return out;
    }

    private static void launchArg(DeviceContext ctx, ComputeKind kind, String entry, ReducePlan plan, long rows,
                                  long k, KernelLayout row, KernelLayout red, DevicePointer in, DType inType,
                                  DevicePointer idx, DevicePointer outv, DevicePointer outi) {
        ctx.run(module(kind), entry, plan.launch(rows), new KernelArgs().i64(rows).i64(k).layout(row.pack())
                .layout(red.pack()).ptr(in).i32(ComputeKind.code(inType)).ptr(idx).ptr(outv).ptr(outi)
                .flag(plan.perThread()));
    }

    /**
     * Inclusive scans of M rows of K elements: in (any dtype) at row*inRow + k, out (the kind's dtype) at
     * row*outRow + outOff + k. Rows longer than a tile are finished by scanning the tile totals and adding
     * them back.
     */
    void scanRows(String op, ComputeKind kind, DeviceContext ctx, long m, long k, DevicePointer in, DType inType,
                  long inRow, DevicePointer out, long outRow, long outOff) {
        if (m == 0 || k == 0) {
            return;
        }
        long tiles = (k + SCAN_TILE - 1) / SCAN_TILE;
        CudaArray totals = tiles > 1 ? CudaArray.allocate(ns, ctx, kind.natural(), new int[] {Math.toIntExact(m * tiles)})
                : null;
        ctx.run("scan", "scan_" + op + "_" + kind.suffix(), LaunchConfig.rows(tiles, m), new KernelArgs().i64(m).i64(k)
                .ptr(in).i32(ComputeKind.code(inType)).i64(inRow).ptr(out).i64(outRow).i64(outOff)
                .ptr(totals == null ? null : totals.pointer()).i64(tiles));
        if (totals != null) {
            scanRows(op, kind, ctx, m, tiles, totals.pointer(), kind.natural(), tiles, totals.pointer(), tiles, 0);
            ctx.run("scan", "scan_add_" + op + "_" + kind.suffix(), LaunchConfig.rows(tiles - 1, m), new KernelArgs()
                    .i64(m).i64(k).ptr(out).i64(outRow).i64(outOff).ptr(totals.pointer()).i64(tiles));
            totals.close();
        }
    }
}
