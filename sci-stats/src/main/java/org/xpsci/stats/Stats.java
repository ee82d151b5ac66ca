package org.xpsci.stats;

import org.xpsci.stats.internal.Correlation;
import org.xpsci.stats.internal.Describe;
import org.xpsci.stats.internal.Descriptives;
import org.xpsci.stats.internal.TTests;
import org.xpsci.stats.internal.ZScores;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The statistics of {@code scipy.stats}: t-tests, descriptive statistics and Pearson's correlation, written
 * once against the array API namespace so they run on every backend (results in the input's namespace and
 * device; float32 in gives float32 out, integers give float64). Axis, NaN policy and keepdims follow SciPy's
 * {@code _axis_nan_policy} rules; where SciPy warns, a {@link StatsWarning} is raised through
 * {@link StatsWarnings}. 1-d input gives 0-d results (SciPy gives NumPy scalars).
 */
public final class Stats {

    private Stats() {
    }

    /** {@code ttest_ind(a, b)}: Student's t-test of two independent samples along axis 0, equal variances. */
    public static TtestResult ttestInd(NdArray a, NdArray b) {
        return ttestInd(a, b, TtestOptions.defaults());
    }

    /**
     * {@code ttest_ind(a, b, axis, equal_var, nan_policy, alternative, trim, keepdims)}: the t-test for the null
     * hypothesis that two independent samples have equal means; Welch's test when {@code equalVar} is false,
     * Yuen's trimmed test when {@code trim > 0}. The samples broadcast in every dimension but the axis. df is
     * float ({@code n1 + n2 - 2}, or Welch-Satterthwaite).
     *
     * @throws IllegalArgumentException for bad shapes, an axis out of range, or a NaN under nan_policy='raise'
     */
    public static TtestResult ttestInd(NdArray a, NdArray b, TtestOptions options) {
        return TTests.independent(a, b, options(options));
    }

    /** {@code ttest_1samp(a, popmean)} along axis 0. */
    public static TtestResult ttest1samp(NdArray a, double popmean) {
        return ttest1samp(a, popmean, TtestOptions.defaults());
    }

    /** {@code ttest_1samp(a, popmean, axis, nan_policy, alternative, keepdims)} with a scalar popmean. */
    public static TtestResult ttest1samp(NdArray a, double popmean, TtestOptions options) {
        requireArray(a, "a");
        ArrayNamespace xp = Xp.namespace(a);
        NdArray pop = xp.full(new int[0], popmean, Xp.resultType(xp, true, a), a.device());
        return ttest1samp(a, pop, options);
    }

    /**
     * {@code ttest_1samp(a, popmean, axis, nan_policy, alternative, keepdims)}: the t-test for the null
     * hypothesis that the mean of {@code a} is {@code popmean}. popmean broadcasts against a and must have
     * length 1 along the axis. df is int64 ({@code n - 1}; where SciPy reports a NaN df, for a slice with a
     * propagated NaN or one left empty, it is still the slice's n - 1). equalVar and trim must be left at their
     * defaults.
     *
     * @throws IllegalArgumentException for bad shapes, popmean's length along the axis not 1, or a NaN under
     *                                  nan_policy='raise'
     */
    public static TtestResult ttest1samp(NdArray a, NdArray popmean, TtestOptions options) {
        return TTests.oneSample(a, popmean, options(options));
    }

    /** {@code ttest_rel(a, b)} along axis 0. */
    public static TtestResult ttestRel(NdArray a, NdArray b) {
        return ttestRel(a, b, TtestOptions.defaults());
    }

    /**
     * {@code ttest_rel(a, b, axis, nan_policy, alternative, keepdims)}: the paired t-test, the one-sample test
     * of {@code a - b} against 0 (the samples broadcast fully; NaNs are omitted pairwise). df as in
     * {@link #ttest1samp(NdArray, NdArray, TtestOptions)}.
     */
    public static TtestResult ttestRel(NdArray a, NdArray b, TtestOptions options) {
        return TTests.related(a, b, options(options));
    }

    /** {@code describe(a)} along axis 0 with ddof=1, bias=True. */
    public static DescribeResult describe(NdArray a) {
        return describe(a, 1, true, AxisOptions.defaults());
    }

    /**
     * {@code describe(a, axis, ddof, bias, nan_policy)}: number of observations (int64), minimum and maximum
     * (the input's dtype), mean, variance (ddof), skewness and Fisher kurtosis (biased unless bias is false).
     * Under nan_policy='omit' the statistics are those of {@code scipy.stats.mstats.describe}.
     *
     * @throws IllegalArgumentException for an empty input, keepdims (describe has none), or a NaN under 'raise'
     */
    public static DescribeResult describe(NdArray a, int ddof, boolean bias, AxisOptions options) {
        return Describe.of(a, ddof, bias, axisOptions(options));
    }

    /** {@code zscore(a)} along axis 0, ddof=0. */
    public static NdArray zscore(NdArray a) {
        return zscore(a, 0, AxisOptions.defaults());
    }

    /**
     * {@code zscore(a, axis, ddof, nan_policy)}: {@code (a - mean) / std} along the axis, NaN for slices whose
     * standard deviation is at most {@code |eps · mean|}; same shape as a. NaNs stay in place under 'omit'.
     */
    public static NdArray zscore(NdArray a, int ddof, AxisOptions options) {
        return ZScores.zmap(a, a, ddof, axisOptions(options), true);
    }

