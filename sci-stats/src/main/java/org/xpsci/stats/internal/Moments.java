package org.xpsci.stats.internal;

/**
 * Per-slice sums of a sample along its last axis, as vectors over the slices.
 *
 * @param count         the number of observations used (NaNs left out under nan_policy='omit')
 * @param mean          the mean of the observations (NaN when a NaN propagates)
 * @param sums          {@code sums[k]} is the sum of the k-th powers of the deviations from the center (the
 *                      mean unless a center was given), for k = 1 .. maxOrder ({@code sums[0]} is unused)
 * @param hasNan        whether the slice contains a NaN
 * @param precisionLoss whether a slice with more than one observation is so nearly constant that the
 *                      deviations cancel catastrophically (SciPy's precision-loss RuntimeWarning)
 * @param <V>           the vector type
 * @param <B>           the mask type
 */
public record Moments<V, B>(V count, V mean, V[] sums, B hasNan, boolean precisionLoss) {

    /** The sum of squared deviations. */
    public V m2() {
        return sums[2];
    }
}
