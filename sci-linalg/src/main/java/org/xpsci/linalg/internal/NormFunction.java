package org.xpsci.linalg.internal;

import java.util.Arrays;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Axes;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * scipy.linalg's {@code norm(a, ord, axis, keepdims, check_finite)} with NumPy's semantics: vector norms over
 * one axis (any order), matrix norms over two ('fro', 'nuc', +-1, +-2, +-inf), and the 2-norm of the flattened
 * array by default. The 2-norm and Frobenius norm are scaled by the largest magnitude first, as BLAS's
 * {@code nrm2} (which SciPy calls) is, so they neither overflow nor underflow.
 */
public final class NormFunction {

    private NormFunction() {
    }

    /**
     * The norm.
     *
     * @param ord null (default), a {@link Double} order, or "fro" / "nuc"
     * @param axis null (see above), one axis or two
     */
    public static NdArray norm(NdArray a0, Object ord, int[] axis, boolean keepdims, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        Checks.finiteIf(checkFinite, xp, a0);
        DType dt = a0.dtype().isFloating() ? a0.dtype() : Xp.defaultFloat(xp);
        NdArray a = Checks.cast(xp, a0, dt);
        int nd = a.ndim();
        if (axis == null) {
            if (ord == null) {
                int[] all = Axes.normalize(null, nd);
                return scaledTwoNorm(xp, a, all, keepdims);
            }
            if (nd == 1) {
                return vector(xp, a, ord, new int[] {0}, keepdims);
            }
            if (nd == 2) {
                return matrix(xp, a, ord, new int[] {0, 1}, keepdims);
            }
            throw new IllegalArgumentException("Improper number of dimensions to norm: ord=" + ord + " needs a 1-d or"
                    + " 2-d array when axis is None; got shape " + Checks.shape(a));
        }
        if (axis.length == 1) {
            return vector(xp, a, ord, new int[] {Axes.normalize(axis[0], nd)}, keepdims);
        }
        if (axis.length == 2) {
            int r = Axes.normalize(axis[0], nd);
            int c = Axes.normalize(axis[1], nd);
            if (r == c) {
                throw new AxisException("Duplicate axes given: " + Arrays.toString(axis));
            }
            return matrix(xp, a, ord, new int[] {r, c}, keepdims);
        }
        throw new IllegalArgumentException("Improper number of dimensions to norm: axis must name 1 or 2 axes; got "
                + Arrays.toString(axis));
    }

    private static NdArray vector(ArrayNamespace xp, NdArray a, Object ord, int[] ax, boolean keepdims) {
        if (ord instanceof String s) {
            throw new IllegalArgumentException("Invalid norm order '" + s + "' for vectors");
        }
        double p = ord == null ? 2 : (Double) ord;
        if (p == 2) {
            return scaledTwoNorm(xp, a, ax, keepdims);
        }
        NdArray mag = magnitude(xp, a);
        if (p == Double.POSITIVE_INFINITY) {
            return xp.max(mag, ax, keepdims);
        }
        if (p == Double.NEGATIVE_INFINITY) {
            return xp.min(mag, ax, keepdims);
        }
        if (p == 0) {
            NdArray nonzero = xp.notEqual(mag, Matrices.scalar(xp, 0, mag));
            return xp.sum(xp.astype(nonzero, mag.dtype()), ax, null, keepdims);
        }
        if (p == 1) {
            return xp.sum(mag, ax, null, keepdims);
        }
        NdArray powered = xp.sum(xp.pow(mag, p), ax, null, keepdims);
        return xp.pow(powered, 1 / p);
    }

    private static NdArray matrix(ArrayNamespace xp, NdArray a, Object ord, int[] ax, boolean keepdims) {
        if (ord == null || "fro".equals(ord)) {
            return scaledTwoNorm(xp, a, ax, keepdims);
        }
        NdArray moved = xp.moveaxis(a, ax, new int[] {-2, -1});
        if ("nuc".equals(ord)) {
            NdArray s = SvdDispatch.svdvals(xp, moved);
            return keep(xp, xp.sum(s, new int[] {-1}, null, false), a.ndim(), ax, keepdims);
        }
        if (!(ord instanceof Double)) {
            throw new IllegalArgumentException("Invalid norm order '" + ord + "' for matrices; accepted: None, 'fro',"
                    + " 'nuc', inf, -inf, 1, -1, 2, -2");
        }
        double p = (Double) ord;
        NdArray result;
        if (Math.abs(p) == 2) {
            NdArray s = SvdDispatch.svdvals(xp, moved);
            result = p > 0 ? xp.max(s, new int[] {-1}, false) : xp.min(s, new int[] {-1}, false);
        } else if (Math.abs(p) == 1 || Double.isInfinite(p)) {
            boolean columns = Math.abs(p) == 1;
            NdArray sums = xp.sum(magnitude(xp, moved), new int[] {columns ? -2 : -1}, null, false);
            result = p > 0 ? xp.max(sums, new int[] {-1}, false) : xp.min(sums, new int[] {-1}, false);
        } else {
            throw new IllegalArgumentException("Invalid norm order for matrices: " + p + "; accepted: None, 'fro',"
                    + " 'nuc', inf, -inf, 1, -1, 2, -2");
        }
        return keep(xp, result, a.ndim(), ax, keepdims);
    }

    /** A result over the two reduced axes, with them reinserted as length 1 when keepdims. */
    private static NdArray keep(ArrayNamespace xp, NdArray r, int ndim, int[] ax, boolean keepdims) {
        if (!keepdims) {
            return r;
        }
        int[] lo = {Math.min(ax[0], ax[1]), Math.max(ax[0], ax[1])};
        NdArray out = xp.expandDims(r, lo[0]);
        return xp.expandDims(out, lo[1]);
    }

    /** |x| as a real array. */
    private static NdArray magnitude(ArrayNamespace xp, NdArray a) {
        return xp.abs(a);
    }

    /** sqrt(sum |x|^2) over axes, scaled by the largest |x| (0 stays 0, an infinity gives inf). */
    static NdArray scaledTwoNorm(ArrayNamespace xp, NdArray a, int[] ax, boolean keepdims) {
        NdArray mag = magnitude(xp, a);
        if (mag.size() == 0) {
            return xp.sum(mag, ax, null, keepdims);
        }
        NdArray scale = xp.max(mag, ax, true);
        NdArray zero = Matrices.scalar(xp, 0, scale);
        NdArray positive = xp.greater(scale, zero);
        NdArray safe = xp.where(positive, scale, Matrices.scalar(xp, 1, scale));
        NdArray ratio = xp.divide(mag, safe);
        NdArray sum = xp.sum(xp.square(ratio), ax, null, true);
        NdArray norm = xp.multiply(xp.sqrt(sum), safe);
        NdArray special = xp.logicalOr(xp.isinf(scale), xp.isnan(scale));
        norm = xp.where(special, scale, xp.where(positive, norm, zero));
        return keepdims ? norm : xp.squeeze(norm, ax);
    }
}
