package org.xpsci.stats.internal;

import org.xpsci.stats.AxisOptions;
import org.xpsci.stats.internal.algebra.VectorAlgebra;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** {@code skew}, {@code kurtosis}, {@code moment}, {@code sem} and {@code variation} as SciPy computes them. */
public final class Descriptives {

    private Descriptives() {
    }

    /** {@code skew(a, axis, bias, nan_policy, keepdims)}. */
    public static NdArray skew(NdArray a, boolean bias, AxisOptions o) {
        double eps = eps(a);
        return new Reduction("skew", o, 0).apply(a, 3, null, true, skewFormula(bias, eps, false))[0];
    }

    /** {@code kurtosis(a, axis, fisher, bias, nan_policy, keepdims)}. */
    public static NdArray kurtosis(NdArray a, boolean fisher, boolean bias, AxisOptions o) {
        double eps = eps(a);
        return new Reduction("kurtosis", o, 0).apply(a, 4, null, true, kurtosisFormula(fisher, bias, eps, false))[0];
    }

    /** {@code moment(a, order, axis, nan_policy, center, keepdims)}; several orders stack on a new axis 0. */
    public static NdArray moment(NdArray a, int[] orders, boolean stacked, Double center, AxisOptions o) {
        if (orders == null || orders.length == 0) {
            throw new IllegalArgumentException("moment: `order` must be a scalar or a non-empty 1D array; got "
                    + (orders == null ? "null" : "[]"));
        }
        int max = 2;
        Reduction.Formula[] formulas = new Reduction.Formula[orders.length];
        boolean deviations = false;
        for (int i = 0; i < orders.length; i++) {
            if (orders[i] < 0) {
                throw new IllegalArgumentException("moment: `order` must be a non-negative integer; got " + orders[i]);
            }
            max = Math.max(max, orders[i]);
            formulas[i] = momentFormula(orders[i], center != null);
            deviations |= orders[i] > 1 || orders[i] == 1 && center != null;
        }
        NdArray[] r = new Reduction("moment", o, 0).apply(a, max, center, deviations, formulas);
        return stacked ? Reduction.stack(Xp.namespace(a), r) : r[0];
    }

    /** {@code sem(a, axis, ddof, nan_policy, keepdims)}. */
    public static NdArray sem(NdArray a, int ddof, AxisOptions o) {
        return new Reduction("sem", o, 1).apply(a, 2, null, false, new Reduction.Formula() {
            @Override
            public <V, B> V apply(VectorAlgebra<V, B> m, Moments<V, B> mo) {
                V n = mo.count();
                return m.div(m.sqrt(m.div(mo.m2(), m.sub(n, ddof))), m.sqrt(n));
            }
        })[0];
    }

    /** {@code variation(a, axis, nan_policy, ddof, keepdims)}. */
    public static NdArray variation(NdArray a, int ddof, AxisOptions o) {
        return new Reduction("variation", o, 0).apply(a, 2, null, false, new Reduction.Formula() {
            @Override
            public <V, B> V apply(VectorAlgebra<V, B> m, Moments<V, B> mo) {
                V n = mo.count();
                V std = m.sqrt(m.div(mo.m2(), n));
                V r = m.div(m.mul(std, m.sqrt(m.div(n, m.sub(n, ddof)))), mo.mean());
                V inf = m.full(Double.POSITIVE_INFINITY);
                V signedInf = m.where(m.less(mo.mean(), 0.0), Double.NEGATIVE_INFINITY, inf);
                V special = m.where(m.greater(std, 0.0), signedInf, Double.NaN);
                return m.where(m.equal(n, ddof), special, r);
            }
        })[0];
    }

    static double eps(NdArray a) {
        if (a == null) {
            throw new IllegalArgumentException("a must be an array; got null");
        }
        return a.dtype().isRealFloating() ? a.dtype().finfo().eps() : 2.220446049250313e-16;
    }

    /**
     * Skewness {@code m3 / m2^1.5}; NaN where {@code m2 <= (eps · mean)²} (0 in {@code mstats}, with its
     * resolution as eps), bias-corrected for n > 2 when {@code bias} is false.
     */
    static Reduction.Formula skewFormula(boolean bias, double eps, boolean masked) {
        return new Reduction.Formula() {
            @Override
            public <V, B> V apply(VectorAlgebra<V, B> m, Moments<V, B> mo) {
                V n = mo.count();
                V m2 = m.div(mo.m2(), n);
                B zero = zeroVariance(m, m2, mo.mean(), eps);
                V g = m.div(m.div(mo.sums()[3], n), m.mul(m2, m.sqrt(m2)));
                V vals = m.where(zero, masked ? 0.0 : Double.NaN, g);
                if (!bias) {
                    B correct = m.and(m.not(zero), m.greater(n, 2.0));
                    V factor = m.div(m.sqrt(m.mul(m.sub(n, 1.0), n)), m.sub(n, 2.0));
                    vals = m.where(correct, m.mul(factor, g), vals);
                }
                return vals;
            }
        };
    }

    /** Kurtosis {@code m4 / m2²} (minus 3 for Fisher's), with SciPy's zero and bias rules. */
    static Reduction.Formula kurtosisFormula(boolean fisher, boolean bias, double eps, boolean masked) {
        return new Reduction.Formula() {
            @Override
            public <V, B> V apply(VectorAlgebra<V, B> m, Moments<V, B> mo) {
                V n = mo.count();
                V m2 = m.div(mo.m2(), n);
                B zero = zeroVariance(m, m2, mo.mean(), eps);
                V ratio = m.div(m.div(mo.sums()[4], n), m.mul(m2, m2));
                V vals = m.where(zero, masked ? 0.0 : Double.NaN, ratio);
                if (!bias) {
                    B correct = m.and(m.not(zero), m.greater(n, 3.0));
                    V nm1 = m.sub(n, 1.0);
                    V inner = m.sub(m.mul(m.sub(m.mul(n, n), 1.0), ratio), m.mul(m.mul(nm1, nm1), 3.0));
                    V nval = m.div(inner, m.mul(m.sub(n, 2.0), m.sub(n, 3.0)));
                    vals = m.where(correct, m.add(nval, 3.0), vals);
                }
                return fisher ? m.sub(vals, 3.0) : vals;
            }
        };
    }

    /** SciPy's test for a numerically zero variance: {@code m2 <= (eps · mean)²}. */
    private static <V, B> B zeroVariance(VectorAlgebra<V, B> m, V m2, V mean, double eps) {
        V em = m.mul(mean, eps);
        return m.lessEqual(m.sub(m2, m.mul(em, em)), 0.0);
    }

    private static Reduction.Formula momentFormula(int order, boolean centered) {
        return new Reduction.Formula() {
            @Override
            public <V, B> V apply(VectorAlgebra<V, B> m, Moments<V, B> mo) {
                if (order == 0) {
                    return m.full(1.0);
                }
                if (order == 1 && !centered) {
                    return m.full(0.0);
                }
                return m.div(mo.sums()[order], mo.count());
            }
        };
    }
}
