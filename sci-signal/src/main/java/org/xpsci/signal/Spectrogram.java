package org.xpsci.signal;

import org.xpsci.xp.NdArray;

/**
 * A spectrogram, as {@code spectrogram} returns it.
 *
 * @param f   the sample frequencies, float64, in the units of fs
 * @param t   the times of the segment centres, float64, in the units of 1/fs
 * @param sxx the spectrogram: the input's shape with the analysed axis replaced by the frequencies and the
 *            segment times appended as the last axis
 */
public record Spectrogram(NdArray f, NdArray t, NdArray sxx) {
}
