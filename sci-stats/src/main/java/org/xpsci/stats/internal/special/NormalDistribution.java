package org.xpsci.stats.internal.special;

import org.xpsci.stats.internal.algebra.HostAlgebra;

/** The standard normal quantile of a single probability, for scalar parameters such as confidence levels. */
public final class NormalDistribution {

    private NormalDistribution() {
    }

    /** {@code Φ⁻¹(p)} ({@code scipy.special.ndtri}); -inf at 0, +inf at 1, NaN outside [0, 1]. */
    public static double ppf(double p) {
        if (!(p >= 0 && p <= 1)) {
            return Double.NaN;
        }
        if (p == 0 || p == 1) {
            return p == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double q = Math.min(p, 1 - p);
        double z = NormalQuantile.lower(new HostAlgebra(1), new double[] {q})[0];
        return p < 0.5 ? z : -z;
    }
}
