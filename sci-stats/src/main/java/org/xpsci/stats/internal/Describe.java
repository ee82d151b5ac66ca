package org.xpsci.stats.internal;

import org.xpsci.stats.AxisOptions;
import org.xpsci.stats.DescribeResult;
import org.xpsci.stats.NanPolicy;
import org.xpsci.stats.internal.algebra.VectorAlgebra;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * {@code describe(a, axis, ddof, bias, nan_policy)}: nobs, min, max, mean, variance, skewness and kurtosis.
 * As in SciPy, NaNs propagate naturally and nobs is the (0-d) length of the axis; under nan_policy='omit' the
 * statistics are those of {@code scipy.stats.mstats.describe}: nobs counts each slice, and a constant slice has
 * skewness 0 and kurtosis -3.
 */
public final class Describe {

    private static final String FUNCTION = "describe";

    private Describe() {
    }

    /** The descriptive statistics of each slice. */
    public static DescribeResult of(NdArray a, int ddof, boolean bias, AxisOptions o) {
        if (a == null) {
            throw new IllegalArgumentException("describe: a must be an array; got null");
        }
        if (o.keepdims()) {
            throw new IllegalArgumentException("describe has no keepdims parameter; got keepdims=true");
        }
        if (a.size() == 0) {
            throw new IllegalArgumentException("describe: The input must not be empty; got an array of shape "
                    + java.util.Arrays.toString(a.shape()));
        }
        boolean omit = o.nanPolicy() == NanPolicy.OMIT;
        double eps = Descriptives.eps(a);
        double resolution = a.dtype() == DType.FLOAT32 ? 1e-6 : 1e-15;
        double zeroEps = omit ? resolution : eps;
        Reduction r = new Reduction(FUNCTION, o, -1);
        NdArray[] stats = r.apply(a, 4, null, true, mean(), variance(ddof),
                Descriptives.skewFormula(bias, zeroEps, omit), Descriptives.kurtosisFormula(true, bias, zeroEps, omit));
        ArrayNamespace xp = Xp.namespace(a);
        NdArray x = r.layoutOriginal(a);
        NdArray nobs;
        NdArray min;
        NdArray max;
        int[] last = {-1};
        if (omit && a.dtype().isRealFloating()) {
            NdArray nan = xp.isnan(x);
            nobs = xp.sum(xp.astype(xp.logicalNot(nan), DType.INT64), last, null, false);
            NdArray empty = xp.equal(nobs, xp.zerosLike(nobs));
            min = xp.where(empty, Double.NaN, xp.min(xp.where(nan, Double.POSITIVE_INFINITY, x), last, false));
            max = xp.where(empty, Double.NaN, xp.max(xp.where(nan, Double.NEGATIVE_INFINITY, x), last, false));
        } else {
            int n = x.shape(-1);
            nobs = xp.full(new int[0], (long) n, DType.INT64, a.device());
            min = xp.min(x, last, false);
            max = xp.max(x, last, false);
        }
        return new DescribeResult(nobs, min, max, stats[0], stats[1], stats[2], stats[3]);
    }

    private static Reduction.Formula mean() {
        return new Reduction.Formula() {
            @Override
            public <V, B> V apply(VectorAlgebra<V, B> m, Moments<V, B> mo) {
                return mo.mean();
            }
        };
    }

    private static Reduction.Formula variance(int ddof) {
        return new Reduction.Formula() {
            @Override
            public <V, B> V apply(VectorAlgebra<V, B> m, Moments<V, B> mo) {
                return m.div(mo.m2(), m.sub(mo.count(), ddof));
            }
        };
    }
}