    /** {@code zmap(scores, compare)} along axis 0, ddof=0. */
    public static NdArray zmap(NdArray scores, NdArray compare) {
        return zmap(scores, compare, 0, AxisOptions.defaults());
    }

    /**
     * {@code zmap(scores, compare, axis, ddof, nan_policy)}: {@code (scores - mean) / std} with the mean and
     * standard deviation of compare along the axis (nan_policy applies to compare).
     */
    public static NdArray zmap(NdArray scores, NdArray compare, int ddof, AxisOptions options) {
        return ZScores.zmap(scores, compare, ddof, axisOptions(options), false);
    }

    /** {@code sem(a)}: the standard error of the mean along axis 0, ddof=1. */
    public static NdArray sem(NdArray a) {
        return sem(a, 1, AxisOptions.defaults());
    }

    /** {@code sem(a, axis, ddof, nan_policy, keepdims)}: {@code std(ddof) / √n}; slices of {@code n <= 1} are NaN. */
    public static NdArray sem(NdArray a, int ddof, AxisOptions options) {
        return Descriptives.sem(a, ddof, axisOptions(options));
    }

    /** {@code skew(a)}: the biased sample skewness along axis 0. */
    public static NdArray skew(NdArray a) {
        return skew(a, true, AxisOptions.defaults());
    }

    /**
     * {@code skew(a, axis, bias, nan_policy, keepdims)}: {@code m3 / m2^1.5}, NaN where the variance is
     * (numerically) zero; with bias false the adjusted Fisher-Pearson coefficient (n > 2).
     */
    public static NdArray skew(NdArray a, boolean bias, AxisOptions options) {
        return Descriptives.skew(a, bias, axisOptions(options));
    }

    /** {@code kurtosis(a)}: the biased Fisher (excess) kurtosis along axis 0. */
    public static NdArray kurtosis(NdArray a) {
        return kurtosis(a, true, true, AxisOptions.defaults());
    }

    /**
     * {@code kurtosis(a, axis, fisher, bias, nan_policy, keepdims)}: {@code m4 / m2²}, minus 3 when fisher;
     * NaN where the variance is (numerically) zero; with bias false the unbiased estimator (n > 3).
     */
    public static NdArray kurtosis(NdArray a, boolean fisher, boolean bias, AxisOptions options) {
        return Descriptives.kurtosis(a, fisher, bias, axisOptions(options));
    }

    /** {@code moment(a, order)}: the order-th central moment along axis 0. */
    public static NdArray moment(NdArray a, int order) {
        return moment(a, order, null, AxisOptions.defaults());
    }

    /**
     * {@code moment(a, order, axis, nan_policy, center, keepdims)}: the mean of {@code (a - c)^order} with c
     * the center, or the mean (then order 1 gives 0); order 0 gives 1.
     *
     * @param center the center, or null for the mean
     */
    public static NdArray moment(NdArray a, int order, Double center, AxisOptions options) {
        return Descriptives.moment(a, new int[] {order}, false, center, axisOptions(options));
    }

    /** {@code moment(a, [orders], ...)}: several moments, stacked along a new leading axis. */
    public static NdArray moment(NdArray a, int[] orders, Double center, AxisOptions options) {
        return Descriptives.moment(a, orders, true, center, axisOptions(options));
    }

    /** {@code variation(a)}: the coefficient of variation along axis 0, ddof=0. */
    public static NdArray variation(NdArray a) {
        return variation(a, 0, AxisOptions.defaults());
    }

    /**
     * {@code variation(a, axis, nan_policy, ddof, keepdims)}: {@code std(ddof) / mean}; where n equals ddof,
     * ±inf for a non-zero spread (sign of the mean) and NaN otherwise.
     */
    public static NdArray variation(NdArray a, int ddof, AxisOptions options) {
        return Descriptives.variation(a, ddof, axisOptions(options));
    }

    /** {@code pearsonr(x, y)}: Pearson's r and the two-sided p-value of no correlation, along axis 0. */
    public static PearsonrResult pearsonr(NdArray x, NdArray y) {
        return pearsonr(x, y, Alternative.TWO_SIDED, 0);
    }

    /**
     * {@code pearsonr(x, y, alternative, axis)}: Pearson's correlation coefficient of each slice and the p-value
     * of the test of no correlation (exact under normality). x and y broadcast in the other dimensions and must
     * have the same length, at least 2, along the axis. A constant input gives NaN with a ConstantInputWarning.
     *
     * @param axis the axis, or null to flatten
     */
    public static PearsonrResult pearsonr(NdArray x, NdArray y, Alternative alternative, Integer axis) {
        return Correlation.pearsonr(x, y, alternative, axis);
    }

    private static AxisOptions axisOptions(AxisOptions o) {
        if (o == null) {
            throw new IllegalArgumentException("options must not be null; use AxisOptions.defaults()");
        }
        return o;
    }

    private static TtestOptions options(TtestOptions o) {
        if (o == null) {
            throw new IllegalArgumentException("options must not be null; use TtestOptions.defaults()");
        }
        return o;
    }

    private static void requireArray(NdArray a, String name) {
        if (a == null) {
            throw new IllegalArgumentException(name + " must be an array; got null");
        }
    }
}
