package org.xpsci.xp.cpu;

import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Extremum;
import org.xpsci.xp.cpu.kernel.Kind;
import org.xpsci.xp.cpu.kernel.Loader;
import org.xpsci.xp.cpu.kernel.Product;
import org.xpsci.xp.cpu.kernel.ReduceOp;
import org.xpsci.xp.cpu.kernel.Reduction;
import org.xpsci.xp.cpu.kernel.Scan;
import org.xpsci.xp.cpu.kernel.SquaredDeviation;
import org.xpsci.xp.cpu.kernel.Sum;
import org.xpsci.xp.cpu.kernel.Truth;

/**
 * Reductions and cumulative functions on the cpu (the standard's statistical functions). Sums and products
 * without a dtype accumulate bool and signed integers in int64 and unsigned integers in uint64 and keep
 * floating dtypes; floating-point sums are pairwise like NumPy's, float32 accumulating in double. mean, var
 * and std compute integers in float64 (NumPy's rule); var and std of complex input are real; var is two-pass
 * (mean, then squared deviations) and, as the standard requires, NaN when the count minus the correction is
 * not positive.
 */
final class StatisticalFunctions {

    private final CpuNamespace ns;

    StatisticalFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray cumulativeProd(CpuArray x, Integer axis, DType dtype, boolean includeInitial) {
        return cumulative(x, axis, dtype, includeInitial, Scan.Op.PROD, "cumulative_prod");
    }

    CpuArray cumulativeSum(CpuArray x, Integer axis, DType dtype, boolean includeInitial) {
        return cumulative(x, axis, dtype, includeInitial, Scan.Op.SUM, "cumulative_sum");
    }

    CpuArray max(CpuArray x, int[] axes, boolean keepdims) {
        return extremum(x, axes, keepdims, true);
    }

    CpuArray min(CpuArray x, int[] axes, boolean keepdims) {
        return extremum(x, axes, keepdims, false);
    }

    CpuArray mean(CpuArray x, int[] axes, boolean keepdims) {
        int[] ax = Axes.normalize(axes, x.ndim());
        double[] mean = means(x, ax);
        return store(mean, x.dtype().isComplexFloating() ? Kind.COMPLEX : Kind.DOUBLE, meanType(x.dtype()), x, ax,
                keepdims);
    }

    CpuArray prod(CpuArray x, int[] axes, DType dtype, boolean keepdims) {
        DType out = dtype != null ? dtype : accumulationType(x.dtype());
        ReduceOp op = out.isBool() ? new Truth(Truth.Mode.ALL) : Product.of(computeKind(out));
        return reduce(x, axes, keepdims, out, op);
    }

    CpuArray sum(CpuArray x, int[] axes, DType dtype, boolean keepdims) {
        DType out = dtype != null ? dtype : accumulationType(x.dtype());
        ReduceOp op = out.isBool() ? new Truth(Truth.Mode.ANY) : Sum.of(computeKind(out));
        return reduce(x, axes, keepdims, out, op);
    }

    CpuArray std(CpuArray x, int[] axes, double correction, boolean keepdims) {
        return variance(x, axes, correction, keepdims, true);
    }

    CpuArray var(CpuArray x, int[] axes, double correction, boolean keepdims) {
        return variance(x, axes, correction, keepdims, false);
    }

    // ---- reductions ------------------------------------------------------------------------------------

    /** Reduces x over axes with op and stores the accumulators as {@code outType}. */
    CpuArray reduce(CpuArray x, int[] axes, boolean keepdims, DType outType, ReduceOp op) {
        int[] ax = Axes.normalize(axes, x.ndim());
        Object acc = Reduction.run(x.buffer(), Axes.mask(ax, x.ndim()), op);
        return store(acc, op.load(), outType, x, ax, keepdims);
    }

