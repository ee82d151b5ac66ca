package org.xpsci.stats.internal;

/**
 * The trimmed statistics of Yuen's test per slice, with {@code g = floor(n · trim)} observations replaced
 * (winsorised) or dropped (trimmed) at each end of the sorted slice.
 *
 * @param observations the number of observations after NaNs are omitted
 * @param h            the trimmed sample size {@code n - 2g}
 * @param mean         the g-times trimmed mean
 * @param var          the g-times winsorised variance with {@code 2g + 1} degrees of freedom removed
 * @param hasNan       whether the slice contains a NaN
 * @param <V>          the vector type
 * @param <B>          the mask type
 */
public record Trimmed<V, B>(V observations, V h, V mean, V var, B hasNan) {
}
