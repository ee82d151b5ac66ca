package org.xpsci.stats.internal.special;

/**
 * A symmetric distribution evaluated at {@code x >= 0}.
 *
 * @param q       the upper tail {@code P(T > x)}
 * @param logQ    {@code ln q}, finite far beyond where q underflows
 * @param central {@code P(0 < T < x)} with full relative accuracy for small x
 * @param logPdf  the log density at x
 * @param pdf     the density at x, as accurate as the tail (not the exponential of a large logarithm)
 * @param <V>     the vector type
 */
record TailValues<V>(V q, V logQ, V central, V logPdf, V pdf) {
}
