package org.xpsci.xp.cpu.ops;

/**
 * Real functions that {@link Math} lacks or defines differently from C99 and NumPy: log2, the inverse
 * hyperbolic functions (fdlibm's algorithms), pow's C99 special cases, Python's floor division and modulus
 * (NumPy's {@code npy_divmod}), logaddexp, an overflow-free hypot, and sign.
 */
final class RealMath {

    static final double LN2 = 0.6931471805599453;
    static final double INV_LN2 = 1.4426950408889634;
    static final double LOG10_E = 0.4342944819032518;
    private static final double SQRT2 = 1.4142135623730951;
    private static final double TWO_28 = 0x1p28;
    private static final double TWO_M28 = 0x1p-28;

    private RealMath() {
    }

    /** Base-2 logarithm; exact for powers of two. */
    static double log2(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return Math.log(x);
        }
        int scale = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            scale = 54;
        }
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);
        if (m > SQRT2) {
            m *= 0.5;
            e++;
        }
        return (e - scale) + Math.log1p(m - 1) * INV_LN2;
    }

    /** Inverse hyperbolic sine (fdlibm). */
    static double asinh(double x) {
        double ax = Math.abs(x);
        if (!(ax < TWO_28)) {
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return x + x;
            }
            return Math.copySign(Math.log(ax) + LN2, x);
        }
        if (ax < TWO_M28) {
            return x;
        }
        double w;
        if (ax > 2) {
            w = Math.log(2 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax));
        } else {
            double t = ax * ax;
            w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(w, x);
    }

    /** Inverse hyperbolic cosine (fdlibm); NaN below 1. */
    static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        if (!(x < TWO_28)) {
            return Double.isNaN(x) || Double.isInfinite(x) ? x + x : Math.log(x) + LN2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    /** Inverse hyperbolic tangent (fdlibm); ±inf at ±1, NaN beyond. */
    static double atanh(double x) {
        double ax = Math.abs(x);
        if (!(ax < 1)) {
            if (ax == 1) {
                return x / 0.0;
            }
            return Double.NaN;
        }
        if (ax < TWO_M28) {
            return x;
        }
        double t;
        if (ax < 0.5) {
            double s = ax + ax;
            t = 0.5 * Math.log1p(s + s * ax / (1 - ax));
        } else {
            t = 0.5 * Math.log1p((ax + ax) / (1 - ax));
        }
        return Math.copySign(t, x);
    }

    /** x to the power y with the C99 cases that {@link Math#pow} lacks: pow(1, y) and pow(-1, ±inf) are 1. */
    static double pow(double x, double y) {
        if (x == 1.0 || (x == -1.0 && Double.isInfinite(y))) {
            return 1.0;
        }
        return Math.pow(x, y);
    }

    /** Python's {@code a // b} as NumPy computes it ({@code npy_floor_divide}). */
    static double floorDivide(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1.0 : floor;
    }

    /** {@link #floorDivide(double, double)} in float arithmetic, as NumPy's float32 loop. */
    static float floorDivide(float a, float b) {
        if (b == 0) {
            return a / b;
        }
        float mod = a % b;
        float div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1.0f;
        }
        if (div == 0) {
            return Math.copySign(0.0f, a / b);
        }
        float floor = (float) Math.floor(div);
        return div - floor > 0.5f ? floor + 1.0f : floor;
    }

    /** Python's {@code a % b} (sign of the divisor) as NumPy computes it ({@code npy_remainder}). */
    static double remainder(double a, double b) {
        double mod = a % b;
        if (b == 0) {
            return mod;
        }
        if (mod == 0) {
            return Math.copySign(0.0, b);
        }
        return (b < 0) != (mod < 0) ? mod + b : mod;
    }

    /** {@link #remainder(double, double)} in float arithmetic. */
    static float remainder(float a, float b) {
        float mod = a % b;
        if (b == 0) {
            return mod;
        }
        if (mod == 0) {
            return Math.copySign(0.0f, b);
        }
        return (b < 0) != (mod < 0) ? mod + b : mod;
    }

    /** log(exp(x) + exp(y)) without overflow ({@code npy_logaddexp}). */
    static double logaddexp(double x, double y) {
        if (x == y) {
            return x + LN2;
        }
        double d = x - y;
        if (d > 0) {
            return x + Math.log1p(Math.exp(-d));
        }
        if (d <= 0) {
            return y + Math.log1p(Math.exp(d));
        }
        return d;
    }

    /**
     * sqrt(x² + y²) without undue overflow or underflow (scaled by powers of two at the extremes); +inf when
     * either is infinite, even with a NaN.
     */
    static double hypot(double x, double y) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax == Double.POSITIVE_INFINITY || ay == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double big = Math.max(ax, ay);
        double small = Math.min(ax, ay);
        if (!(big <= 0x1p500)) {
            if (big != big || small != small) {
                return Double.NaN;
            }
            big *= 0x1p-600;
            small *= 0x1p-600;
            return Math.sqrt(big * big + small * small) * 0x1p600;
        }
        if (big < 0x1p-450) {
            if (small != small) {
                return Double.NaN;
            }
            big *= 0x1p600;
            small *= 0x1p600;
            return Math.sqrt(big * big + small * small) * 0x1p-600;
        }
        return Math.sqrt(big * big + small * small);
    }

    /**
     * o[oo + i] = |a[ao + i]| for n interleaved complex values: sqrt(x² + y²) in a branch-free loop, then
     * {@link #hypot} again wherever the result lies outside [2^-449, 2^500] (where a square may have overflowed
     * or underflowed, and for zeros, infinities and NaN). Inside that range the larger part is at least
     * 2^-449.5, so the plain formula loses nothing.
     */
    static void moduli(double[] a, int ao, double[] o, int oo, int n) {
        for (int i = 0, p = 2 * ao; i < n; i++, p += 2) {
            double x = a[p];
            double y = a[p + 1];
            o[oo + i] = Math.sqrt(x * x + y * y);
        }
        for (int i = 0; i < n; i++) {
            double r = o[oo + i];
            if (!(r >= 0x1p-449 && r <= 0x1p500)) {
                o[oo + i] = hypot(a[2 * (ao + i)], a[2 * (ao + i) + 1]);
            }
        }
    }

    /** -1, 0 or 1 by the sign of x; NaN for NaN; +0 for either zero. */
    static double sign(double x) {
        return x > 0 ? 1.0 : x < 0 ? -1.0 : x == 0 ? 0.0 : x;
    }
}
