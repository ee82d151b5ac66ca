package org.xpsci.signal;

import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.XpAssert;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * Comparisons of spectra with SciPy's: the dtype's default relative tolerance, plus an absolute tolerance of
 * a small fraction of the largest reference value, because values that are zero in exact arithmetic (the DC
 * bin after detrending, the imaginary part of a bin) are rounding noise whose size is set by the whole
 * spectrum, not by the bin.
 */
final class Tolerances {

    /** Fraction of the largest magnitude allowed as absolute error: float64. */
    static final double DOUBLE_NOISE = 1e-12;
    /** Fraction of the largest magnitude allowed as absolute error: float32. */
    static final double SINGLE_NOISE = 2e-6;

    private Tolerances() {
    }

    /** Asserts actual equals the fixture's array {@code key} within the spectral tolerances. */
    static void assertSpectrum(NdArray actual, Fixture f, String key, String message) {
        NdArray desired = f.get(actual.namespace(), key);
        NdArray host = f.get(Xp.backend("cpu"), key);
        double max = 0;
        double[] v = host.dtype().isComplexFloating() ? Xp.toComplexArray(host) : Xp.toDoubleArray(host);
        for (double d : v) {
            if (Double.isFinite(d)) {
                max = Math.max(max, Math.abs(d));
            }
        }
        boolean single = desired.dtype() == DType.FLOAT32 || desired.dtype() == DType.COMPLEX64;
        double atol = max * (single ? SINGLE_NOISE : DOUBLE_NOISE);
        XpAssert.assertClose(actual, desired, AssertOptions.defaults().atol(atol).message(message));
    }
}
