package org.xpsci.stats;

import org.xpsci.xp.NdArray;

/**
 * A confidence interval (SciPy's {@code ConfidenceInterval(low, high)}), elementwise over the tested slices.
 *
 * @param low  the lower bounds (-inf for a one-sided 'less' interval)
 * @param high the upper bounds (+inf for a one-sided 'greater' interval)
 */
public record ConfidenceInterval(NdArray low, NdArray high) {
}
