package org.xpsci.stats;

/**
 * Options of the t-tests with SciPy's defaults ({@code axis=0, equal_var=True, alternative='two-sided',
 * nan_policy='propagate', trim=0, keepdims=False}); change them with the withers:
 * {@code TtestOptions.defaults().withEqualVar(false).withAxis(1)}. {@code equalVar} and {@code trim} apply to
 * {@link Stats#ttestInd} only.
 *
 * @param axis        the axis along which the samples lie; null tests the flattened arrays
 * @param equalVar    whether to assume equal population variances (Student) or not (Welch)
 * @param alternative the alternative hypothesis
 * @param nanPolicy   how NaNs are treated
 * @param trim        the proportion trimmed from each end of each sample (Yuen's test), in [0, 0.5)
 * @param keepdims    whether the tested axis stays in the results with length 1
 */
public record TtestOptions(Integer axis, boolean equalVar, Alternative alternative, NanPolicy nanPolicy, double trim,
        boolean keepdims) {

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException when alternative or nanPolicy is null or trim is outside [0, 0.5)
     */
    public TtestOptions {
        if (alternative == null) {
            throw new IllegalArgumentException("alternative must be 'two-sided', 'less' or 'greater'; got null");
        }
        if (nanPolicy == null) {
            throw new IllegalArgumentException("nan_policy must be 'propagate', 'omit' or 'raise'; got null");
        }
        if (!(trim >= 0 && trim < 0.5)) {
            throw new IllegalArgumentException("Trimming percentage should be 0 <= `trim` < .5.; got trim=" + trim);
        }
    }

    /** SciPy's defaults. */
    public static TtestOptions defaults() {
        return new TtestOptions(0, true, Alternative.TWO_SIDED, NanPolicy.PROPAGATE, 0.0, false);
    }

    /** These options with another axis (null: flatten). */
    public TtestOptions withAxis(Integer value) {
        return new TtestOptions(value, equalVar, alternative, nanPolicy, trim, keepdims);
    }

    /** These options with another equal-variance assumption. */
    public TtestOptions withEqualVar(boolean value) {
        return new TtestOptions(axis, value, alternative, nanPolicy, trim, keepdims);
    }

    /** These options with another alternative hypothesis. */
    public TtestOptions withAlternative(Alternative value) {
        return new TtestOptions(axis, equalVar, value, nanPolicy, trim, keepdims);
    }

    /** These options with another NaN policy. */
    public TtestOptions withNanPolicy(NanPolicy value) {
        return new TtestOptions(axis, equalVar, alternative, value, trim, keepdims);
    }

    /** These options with another trimming proportion. */
    public TtestOptions withTrim(double value) {
        return new TtestOptions(axis, equalVar, alternative, nanPolicy, value, keepdims);
    }

    /** These options with keepdims set. */
    public TtestOptions withKeepdims(boolean value) {
        return new TtestOptions(axis, equalVar, alternative, nanPolicy, trim, value);
    }
}
