package org.xpsci.signal;

import org.xpsci.xp.NdArray;

/**
 * A short-time Fourier transform, as {@code stft} returns it.
 *
 * @param f   the sample frequencies, float64, in the units of fs
 * @param t   the segment times, float64, in the units of 1/fs
 * @param zxx the complex STFT: the input's shape with the analysed axis replaced by the frequencies and the
 *            segment times appended as the last axis
 */
public record Stft(NdArray f, NdArray t, NdArray zxx) {
}
