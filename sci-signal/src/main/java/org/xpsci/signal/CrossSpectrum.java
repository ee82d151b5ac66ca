package org.xpsci.signal;

import org.xpsci.xp.NdArray;

/**
 * A cross spectral density or cross spectrum, as {@code csd} returns it.
 *
 * @param f   the sample frequencies, float64, in the units of fs
 * @param pxy the complex cross spectrum conj(X)·Y: the broadcast shape of the inputs with the analysed axis
 *            replaced by the frequencies
 */
public record CrossSpectrum(NdArray f, NdArray pxy) {
}
