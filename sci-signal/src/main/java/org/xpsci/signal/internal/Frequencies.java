package org.xpsci.signal.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.NdArray;

/** The sample frequencies of the spectral functions, float64, as NumPy's rfftfreq/fftfreq compute them. */
final class Frequencies {

    private Frequencies() {
    }

    /** rfftfreq(nfft, 1/fs) (one-sided) or fftfreq(nfft, 1/fs) (two-sided, unshifted). */
    static NdArray of(ArrayNamespace xp, int nfft, double fs, boolean twoSided, Device device) {
        double val = 1.0 / (nfft * (1.0 / fs));
        int count = twoSided ? nfft : nfft / 2 + 1;
        double[] f = new double[count];
        int positive = twoSided ? (nfft - 1) / 2 + 1 : count;
        for (int k = 0; k < positive; k++) {
            f[k] = k * val;
        }
        for (int k = positive; k < count; k++) {
            f[k] = (k - nfft) * val;
        }
        return xp.asarray(f, DType.FLOAT64, device, null);
    }
}
