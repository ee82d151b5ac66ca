package org.xpsci.stats.internal;

/**
 * Per-slice sums of a sample along its last axis, as vectors over the slices.
 *
 * @param count         the number of observations used (NaNs left out under nan_policy='omit')
 * @param mean          the mean of the observations (NaN when a NaN propagates)
 * @param m2            the sum of squared deviations from the center (the mean unless a center was given)
 * @param m3            the sum of cubed deviations, or null when not requested
 * @param m4            the sum of fourth powers of the deviations, or null when not requested
 * @param hasNan        whether the slice contains a NaN
 * @param precisionLoss whether a slice with more than one observation is so nearly constant that the
 *                      deviations cancel catastrophically (SciPy's precision-loss RuntimeWarning)
 * @param <V>           the vector type
 * @param <B>           the mask type
 */
public record Moments<V, B>(V count, V mean, V m2, V m3, V m4, B hasNan, boolean precisionLoss) {
}
