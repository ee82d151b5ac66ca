package org.xpsci.signal;

import org.xpsci.xp.NdArray;

/**
 * A signal rebuilt by the inverse short-time Fourier transform, as {@code istft} returns it.
 *
 * @param t the sample times, float64, in the units of 1/fs
 * @param x the signal: real for one-sided input, complex otherwise; the STFT's shape with its frequency and
 *          time axes replaced by one time axis
 */
public record Istft(NdArray t, NdArray x) {
}
