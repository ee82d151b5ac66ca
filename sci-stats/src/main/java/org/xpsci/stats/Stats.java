package org.xpsci.stats;

import org.xpsci.stats.internal.TTests;
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