    private CpuArray extremum(CpuArray x, int[] axes, boolean keepdims, boolean max) {
        String name = max ? "max" : "min";
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException(name + " is not defined for complex input (the array API standard"
                    + " leaves the order of complex numbers unspecified); got " + x.dtype()
                    + "; reduce the real part or the magnitude instead");
        }
        int[] ax = Axes.normalize(axes, x.ndim());
        if (reducedCount(x, ax) == 0 && Axes.size(Axes.reducedShape(x.shapeRef(), ax, false)) > 0) {
            throw new IllegalArgumentException("zero-size array to reduction operation "
                    + (max ? "maximum" : "minimum") + " which has no identity (" + name + " of shape "
                    + org.xpsci.xp.Broadcast.format(x.shapeRef()) + " over axes " + java.util.Arrays.toString(ax)
                    + ")");
        }
        return reduce(x, ax, keepdims, x.dtype(), Extremum.of(computeKind(x.dtype()), max));
    }

    /** The means over axes (interleaved pairs for complex input), computed in double. */
    private double[] means(CpuArray x, int[] ax) {
        boolean complex = x.dtype().isComplexFloating();
        double[] acc = (double[]) Reduction.run(x.buffer(), Axes.mask(ax, x.ndim()),
                Sum.of(complex ? Kind.COMPLEX : Kind.DOUBLE));
        long n = reducedCount(x, ax);
        if (!complex) {
            for (int i = 0; i < acc.length; i++) {
                acc[i] = acc[i] / n;
            }
            return acc;
        }
        // NumPy divides complex by the count as complex / (n + 0j) (Smith's formula), reproduced for identical bits
        double rat = 0.0 / n;
        double scale = 1.0 / (n + 0.0 * rat);
        for (int i = 0; i < acc.length; i += 2) {
            double re = acc[i];
            double im = acc[i + 1];
            if (n == 0) {
                acc[i] = re / 0.0;
                acc[i + 1] = im / 0.0;
            } else {
                acc[i] = (re + im * rat) * scale;
                acc[i + 1] = (im - re * rat) * scale;
            }
        }
        return acc;
    }

    private CpuArray variance(CpuArray x, int[] axes, double correction, boolean keepdims, boolean root) {
        if (!Double.isFinite(correction)) {
            throw new IllegalArgumentException("correction must be a finite number of degrees of freedom; got "
                    + correction);
        }
        int[] ax = Axes.normalize(axes, x.ndim());
        boolean complex = x.dtype().isComplexFloating();
        double[] mean = means(x, ax);
        double[] ssd = (double[]) Reduction.run(x.buffer(), Axes.mask(ax, x.ndim()),
                new SquaredDeviation(mean, complex));
        double dof = reducedCount(x, ax) - correction;
        for (int i = 0; i < ssd.length; i++) {
            double v = dof > 0 ? ssd[i] / dof : Double.NaN;
            ssd[i] = root ? Math.sqrt(v) : v;
        }
        return store(ssd, Kind.DOUBLE, meanType(x.dtype()).toReal(), x, ax, keepdims);
    }

    // ---- cumulative -----------------------------------------------------------------------------------

    private CpuArray cumulative(CpuArray x, Integer axis, DType dtype, boolean includeInitial, Scan.Op op,
                                String name) {
        CpuArray in = x.ndim() == 0 ? x.view(new int[] {1}, new int[] {1}, x.offset()) : x;
        if (axis == null && in.ndim() > 1) {
            throw new org.xpsci.xp.AxisException("axis must be given for " + name + " of an array with "
                    + in.ndim() + " dimensions (shape " + org.xpsci.xp.Broadcast.format(in.shapeRef())
                    + "); it may be omitted only for 1-d arrays");
        }
        int ax = axis == null ? 0 : Axes.normalize(axis, in.ndim());
        DType outType = dtype != null ? dtype : accumulationType(x.dtype());
        int[] shape = in.shape();
        if (includeInitial) {
            shape[ax] += 1;
        }
        CpuArray out = CpuArray.allocate(ns, outType, shape);
        CpuArray target = out;
        if (includeInitial) {
            target = out.view(in.shape(), out.strides(), out.strides()[ax]);
            if (op == Scan.Op.PROD) {
                int[] first = in.shape();
                first[ax] = 1;
                ns.dataTypes().assign(ns.creation().full(new int[0], 1L, outType, null),
                        out.view(first, out.strides(), 0));
            }
        }
        Scan.run(in.buffer(), ax, target.buffer(), op);
        return out;
    }

    // ---- dtypes and results ----------------------------------------------------------------------------

    /** The standard's default accumulation dtype of sum, prod and the cumulative functions. */
    static DType accumulationType(DType d) {
        if (d.isBool() || d.isSignedInteger()) {
            return DType.INT64;
        }
        if (d.isUnsignedInteger()) {
            return DType.UINT64;
        }
        return d;
    }

    /** The dtype of mean (and, through its real part, var/std): floating input keeps it, others float64. */
    private static DType meanType(DType d) {
        return d.isFloating() ? d : DType.FLOAT64;
    }

    /** The kind a reduction producing {@code out} computes in (real floating in double). */
    static Kind computeKind(DType out) {
        if (out.isRealFloating()) {
            return Kind.DOUBLE;
        }
        if (out.isBool()) {
            return Kind.LONG;
        }
        return Kind.of(out);
    }

    /** The number of elements reduced into each output. */
    static long reducedCount(CpuArray x, int[] ax) {
        long n = 1;
        for (int a : ax) {
            n *= x.shapeRef()[a];
        }
        return n;
    }

    /** A new array of {@code outType} holding the accumulators (computed in {@code kind}). */
    private CpuArray store(Object acc, Kind kind, DType outType, CpuArray x, int[] ax, boolean keepdims) {
        CpuArray out = CpuArray.allocate(ns, outType, Axes.reducedShape(x.shapeRef(), ax, keepdims));
        int n = Math.toIntExact(out.size());
        switch (kind) {
            case DOUBLE -> Loader.fromDouble((double[]) acc, n, out.data(), outType, 0, 1);
            case COMPLEX -> Loader.fromComplex((double[]) acc, n, out.data(), outType, 0, 1);
            case ULONG -> Loader.fromULong((long[]) acc, n, out.data(), outType, 0, 1);
            default -> Loader.fromLong((long[]) acc, n, out.data(), outType, 0, 1);
        }
        return out;
    }
}
