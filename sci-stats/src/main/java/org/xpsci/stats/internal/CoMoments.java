package org.xpsci.stats.internal;

/**
 * Per-slice joint sums of two samples of equal length along their last axis.
 *
 * @param meanX  the mean of x
 * @param meanY  the mean of y
 * @param sxx    the sum of squared deviations of x
 * @param syy    the sum of squared deviations of y
 * @param sxy    the sum of products of the deviations
 * @param constX whether every x of the slice equals its first
 * @param constY whether every y of the slice equals its first
 * @param <V>    the vector type
 * @param <B>    the mask type
 */
public record CoMoments<V, B>(V meanX, V meanY, V sxx, V syy, V sxy, B constX, B constY) {
}
