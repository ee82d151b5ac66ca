package org.xpsci.stats;

import org.xpsci.stats.distributions.StudentT;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The result of a t-test (SciPy's {@code TtestResult}): one element per tested slice, 0-d arrays for 1-d
 * samples (SciPy returns NumPy scalars there).
 *
 * @param statistic     the t statistic
 * @param pvalue        the p-value under the chosen alternative
 * @param df            the degrees of freedom: float for {@code ttest_ind} (Welch's are fractional), int64
 *                      for {@code ttest_1samp} and {@code ttest_rel} (n - 1)
 * @param standardError the standard error of the estimate (the denominator of the statistic)
 * @param estimate      the estimated difference: mean minus popmean, mean difference, or difference of means
 * @param alternative   the alternative hypothesis the p-value is for
 */
public record TtestResult(NdArray statistic, NdArray pvalue, NdArray df, NdArray standardError, NdArray estimate,
        Alternative alternative) {

    /** The 95% confidence interval ({@code confidence_interval()}). */
    public ConfidenceInterval confidenceInterval() {
        return confidenceInterval(0.95);
    }

    /**
     * The confidence interval of the estimate at {@code confidenceLevel} ({@code confidence_interval}): two-sided
     * for a two-sided test, else one-sided with an infinite bound, from the Student t quantiles.
     *
     * @param confidenceLevel the confidence level, in [0, 1]
     * @throws IllegalArgumentException when the level is outside [0, 1]
     */
    public ConfidenceInterval confidenceInterval(double confidenceLevel) {
        ConfidenceInterval.checkLevel(confidenceLevel);
        ArrayNamespace xp = Xp.namespace(statistic, df);
        DType dtype = statistic.dtype();
        StudentT t = StudentT.of(df);
        NdArray low;
        NdArray high;
        if (alternative == Alternative.LESS) {
            high = bound(xp, t, confidenceLevel);
            low = xp.fullLike(high, Double.NEGATIVE_INFINITY);
        } else if (alternative == Alternative.GREATER) {
            low = bound(xp, t, 1 - confidenceLevel);
            high = xp.fullLike(low, Double.POSITIVE_INFINITY);
        } else {
            double tail = (1 - confidenceLevel) / 2;
            low = bound(xp, t, tail);
            high = bound(xp, t, 1 - tail);
        }
        return new ConfidenceInterval(cast(xp, low, dtype), cast(xp, high, dtype));
    }

    private NdArray bound(ArrayNamespace xp, StudentT t, double p) {
        NdArray q = t.ppf(xp.full(df.shape(), p, DType.FLOAT64, df.device()));
        return xp.add(xp.multiply(q, xp.astype(standardError, q.dtype())), xp.astype(estimate, q.dtype()));
    }

    private static NdArray cast(ArrayNamespace xp, NdArray a, DType dtype) {
        return a.dtype() == dtype ? a : xp.astype(a, dtype);
    }
}
