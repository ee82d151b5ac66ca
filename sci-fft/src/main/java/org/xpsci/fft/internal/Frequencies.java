package org.xpsci.fft.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Device;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * SciPy's {@code fftfreq} and {@code rfftfreq}: through the namespace's fft extension when it has one, else
 * computed as NumPy does ({@code i * (1/(n*d))}) and created with {@code asarray} on the requested device.
 */
public final class Frequencies {

    private Frequencies() {
    }

    /**
     * The sample frequencies in the namespace's default float dtype.
     *
     * @param real    rfftfreq (non-negative frequencies only) rather than fftfreq
     * @param device  the device, null for the namespace's default
     * @throws IllegalArgumentException when n is below 1 or d is zero
     */
    public static NdArray of(ArrayNamespace xp, int n, double d, boolean real, Device device) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be a positive integer (the window length); got " + n);
        }
        if (d == 0 || Double.isNaN(d)) {
            throw new IllegalArgumentException("d must be a non-zero sample spacing; got " + d);
        }
        if (xp.hasExtension("fft")) {
            return real ? xp.fft().rfftfreq(n, d, null, device) : xp.fft().fftfreq(n, d, null, device);
        }
        double val = 1.0 / (n * d);
        double[] v = new double[real ? n / 2 + 1 : n];
        int positive = real ? v.length : (n + 1) / 2;
        for (int i = 0; i < v.length; i++) {
            v[i] = (i < positive ? i : i - n) * val;
        }
        return xp.asarray(v, Xp.defaultFloat(xp), device, null);
    }
}
