package org.xpsci.signal;

import org.xpsci.xp.NdArray;

/**
 * The magnitude-squared coherence, as {@code coherence} returns it.
 *
 * @param f   the sample frequencies, float64, in the units of fs
 * @param cxy |Pxy|²/(Pxx·Pyy), real, between 0 and 1
 */
public record Coherence(NdArray f, NdArray cxy) {
}
