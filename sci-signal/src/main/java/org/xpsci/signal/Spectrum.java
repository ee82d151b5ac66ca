package org.xpsci.signal;

import org.xpsci.xp.NdArray;

/**
 * A power spectral density or power spectrum, as {@code welch} and {@code periodogram} return it.
 *
 * @param f   the sample frequencies, float64, in the units of fs
 * @param pxx the spectrum: the input's shape with the analysed axis replaced by the frequencies
 */
public record Spectrum(NdArray f, NdArray pxx) {
}
