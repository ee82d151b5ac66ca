package org.xpsci.xp.cpu;

import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Loader;

/**
 * {@code vector_norm} and {@code matrix_norm}. The reduced axes are moved last and copied once into float64
 * (or complex128) rows; each row's norm is accumulated in double and stored in the result's real dtype
 * (float32 for float32 and complex64 input, float64 otherwise).
 */
final class Norms {

    private final CpuNamespace ns;
    private final Decompositions decompositions;

    Norms(CpuNamespace ns, Decompositions decompositions) {
        this.ns = ns;
        this.decompositions = decompositions;
    }

    CpuArray vectorNorm(CpuArray x, int[] axes, boolean keepdims, double ord) {
        int nd = x.ndim();
        int[] ax = Axes.normalize(axes, nd);
        Rows rows = rows(x, ax);
        double[] out = new double[rows.count];
        for (int r = 0; r < rows.count; r++) {
            out[r] = vector(rows.values, r * rows.length, rows.length, rows.complex, ord);
        }
        return store(out, realType(x), Axes.reducedShape(x.shapeRef(), ax, keepdims));
    }

    /** Matrix norm "fro" or "nuc" over the last two axes. */
    CpuArray matrixNorm(CpuArray x, boolean keepdims, String ord) {
        MatrixChecks.stacked("matrix_norm", x);
        int[] shape = reduced(x, keepdims);
        if ("fro".equals(ord)) {
            return vectorNorm(x, new int[] {-2, -1}, keepdims, 2);
        }
        if ("nuc".equals(ord)) {
            return fromSingularValues(x, shape, true, false);
        }
        throw new IllegalArgumentException("matrix_norm ord must be 'fro', 'nuc', 1, -1, 2, -2, inf or -inf; got '"
                + ord + "'");
    }

    /** Matrix norm of order 1, -1, 2, -2, +inf or -inf over the last two axes. */
    CpuArray matrixNorm(CpuArray x, boolean keepdims, double ord) {
        MatrixChecks.stacked("matrix_norm", x);
        int[] shape = reduced(x, keepdims);
        if (Math.abs(ord) == 2) {
            return fromSingularValues(x, shape, false, ord > 0);
        }
        boolean overRows;
        if (Math.abs(ord) == 1) {
            overRows = false;
        } else if (Double.isInfinite(ord)) {
            overRows = true;
        } else {
            throw new IllegalArgumentException("matrix_norm ord must be 'fro', 'nuc', 1, -1, 2, -2, inf or -inf; got "
                    + ord);
        }
        int m = Decompositions.rows(x);
        int n = Decompositions.cols(x);
        if ((overRows ? m : n) == 0) {
            throw new IllegalArgumentException("matrix_norm with ord=" + ord + " is undefined for an empty matrix of"
                    + " shape (" + m + ", " + n + ")");
        }
        // absolute sums along one axis of each matrix, then the max (or min) of those sums
        CpuArray sums = vectorNorm(x, new int[] {overRows ? -1 : -2}, false, 1);
        CpuArray flat = ns.dataTypes().copy(sums, DType.FLOAT64);
        int count = Decompositions.count(x);
        int len = overRows ? m : n;
        double[] v = (double[]) flat.data();
        double[] out = new double[count];
        for (int b = 0; b < count; b++) {
            double best = v[b * len];
            for (int j = 1; j < len; j++) {
                double s = v[b * len + j];
                best = ord > 0 ? Math.max(best, s) : Math.min(best, s);
            }
            out[b] = best;
        }
        return store(out, realType(x), shape);
    }

    private CpuArray fromSingularValues(CpuArray x, int[] shape, boolean sum, boolean largest) {
        int k = Math.min(Decompositions.rows(x), Decompositions.cols(x));
        if (k == 0 && !sum) {
            throw new IllegalArgumentException("matrix_norm with ord=2 or -2 is undefined for an empty matrix");
        }
        CpuArray s = ns.dataTypes().copy(decompositions.svdvals(x), DType.FLOAT64);
        double[] v = (double[]) s.data();
        int count = Decompositions.count(x);
        double[] out = new double[count];
        for (int b = 0; b < count; b++) {
            double acc = 0;
            for (int j = 0; j < k; j++) {
                acc += v[b * k + j];
            }
            out[b] = sum ? acc : largest ? v[b * k] : v[b * k + k - 1];
        }
        return store(out, realType(x), shape);
    }

    private static int[] reduced(CpuArray x, boolean keepdims) {
        return Axes.reducedShape(x.shapeRef(), new int[] {x.ndim() - 2, x.ndim() - 1}, keepdims);
    }

    /** The vector norm of one row. */
    static double vector(double[] v, int off, int len, boolean complex, double ord) {
        if (Double.isInfinite(ord) && len == 0) {
            throw new IllegalArgumentException("vector_norm with ord=" + ord + " is undefined for an empty vector"
                    + " (zero-size reduction with no identity)");
        }
        double acc = ord == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : 0;
        for (int i = 0; i < len; i++) {
            double a = complex ? Math.hypot(v[2 * (off + i)], v[2 * (off + i) + 1]) : Math.abs(v[off + i]);
            if (ord == 2) {
                acc += a * a;
            } else if (ord == 1) {
                acc += a;
            } else if (ord == Double.POSITIVE_INFINITY) {
                acc = Double.isNaN(a) || a > acc ? a : acc;
            } else if (ord == Double.NEGATIVE_INFINITY) {
                acc = Double.isNaN(a) || a < acc ? a : acc;
            } else if (ord == 0) {
                acc += a != 0 ? 1 : 0;
            } else {
                acc += Math.pow(a, ord);
            }
        }
        if (ord == 2) {
            return Math.sqrt(acc);
        }
        if (ord == 1 || ord == 0 || Double.isInfinite(ord)) {
            return acc;
        }
        return Math.pow(acc, 1 / ord);
    }

    /** Rows of the reduced axes, as doubles (or interleaved complex doubles). */
    private record Rows(double[] values, int count, int length, boolean complex) {
    }

    private Rows rows(CpuArray x, int[] ax) {
        int nd = x.ndim();
        boolean[] reducedMask = Axes.mask(ax, nd);
        int[] order = new int[nd];
        int j = 0;
        for (int i = 0; i < nd; i++) {
            if (!reducedMask[i]) {
                order[j++] = i;
            }
        }
        for (int a : ax) {
            order[j++] = a;
        }
        boolean complex = x.dtype().isComplexFloating();
        CpuArray p = ns.manipulation().permuteDims(x, order);
        CpuArray c = ns.dataTypes().copy(p, complex ? DType.COMPLEX128 : DType.FLOAT64);
        int length = 1;
        for (int a : ax) {
            length *= x.shapeRef()[a];
        }
        int count = length == 0 ? Math.toIntExact(Axes.size(Axes.reducedShape(x.shapeRef(), ax, false)))
                : Math.toIntExact(x.size() / length);
        return new Rows((double[]) c.data(), count, length, complex);
    }

    private CpuArray store(double[] values, DType dt, int[] shape) {
        CpuArray out = CpuArray.allocate(ns, dt, shape);
        Loader.fromDouble(values, values.length, out.data(), dt, 0, 1);
        return out;
    }

    /** The real floating dtype of a norm of x. */
    static DType realType(CpuArray x) {
        return MatrixChecks.floating(x.dtype()).toReal();
    }
}
