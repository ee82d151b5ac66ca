package org.xpsci.signal.internal;

/** The inverse hyperbolic cosine, which {@link Math} lacks, accurate near 1 (fdlibm's algorithm). */
final class Hyperbolic {

    private static final double LN2 = 6.93147180559945286227e-01;

    private Hyperbolic() {
    }

    /** acosh(x) for x &ge; 1; NaN below 1. */
    static double acosh(double x) {
        if (x < 1 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x >= 268435456.0) { // 2^28
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }
}
