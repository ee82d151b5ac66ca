package org.xpsci.stats;

import org.xpsci.xp.NdArray;

/**
 * A confidence interval (SciPy's {@code ConfidenceInterval(low, high)}), elementwise over the tested slices.
 *
 * @param low  the lower bounds (-inf for a one-sided 'less' interval)
 * @param high the upper bounds (+inf for a one-sided 'greater' interval)
 */
public record ConfidenceInterval(NdArray low, NdArray high) {

    /** Checks a confidence level (SciPy's message). */
    static void checkLevel(double confidenceLevel) {
        if (!(confidenceLevel >= 0 && confidenceLevel <= 1)) {
            throw new IllegalArgumentException("`confidence_level` must be a number between 0 and 1; got "
                    + confidenceLevel);
        }
    }
}
