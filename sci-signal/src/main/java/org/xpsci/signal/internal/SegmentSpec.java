package org.xpsci.signal.internal;

import org.xpsci.signal.DetrendType;

/**
 * What the host paths do to each segment: take {@code nperseg} samples every {@code hop}, remove a trend,
 * multiply by the window, zero-pad to {@code nfft} and transform (real FFT for one-sided spectra of real
 * data, complex FFT otherwise).
 *
 * @param nperseg  samples per segment
 * @param hop      samples between segment starts
 * @param nfft     FFT length
 * @param window   the window, length nperseg (unscaled)
 * @param detrend  the trend to remove, or null for none
 * @param twoSided whether the complex FFT (all nfft bins) is taken
 */
record SegmentSpec(int nperseg, int hop, int nfft, double[] window, DetrendType detrend, boolean twoSided) {

    /** The number of frequency bins: nfft for two-sided spectra, nfft/2 + 1 for one-sided ones. */
    int nfreq() {
        return twoSided ? nfft : nfft / 2 + 1;
    }
}
