package org.xpsci.stats.internal;

import org.xpsci.stats.StatsWarning;

/** SciPy's warning messages, raised through {@link StatsWarningChannel}. */
public final class Warnings {

    private static final String SEE = "See documentation for sample size requirements.";

    private Warnings() {
    }

    /** A zero-length (too small) sample without NaNs omitted. */
    public static void tooSmall(String function, boolean oneDimensional) {
        StatsWarningChannel.warn(StatsWarning.Category.SMALL_SAMPLE, function, oneDimensional
                ? "One or more sample arguments is too small; all returned values will be NaN. " + SEE
                : "All axis-slices of one or more sample arguments are too small; all elements of returned arrays"
                        + " will be NaN. " + SEE);
    }

    /** Slices left too small once NaNs are omitted. */
    public static void tooSmallAfterOmit(String function, boolean oneDimensional) {
        StatsWarningChannel.warn(StatsWarning.Category.SMALL_SAMPLE, function, oneDimensional
                ? "After omitting NaNs, one or more sample arguments is too small; all returned values will be NaN. "
                        + SEE
                : "After omitting NaNs, one or more axis-slices of one or more sample arguments is too small;"
                        + " corresponding elements of returned arrays will be NaN. " + SEE);
    }

    /** Catastrophic cancellation in a moment. */
    public static void precisionLoss(String function) {
        StatsWarningChannel.warn(StatsWarning.Category.PRECISION_LOSS, function, "Precision loss occurred in moment"
                + " calculation due to catastrophic cancellation. This occurs when the data are nearly identical."
                + " Results may be unreliable.");
    }

    /** The input contains NaN under nan_policy='raise'. */
    public static IllegalArgumentException nanRaised(String function) {
        return new IllegalArgumentException(function + ": The input contains nan values (nan_policy='raise'; use"
                + " 'propagate' or 'omit' to accept NaN)");
    }
}
