package org.xpsci.signal.internal;

import org.xpsci.signal.WindowSpec;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The window of a spectral computation: computed on the host from a name, or given as an array (in the
 * signal's namespace). Holds what the scalings need: sum(w) and sum(w²).
 */
final class SegmentWindow {

    private final double[] host;
    private final NdArray array;
    private final int length;
    private final double sum;
    private final double sumSquares;

    private SegmentWindow(double[] host, NdArray array, int length, double sum, double sumSquares) {
        this.host = host;
        this.array = array;
        this.length = length;
        this.sum = sum;
        this.sumSquares = sumSquares;
    }

    /** get_window(window, nperseg), periodic unless the name says otherwise. */
    static SegmentWindow named(WindowSpec.Named window, int nperseg) {
        double[] w = WindowCatalog.compute(window, nperseg, true);
        double s = 0;
        double s2 = 0;
        for (double v : w) {
            s += v;
            s2 += v * v;
        }
        return new SegmentWindow(w, null, w.length, s, s2);
    }

    /**
     * A window given as an array; its length is its first dimension (SciPy's {@code len(win)}), checked to be
     * 1-d, real and finite by {@link #checkValues}.
     */
    static SegmentWindow array(NdArray w) {
        int len = w.ndim() == 0 ? -1 : w.shape()[0];
        return new SegmentWindow(null, w, len, Double.NaN, Double.NaN);
    }

    /** Whether the window was given as values. */
    boolean isArray() {
        return array != null;
    }

    /** The number of samples ({@code len(win)}; -1 for a 0-d array). */
    int length() {
        return length;
    }

    /**
     * Checks an array window as ShortTimeFFT does: 1-d with at least one sample, real, finite; returns the
     * window with its sums computed.
     *
     * @throws IllegalArgumentException in SciPy's words
     */
    SegmentWindow checkValues(ArrayNamespace xp) {
        if (array == null) {
            return this;
        }
        if (array.ndim() != 1 || array.size() == 0) {
            throw new IllegalArgumentException("Parameter win must be 1d, but win.shape=" + Broadcast.format(array.shape())
                    + "!");
        }
        if (array.dtype().isComplexFloating()) {
            throw new IllegalArgumentException("window must be real; got a " + array.dtype() + " window (complex"
                    + " windows are not supported)");
        }
        if (Xp.fastPathsEnabled() && Xp.hostBuffer(array).isPresent()) {
            double[] v = Xp.toDoubleArray(array);
            double s = 0;
            double s2 = 0;
            for (double d : v) {
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException("Parameter win must have finite entries!");
                }
                s += d;
                s2 += d * d;
            }
            return new SegmentWindow(v, array, length, s, s2);
        }
        NdArray w = array.dtype().isFloating() ? array : xp.astype(array, Xp.defaultFloat(xp));
        if (!xp.all(xp.isfinite(w)).booleanValue()) {
            throw new IllegalArgumentException("Parameter win must have finite entries!");
        }
        return new SegmentWindow(null, array, length, xp.sum(w).doubleValue(), xp.sum(w.multiply(w)).doubleValue());
    }

    /** sum(w). */
    double sum() {
        return sum;
    }

    /** sum(w²). */
    double sumSquares() {
        return sumSquares;
    }

    /** The values on the host, or null for an array window outside host memory. */
    double[] host() {
        return host;
    }

    /** The window as an array of xp in {@code dtype} on {@code device}. */
    NdArray in(ArrayNamespace xp, DType dtype, Device device) {
        if (array != null) {
            return array.dtype() == dtype ? array : xp.astype(array, dtype);
        }
        return xp.asarray(host, dtype, device, null);
    }
}
