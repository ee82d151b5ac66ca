package org.xpsci.cluster.internal;

import org.xpsci.xp.NdArray;

/**
 * SciPy's {@code is_valid_im} rules for an inconsistency matrix R, in SciPy's words: float64, two-dimensional
 * with 4 columns and at least one row, no negative means, standard deviations or counts.
 */
public final class InconsistencyCheck {

    private InconsistencyCheck() {
    }

    /**
     * The values of an inconsistency matrix argument (converted to float64 as fcluster converts it), validated
     * with {@code throw=True}; it must also have one row per row of the linkage matrix.
     *
     * @throws IllegalArgumentException naming the violated rule
     */
    public static double[] read(NdArray r, int linkageRows, String function) {
        HostValues.requireHost(r, function, "R");
        int[] shape = r.shape();
        String ns = "'R' ";
        if (!r.dtype().isRealFloating() && !r.dtype().isIntegral()) {
            throw new IllegalArgumentException("Inconsistency matrix " + ns + "must contain doubles (double).");
        }
        if (shape.length != 2) {
            throw new IllegalArgumentException("Inconsistency matrix " + ns + "must have shape=2 (i.e. be"
                    + " two-dimensional).");
        }
        if (shape[1] != 4) {
            throw new IllegalArgumentException("Inconsistency matrix " + ns + "must have 4 columns.");
        }
        if (shape[0] < 1) {
            throw new IllegalArgumentException("Inconsistency matrix " + ns + "must have at least one row.");
        }
        double[] v = HostValues.doubles(r, function, "R");
        String[] what = {"negative link height means.", "negative link height standard deviations.",
            "negative link counts."};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < shape[0]; i++) {
                if (v[4 * i + c] < 0) {
                    throw new IllegalArgumentException("Inconsistency matrix " + ns + " contains " + what[c]);
                }
            }
        }
        if (shape[0] != linkageRows) {
            throw new IllegalArgumentException(function + ": R must have one row per row of Z (" + linkageRows
                    + "); got shape (" + shape[0] + ", 4)");
        }
        return v;
    }

}
