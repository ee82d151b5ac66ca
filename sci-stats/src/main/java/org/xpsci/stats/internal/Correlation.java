package org.xpsci.stats.internal;

import org.xpsci.stats.Alternative;
import org.xpsci.stats.PearsonrResult;
import org.xpsci.stats.StatsWarning;
import org.xpsci.stats.internal.algebra.VectorAlgebra;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * {@code pearsonr(x, y, alternative, axis)}. Under the null hypothesis r follows a beta distribution on (-1, 1)
 * with {@code a = b = n/2 - 1}; equivalently {@code t = r √(n-2) / √((1-r)(1+r))} follows Student's t with
 * n - 2 degrees of freedom, which is how the p-value is computed here (the same value, without a general
 * incomplete beta).
 */
public final class Correlation {

    private static final String FUNCTION = "pearsonr";

    private Correlation() {
    }

    /** The correlation of x and y along the axis (null: flattened). */
    public static PearsonrResult pearsonr(NdArray x, NdArray y, Alternative alternative, Integer axis) {
        if (alternative == null) {
            throw new IllegalArgumentException("alternative must be 'two-sided', 'less' or 'greater'; got null");
        }
        SampleSet s = SampleSet.of(FUNCTION, new String[] {"x", "y"}, new NdArray[] {x, y}, axis, false);
        if (s.length(0) != s.length(1)) {
            throw new IllegalArgumentException(FUNCTION + ": `x` and `y` must have the same length along `axis`; got "
                    + s.length(0) + " and " + s.length(1));
        }
        if (s.length(0) < 2) {
            throw new IllegalArgumentException(FUNCTION + ": `x` and `y` must have length at least 2; got "
                    + s.length(0));
        }
        return run(SliceEngines.of(s), s, alternative);
    }

    private static <V, B> PearsonrResult run(SliceEngine<V, B> e, SampleSet s, Alternative alternative) {
        VectorAlgebra<V, B> m = e.algebra();
        int n = s.length(0);
        DType dtype = s.dtype();
        CoMoments<V, B> c = e.comoments(s.sample(0), s.sample(1));
        B constant = m.or(c.constX(), c.constY());
        if (e.any(constant)) {
            StatsWarningChannel.warn(StatsWarning.Category.CONSTANT_INPUT, FUNCTION,
                    "An input array is constant; the correlation coefficient is not defined.");
        }
        double threshold = Math.pow(dtype.finfo().eps(), 0.75);
        B nearX = m.less(m.sub(m.sqrt(c.sxx()), m.abs(m.mul(c.meanX(), threshold))), 0.0);
        B nearY = m.less(m.sub(m.sqrt(c.syy()), m.abs(m.mul(c.meanY(), threshold))), 0.0);
        if (e.any(m.and(m.or(nearX, nearY), m.not(constant)))) {
            StatsWarningChannel.warn(StatsWarning.Category.NEAR_CONSTANT_INPUT, FUNCTION,
                    "An input array is nearly constant; the computed correlation coefficient may be inaccurate.");
        }
        V r = m.div(c.sxy(), m.mul(m.sqrt(c.sxx()), m.sqrt(c.syy())));
        r = m.where(m.less(r, -1.0), -1.0, m.where(m.greater(r, 1.0), 1.0, r));
        r = m.where(constant, Double.NaN, r);
        V p;
        if (n == 2) {
            r = m.where(m.less(r, 0.0), -1.0, m.where(m.greater(r, 0.0), 1.0, r));
            p = m.where(m.isnan(r), Double.NaN, m.full(1.0));
        } else {
            V df = m.full(n - 2.0);
            V ar = m.abs(r);
            V t = m.div(m.mul(r, Math.sqrt(n - 2.0)), m.sqrt(m.mul(m.sub(1.0, ar), m.add(ar, 1.0))));
            p = PValues.studentT(e, t, df, alternative);
        }
        return new PearsonrResult(e.array(r, dtype), e.array(p, dtype), n, alternative);
    }
}
