package org.xpsci.signal;

import org.xpsci.signal.internal.WindowCatalog;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * {@code scipy.signal.get_window}: every window of {@code scipy.signal.windows} by name, alias and parameters —
 * barthann, bartlett, blackman, blackmanharris, bohman, boxcar, chebwin (at), cosine, dpss (NW, the first
 * sequence), exponential (center, tau), flattop, gaussian (std), general_cosine (coefficients),
 * general_gaussian (p, sig), general_hamming (alpha), hamming, hann, kaiser (beta), kaiser_bessel_derived
 * (beta), lanczos, nuttall, parzen, taylor (nbar, sll, norm), triang and tukey (alpha) — periodic (for FFTs,
 * the default) or symmetric (for filter design). A {@code _periodic} or {@code _symmetric} suffix on the name
 * overrides {@code fftbins}. Windows are float64 arrays, computed on the host and created on the requested
 * device.
 */
public final class Windows {

    private Windows() {
    }

    /** {@code get_window(window, nx)}: a periodic window in the default (cpu) namespace. */
    public static NdArray get(String window, int nx) {
        return get(WindowSpec.of(window), nx, true, null, null);
    }

    /** {@code get_window(window, nx)}: a periodic window in the default (cpu) namespace. */
    public static NdArray get(WindowSpec window, int nx) {
        return get(window, nx, true, null, null);
    }

    /** {@code get_window(window, nx, fftbins)} in the default (cpu) namespace. */
    public static NdArray get(WindowSpec window, int nx, boolean fftbins) {
        return get(window, nx, fftbins, null, null);
    }

    /**
     * {@code get_window(window, nx, fftbins, xp=xp, device=device)}: the window of {@code nx} samples as a
     * float64 array of {@code xp} on {@code device}.
     *
     * @param window  a name or a name with parameters (an array is not a window description here)
     * @param nx      the number of samples, positive
     * @param fftbins true for a periodic window (DFT-even, the default), false for a symmetric one
     * @param xp      the namespace of the result; null for the default (cpu)
     * @param device  the device of the result; null for the namespace's default
     * @throws IllegalArgumentException for a non-positive length, an unknown window, or parameters the window
     *                                  does not take, in SciPy's words
     */
    public static NdArray get(WindowSpec window, int nx, boolean fftbins, ArrayNamespace xp, Device device) {
        if (!(window instanceof WindowSpec.Named named)) {
            throw new IllegalArgumentException("Parameter window=" + window + " must be a tuple, a string or a float!"
                    + " (get_window takes a name, a name with parameters or a Kaiser beta; pass arrays directly to"
                    + " the spectral functions)");
        }
        double[] w = WindowCatalog.compute(named, nx, fftbins);
        ArrayNamespace ns = xp == null ? Xp.defaultNamespace() : xp;
        return ns.asarray(w, DType.FLOAT64, device, null);
    }
}
