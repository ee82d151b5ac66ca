package org.xpsci.stats;

/**
 * The axis, NaN policy and keepdims of the descriptive statistics, with SciPy's defaults ({@code axis=0,
 * nan_policy='propagate', keepdims=False}).
 *
 * @param axis      the axis to reduce; null reduces the flattened array
 * @param nanPolicy how NaNs are treated
 * @param keepdims  whether the reduced axis stays in the result with length 1
 */
public record AxisOptions(Integer axis, NanPolicy nanPolicy, boolean keepdims) {

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException when nanPolicy is null
     */
    public AxisOptions {
        if (nanPolicy == null) {
            throw new IllegalArgumentException("nan_policy must be 'propagate', 'omit' or 'raise'; got null");
        }
    }

    /** SciPy's defaults. */
    public static AxisOptions defaults() {
        return new AxisOptions(0, NanPolicy.PROPAGATE, false);
    }

    /** These options with another axis (null: flatten). */
    public AxisOptions withAxis(Integer value) {
        return new AxisOptions(value, nanPolicy, keepdims);
    }

    /** These options with another NaN policy. */
    public AxisOptions withNanPolicy(NanPolicy value) {
        return new AxisOptions(axis, value, keepdims);
    }

    /** These options with keepdims set. */
    public AxisOptions withKeepdims(boolean value) {
        return new AxisOptions(axis, nanPolicy, value);
    }
}
