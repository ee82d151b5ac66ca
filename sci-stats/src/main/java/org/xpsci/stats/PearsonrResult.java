package org.xpsci.stats;

import org.xpsci.stats.internal.special.NormalDistribution;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The result of {@link Stats#pearsonr} (SciPy's {@code PearsonRResult}).
 *
 * @param statistic   Pearson's correlation coefficient r
 * @param pvalue      the p-value of the test of no correlation under the chosen alternative
 * @param n           the number of observations per slice
 * @param alternative the alternative hypothesis
 */
public record PearsonrResult(NdArray statistic, NdArray pvalue, long n, Alternative alternative) {

    /** The 95% confidence interval of r ({@code confidence_interval()}). */
    public ConfidenceInterval confidenceInterval() {
        return confidenceInterval(0.95);
    }

    /**
     * The confidence interval of r from Fisher's transformation ({@code confidence_interval(confidence_level)}):
     * {@code tanh(atanh(r) ± z/√(n - 3))}, one-sided for a one-sided test; (-1, 1) when {@code n <= 3}.
     *
     * @throws IllegalArgumentException when the level is outside [0, 1]
     */
    public ConfidenceInterval confidenceInterval(double confidenceLevel) {
        ConfidenceInterval.checkLevel(confidenceLevel);
        ArrayNamespace xp = Xp.namespace(statistic);
        NdArray minusOne = xp.fullLike(statistic, -1.0);
        NdArray one = xp.fullLike(statistic, 1.0);
        if (n <= 3) {
            return new ConfidenceInterval(minusOne, one);
        }
        NdArray zr = xp.atanh(statistic);
        double se = Math.sqrt(1.0 / (n - 3));
        if (alternative == Alternative.TWO_SIDED) {
            double h = NormalDistribution.ppf(0.5 + confidenceLevel / 2) * se;
            return new ConfidenceInterval(xp.tanh(xp.subtract(zr, h)), xp.tanh(xp.add(zr, h)));
        }
        double h = NormalDistribution.ppf(confidenceLevel) * se;
        return alternative == Alternative.LESS ? new ConfidenceInterval(minusOne, xp.tanh(xp.add(zr, h)))
                : new ConfidenceInterval(xp.tanh(xp.subtract(zr, h)), one);
    }
}
