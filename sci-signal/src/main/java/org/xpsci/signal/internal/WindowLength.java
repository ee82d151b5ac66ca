package org.xpsci.signal.internal;

import java.util.Arrays;

/**
 * SciPy's length handling shared by the window functions: lengths 0 and 1 give ones, a periodic window is the
 * symmetric window one sample longer with its last sample dropped.
 */
final class WindowLength {

    private WindowLength() {
    }

    /** Whether the window of length m is trivially all ones ({@code _len_guards}). */
    static boolean trivial(int m) {
        return m <= 1;
    }

    /** m ones. */
    static double[] ones(int m) {
        double[] w = new double[m];
        Arrays.fill(w, 1.0);
        return w;
    }

    /** The length of the symmetric window computed for a window of length m ({@code _extend}). */
    static int extended(int m, boolean sym) {
        return sym ? m : m + 1;
    }

    /** The symmetric window w cut back to the requested length ({@code _truncate}). */
    static double[] truncate(double[] w, boolean sym) {
        return sym ? w : Arrays.copyOf(w, w.length - 1);
    }
}
